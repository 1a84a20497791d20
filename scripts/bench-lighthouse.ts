// Lighthouse (12.2.3, Node 20) against the built server with this machine's Chromium: each page's four
// category scores, total blocking time, LCP, CLS and bytes, mobile preset (emulated mid-range phone,
// 4x CPU slowdown) and desktop. Median of `runs` per page. Prints numbers; never asserts.
//   npm run bench -- --only=lighthouse        (LH_RUNS=1 for a quick look, LH_PAGES='/;/kiosk' to pick,
//   LH_FORM=mobile or desktop for one form factor, LH_CPU=2 to override the preset's CPU slowdown)
// Each form factor's heading gives Lighthouse's benchmarkIndex of this machine: the presets' 4x slowdown
// is calibrated for a high-end desktop (index 1,500-2,000, Lighthouse's throttling docs), so on a slower
// host the emulated phone is slower than the preset means, and the scores lower.
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { findBrowser } from './find-browser.js';
import { ensureBuild, startServer } from './serve';
import type { Row } from './bench-search';

export const LIGHTHOUSE_PAGES = [
	'/',
	'/kiosk',
	'/cities/malmo',
	'/pilots/c1-malmo',
	'/projects/up2030',
	'/partners/iclei-european-secretariat',
	'/match?city=lund',
	'/overview',
	'/synergies',
	'/list?items=city:malmo,project:up2030,partner:iclei-european-secretariat',
	'/projects/netzerocities'
];

interface Sample {
	performance: number;
	accessibility: number;
	bestPractices: number;
	seo: number;
	tbt: number;
	lcp: number;
	cls: number;
	kb: number;
	/** Audits of accessibility, best practices and SEO that did not pass: what to fix. */
	failing: string[];
	/** The elements that moved, with their share of the layout shift. */
	shifted: string[];
	/** Lighthouse's measure of this machine's CPU (higher is faster). */
	benchmarkIndex: number;
}

type LayoutShiftItem = { node?: { selector?: string }; score?: number };

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function audit(
	url: string,
	port: number,
	formFactor: 'mobile' | 'desktop',
	cpuSlowdown?: number
): Promise<Sample> {
	const flags = {
		port,
		output: 'json' as const,
		logLevel: 'error' as const,
		onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
		...(cpuSlowdown ? { throttling: { cpuSlowdownMultiplier: cpuSlowdown } } : {})
	};
	const config =
		formFactor === 'desktop'
			? (await import('lighthouse/core/config/desktop-config.js')).default
			: undefined;
	const result = await lighthouse(url, flags, config);
	if (!result) throw new Error(`lighthouse gave no result for ${url}`);
	const { categories, audits, environment } = result.lhr;
	const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		seo: score('seo'),
		tbt: audits['total-blocking-time']?.numericValue ?? NaN,
		lcp: audits['largest-contentful-paint']?.numericValue ?? NaN,
		cls: audits['cumulative-layout-shift']?.numericValue ?? NaN,
		kb: (audits['total-byte-weight']?.numericValue ?? NaN) / 1024,
		benchmarkIndex: environment.benchmarkIndex,
		shifted: ((audits['layout-shifts']?.details as { items?: LayoutShiftItem[] })?.items ?? []).map(
			(item) => `${item.node?.selector ?? '?'} (${(item.score ?? 0).toFixed(3)})`
		),
		failing: ['accessibility', 'best-practices', 'seo'].flatMap((id) =>
			(categories[id]?.auditRefs ?? [])
				.filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
				.map((ref) => ref.id)
		)
	};
}

export async function benchLighthouse({
	runs = Number(process.env.LH_RUNS ?? 3),
	pages = process.env.LH_PAGES?.split(';') ?? LIGHTHOUSE_PAGES,
	formFactors = (process.env.LH_FORM?.split(';') ?? ['mobile', 'desktop']) as (
		'mobile' | 'desktop'
	)[],
	cpuSlowdown = process.env.LH_CPU ? Number(process.env.LH_CPU) : undefined
} = {}): Promise<Row[]> {
	ensureBuild();
	const rows: Row[] = [];
	const chromePath = (await findBrowser()) ?? undefined;
	const app = await startServer();
	const chrome = await chromeLauncher.launch({
		chromePath,
		chromeFlags: [
			'--headless=new',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			'--no-first-run'
		]
	});
	try {
		for (const formFactor of formFactors) {
			const slowdown = cpuSlowdown ? `, CPU slowdown ${cpuSlowdown}x instead of the preset's` : '';
			console.log(`\n## Lighthouse ${formFactor} (median of ${runs}${slowdown})`);
			console.log(
				'  page                                   perf  a11y  bp   seo   TBT ms   LCP ms   CLS     KB  bench'
			);
			for (const path of pages) {
				const samples: Sample[] = [];
				for (let i = 0; i < runs; i++)
					samples.push(await audit(`${app.url}${path}`, chrome.port, formFactor, cpuSlowdown));
				const med = (k: Exclude<keyof Sample, 'failing' | 'shifted'>) =>
					median(samples.map((s) => s[k]));
				const failing = [...new Set(samples.flatMap((s) => s.failing))];
				const line = `${String(med('performance')).padStart(4)}  ${String(med('accessibility')).padStart(4)}  ${String(med('bestPractices')).padStart(3)}  ${String(med('seo')).padStart(4)}  ${med('tbt').toFixed(0).padStart(7)}  ${med('lcp').toFixed(0).padStart(7)}  ${med('cls').toFixed(3)}  ${med('kb').toFixed(0).padStart(5)}  ${med('benchmarkIndex').toFixed(0).padStart(5)}`;
				console.log(`  ${path.slice(0, 38).padEnd(38)} ${line}`);
				if (failing.length) console.log(`    not passed: ${failing.join(', ')}`);
				const shifted = [...new Set(samples.flatMap((s) => s.shifted))];
				if (med('cls') > 0.02) console.log(`    moved: ${shifted.join(', ')}`);
				rows.push({
					section: `lighthouse ${formFactor}${cpuSlowdown ? ` (CPU ${cpuSlowdown}x)` : ''}`,
					name: path.slice(0, 40),
					value: `perf ${med('performance')}, a11y ${med('accessibility')}, bp ${med('bestPractices')}, seo ${med('seo')}, TBT ${med('tbt').toFixed(0)} ms, CLS ${med('cls').toFixed(3)}, ${med('kb').toFixed(0)} KB, benchmarkIndex ${med('benchmarkIndex').toFixed(0)}`,
					target: 'perf >= 95, a11y/bp/seo 100, TBT <= 150 ms, CLS <= 0.02'
				});
			}
		}
	} finally {
		await chrome.kill();
		await app.stop();
	}
	return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchLighthouse();
