// Keystroke to screen in the explorer: the time from a key press in the search box until the next frame
// after the list (and map) updated, in headless Chromium, 1x data. Prints numbers only.
//   npx tsx scripts/bench-typing.ts
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.js';
import { ensureBuild, startServer } from './serve';
import type { Row } from './bench-search';

const QUERIES = [
	'munich',
	'gothenburg',
	'malmo',
	'barcellona',
	'energy',
	'netzerocities',
	'lodz',
	'vitoria gasteiz',
	'helsinki',
	'climate'
];

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export async function benchTyping({ cpuSlowdown = 1 } = {}): Promise<Row[]> {
	ensureBuild();
	const app = await startServer();
	const browser = await chromium.launch({
		executablePath: (await findBrowser()) ?? undefined,
		args: ['--disable-gpu', '--no-first-run']
	});
	try {
		const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
		await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
		const page = await context.newPage();
		await page.addInitScript(() => {
			const w = window as unknown as { __keyFrames: number[] };
			w.__keyFrames = [];
			document.addEventListener(
				'keydown',
				() => {
					const start = performance.now();
					// The first animation frame after the key runs after Svelte updated the DOM; the task
					// after it is when that frame has been handed to the compositor.
					requestAnimationFrame(() =>
						setTimeout(() => w.__keyFrames.push(performance.now() - start), 0)
					);
				},
				true
			);
		});
		await page.goto(`${app.url}/`);
		await page.locator('[data-testid=map]').waitFor({ timeout: 60_000 });
		if (cpuSlowdown > 1) {
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
		}
		const box = page.getByRole('searchbox', { name: /Search cities/ });
		for (const q of QUERIES) {
			await box.fill('');
			await box.focus();
			await page.keyboard.type(q, { delay: 60 });
			await page.waitForTimeout(400);
		}
		const samples = (
			await page.evaluate(() => (window as unknown as { __keyFrames: number[] }).__keyFrames)
		).sort((a, b) => a - b);
		const median = percentile(samples, 50);
		const p95 = percentile(samples, 95);
		const label = cpuSlowdown > 1 ? ` (${cpuSlowdown}x CPU slowdown)` : '';
		console.log(
			`\n## Keystroke to next frame in the explorer${label}: ${samples.length} keys over ${QUERIES.length} queries`
		);
		console.log(
			`  median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${samples[samples.length - 1].toFixed(1)} ms (one frame at 60 Hz: 16.7 ms)`
		);
		await context.close();
		return [
			{
				section: 'typing',
				name: `keystroke to frame${label}`,
				value: `median ${median.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
				target: 'p95 <= 16.7 ms (one frame)'
			}
		];
	} finally {
		await browser.close();
		await app.stop();
	}
}

if (import.meta.url === `file://${process.argv[1]}`) {
	benchTyping().catch((err) => {
		console.error(err);
		process.exit(1);
	});
}
