// Page weight of / (as served) against scripts/budget.json, and time to interactive in headless
// Chromium with 4x CPU slowdown (CDP Emulation.setCPUThrottlingRate). Prints numbers only.
//   npx tsx scripts/bench-page.ts
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.js';
import { ensureBuild, startServer } from './serve';
import { kb, pageWeight, totals, type Category } from './page-weight';
import type { Row } from './bench-search';

interface Budget {
	[category: string]: number | string;
}

export async function benchPage({ runs = 3 } = {}): Promise<Row[]> {
	ensureBuild();
	const rows: Row[] = [];
	const budget = JSON.parse(readFileSync('scripts/budget.json', 'utf8')) as Budget;
	const app = await startServer();
	try {
		console.log('\n## Page weight of / as served (bytes on the wire per accept-encoding)');
		const assets = await pageWeight(app.url, '/');
		for (const a of assets)
			console.log(
				`  ${a.category.padEnd(8)} ${a.path.padEnd(52)} raw ${kb(a.bytes.identity).padStart(9)}  gzip ${kb(a.bytes.gzip).padStart(9)}  br ${kb(a.bytes.br).padStart(9)}`
			);
		const t = totals(assets);
		const order: Category[] = [
			'html',
			'data',
			'js',
			'css',
			'basemap',
			'font',
			'lazy-js',
			'lazy-basemap'
		];
		for (const c of order) {
			const v = t[c];
			const max = budget[`${c}GzipKB`];
			const line = v
				? `raw ${kb(v.identity)}, gzip ${kb(v.gzip)}, br ${kb(v.br)} (${v.files} file${v.files === 1 ? '' : 's'})`
				: 'none';
			const within =
				typeof max === 'number'
					? `gzip <= ${max} KB: ${(v?.gzip ?? 0) / 1024 <= max ? 'met' : 'MISSED'}`
					: undefined;
			console.log(`  total ${c.padEnd(8)} ${line}${within ? `   budget ${within}` : ''}`);
			rows.push({ section: 'page', name: `/ ${c}`, value: line, target: within });
		}
		console.log(
			'  (js: loaded by / before it is interactive; font: every subset the CSS declares, browsers fetch only those a page uses; lazy-js: everything reachable later, other routes and lazy chunks; basemap: the coarse level the first view fetches, lazy-basemap: the fine level, fetched when zoomed in)'
		);
		if (!t.basemap)
			console.log(
				'  (no basemap asset under build/client/_app/immutable/assets yet: the map has not landed, or it is bundled into a JS chunk)'
			);

		const executablePath = (await findBrowser()) ?? undefined;
		const browser = await chromium.launch({
			executablePath,
			args: ['--disable-gpu', '--no-first-run']
		});
		try {
			console.log(
				`\n## Time to interactive of / (headless Chromium, 4x CPU slowdown, ${runs} cold loads, 1366x800)`
			);
			const samples: Record<string, number[]> = { dcl: [], load: [], input: [], tti: [] };
			for (let r = 0; r < runs; r++) {
				const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
				await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
				const page = await context.newPage();
				const cdp = await context.newCDPSession(page);
				await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
				await page.addInitScript(() => {
					const w = window as unknown as { __longTasks: number[]; __inputAt: number | null };
					w.__longTasks = [];
					w.__inputAt = null;
					new PerformanceObserver((list) => {
						for (const e of list.getEntries()) w.__longTasks.push(e.startTime + e.duration);
					}).observe({ type: 'longtask', buffered: true });
					const seen = new MutationObserver(() => {
						if (document.querySelector('input[type=search]')) {
							w.__inputAt = performance.now();
							seen.disconnect();
						}
					});
					seen.observe(document, { childList: true, subtree: true });
				});
				await page.goto(app.url + '/', { waitUntil: 'load' });
				// TTI as Lighthouse defines it, with a shorter window: the end of the last long task
				// (> 50 ms) after which the main thread stays quiet for 2 s (bounded at 20 s).
				const started = Date.now();
				let lastCount = -1;
				let quietSince = Date.now();
				while (Date.now() - started < 20_000) {
					const count = await page.evaluate(
						() => (window as unknown as { __longTasks: number[] }).__longTasks.length
					);
					if (count !== lastCount) {
						lastCount = count;
						quietSince = Date.now();
					}
					if (Date.now() - quietSince >= 2000) break;
					await page.waitForTimeout(200);
				}
				const m = await page.evaluate(() => {
					const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
					const w = window as unknown as { __longTasks: number[]; __inputAt: number | null };
					const lastLong = Math.max(0, ...w.__longTasks);
					return {
						dcl: nav.domContentLoadedEventEnd,
						load: nav.loadEventEnd,
						input: w.__inputAt ?? NaN,
						tti: Math.max(nav.domContentLoadedEventEnd, lastLong),
						longTasks: w.__longTasks.length
					};
				});
				console.log(
					`  run ${r + 1}: DOMContentLoaded ${m.dcl.toFixed(0)} ms, load ${m.load.toFixed(0)} ms, search input in DOM ${m.input.toFixed(0)} ms, TTI (end of last long task) ${m.tti.toFixed(0)} ms, ${m.longTasks} long tasks`
				);
				for (const k of ['dcl', 'load', 'input', 'tti'] as const) samples[k].push(m[k]);
				await context.close();
			}
			const med = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
			const summary = `TTI ${med(samples.tti).toFixed(0)} ms, load ${med(samples.load).toFixed(0)} ms, DCL ${med(samples.dcl).toFixed(0)} ms (median of ${runs})`;
			console.log(`  median: ${summary}`);
			rows.push({
				section: 'page',
				name: '/ time to interactive (4x CPU slowdown)',
				value: summary
			});
		} finally {
			await browser.close();
		}
	} finally {
		await app.stop();
	}
	return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	await benchPage();
}
