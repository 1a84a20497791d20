// Map benchmark (prints numbers; not a test): time to show N synthetic markers and frame times while
// panning, in headless Chromium against a running server. Usage:
//   node build (PORT=4311 ...) & node scripts/bench-map.mjs http://127.0.0.1:4311 2000 20000
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.js';

const [base = 'http://127.0.0.1:3000', ...sizes] = process.argv.slice(2);
const counts = sizes.length ? sizes.map(Number) : [506, 2000, 20000];
const browser = await chromium.launch({
	executablePath: (await findBrowser()) ?? undefined,
	args: ['--disable-gpu']
});
const pct = (xs, p) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))];

for (const n of counts) {
	const page = await browser.newPage({ viewport: { width: 1366, height: 800 } });
	await page.goto(`${base}/dev/map${n === 506 ? '' : `?synthetic=${n}`}`);
	await page.waitForFunction(
		() => window.__mapStats?.shownAt > 0 && document.querySelector('[data-basemap]'),
		null,
		{ timeout: 120_000 }
	);
	const stats = await page.evaluate(() => window.__mapStats);
	const box = await page.getByTestId('map').boundingBox();
	const frames = await page.evaluate(() => {
		window.__frames = [];
		let last = performance.now();
		const tick = (t) => {
			window.__frames.push(t - last);
			last = t;
			if (window.__frames.length < 400) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	});
	const cx = box.x + box.width / 2,
		cy = box.y + box.height / 2;
	for (let round = 0; round < 3; round++) {
		await page.mouse.move(cx, cy);
		await page.mouse.down();
		for (let i = 1; i <= 30; i++) await page.mouse.move(cx - i * 12, cy - i * 4);
		await page.mouse.up();
		await page.mouse.move(cx, cy);
		await page.mouse.down();
		for (let i = 1; i <= 30; i++) await page.mouse.move(cx + i * 12, cy + i * 4);
		await page.mouse.up();
	}
	const times = (await page.evaluate(() => window.__frames)).slice(1);
	console.log(
		`${String(n).padStart(6)} records: ${stats.markers} markers, shown at ${stats.shownAt} ms after navigation (markers indexed in ${stats.loadMs} ms), ` +
			`${stats.clusters} clusters; panning frames: median ${pct(times, 0.5).toFixed(1)} ms, p95 ${pct(times, 0.95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (${times.length} frames)`
	);
	void frames;
	await page.close();
}
await browser.close();
