// Map with 2,000 and 20,000 synthetic markers: time to show, and frame times while panning, in headless
// Chromium on the map harness /dev/map?synthetic=N (src/routes/dev/map/, from the map module). Prints
// "skipped: /dev/map not available" when this build has no harness.
//   npx tsx scripts/bench-map.ts [--url=http://127.0.0.1:PORT] [--counts=2000,20000]
//
// What it expects of /dev/map: ?synthetic=N draws N synthetic records through MapView; the map element
// has data-testid="map"; markers are Leaflet DOM icons (.leaflet-marker-icon, clusters included) or
// vector paths; optionally the harness prints "ready in N ms" (performance.now() at MapView's onready).
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { findBrowser } from './find-browser.js';
import { ensureBuild, startServer, type Running } from './serve';
import type { Row } from './bench-search';

const MARKERS = '.leaflet-marker-icon, .leaflet-overlay-pane path.leaflet-interactive';

async function panFrames(page: Page): Promise<number[]> {
	const box = (await page.getByTestId('map').boundingBox())!;
	// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
	await page.evaluate(`(() => {
		window.__frames = [];
		window.__recording = true;
		let last = performance.now();
		const tick = (t) => {
			window.__frames.push(t - last);
			last = t;
			if (window.__recording) requestAnimationFrame(tick);
		};
		requestAnimationFrame(tick);
	})()`);
	const cx = box.x + box.width / 2;
	const cy = box.y + box.height / 2;
	for (let round = 0; round < 3; round++) {
		for (const [dx, dy] of [
			[-250, -120],
			[250, 120]
		]) {
			await page.mouse.move(cx, cy);
			await page.mouse.down();
			await page.mouse.move(cx + dx, cy + dy, { steps: 30 });
			await page.mouse.up();
			await page.waitForTimeout(300);
		}
	}
	return page.evaluate(() => {
		const w = window as unknown as { __frames: number[]; __recording: boolean };
		w.__recording = false;
		return w.__frames.slice(1);
	});
}

export async function benchMap({
	url,
	counts = [2000, 20000]
}: { url?: string; counts?: number[] } = {}): Promise<Row[]> {
	const rows: Row[] = [];
	let app: Running | null = null;
	if (!url) {
		ensureBuild();
		app = await startServer();
		url = app.url;
	}
	try {
		console.log(
			`\n## Map markers (/dev/map?synthetic=N, headless Chromium 1366x800, no CPU throttling)`
		);
		const probe = await fetch(`${url}/dev/map?synthetic=10`);
		if (probe.status !== 200) {
			console.log(`skipped: /dev/map not available (HTTP ${probe.status} from ${url}/dev/map)`);
			rows.push({
				section: 'map',
				name: 'markers 2,000 / 20,000',
				value: 'skipped: /dev/map not available'
			});
			return rows;
		}
		const browser = await chromium.launch({
			executablePath: (await findBrowser()) ?? undefined,
			args: ['--disable-gpu', '--no-first-run']
		});
		try {
			for (const n of counts) {
				const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
				await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
				const page = await context.newPage();
				await page.addInitScript((selector) => {
					const w = window as unknown as { __markersAt: number | null };
					w.__markersAt = null;
					const seen = new MutationObserver(() => {
						if (document.querySelector(selector)) {
							w.__markersAt = performance.now();
							seen.disconnect();
						}
					});
					seen.observe(document, { childList: true, subtree: true });
				}, MARKERS);
				await page.goto(`${url}/dev/map?synthetic=${n}`);
				await page.waitForFunction(
					() => (window as unknown as { __markersAt: number | null }).__markersAt !== null,
					null,
					{ timeout: 60_000 }
				);
				await page.waitForTimeout(500);
				const shown = await page.evaluate(
					(selector) => ({
						at: (window as unknown as { __markersAt: number }).__markersAt,
						elements: document.querySelectorAll(selector).length,
						ready: /ready in (\d+) ms/.exec(document.body.textContent ?? '')?.[1] ?? null
					}),
					MARKERS
				);
				const frames = (await panFrames(page)).sort((a, b) => a - b);
				const q = (p: number) => frames[Math.min(frames.length - 1, Math.floor(p * frames.length))];
				const slow = frames.filter((f) => f > 50).length;
				const line = `first markers at ${shown.at.toFixed(0)} ms${shown.ready ? `, onready at ${shown.ready} ms` : ''} (${shown.elements} marker/cluster elements); panning: ${frames.length} frames, median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, max ${frames[frames.length - 1].toFixed(1)} ms, ${slow} over 50 ms`;
				console.log(`${n.toLocaleString('en').padStart(7)} markers: ${line}`);
				rows.push({
					section: 'map',
					name: `${n.toLocaleString('en')} synthetic markers`,
					value: `show ${shown.ready ?? shown.at.toFixed(0)} ms, pan p95 ${q(0.95).toFixed(1)} ms`
				});
				await context.close();
			}
		} finally {
			await browser.close();
		}
	} finally {
		await app?.stop();
	}
	return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const url = process.argv.find((a) => a.startsWith('--url='))?.slice(6);
	const counts = process.argv
		.find((a) => a.startsWith('--counts='))
		?.slice(9)
		.split(',')
		.map(Number);
	await benchMap({ url, counts });
}
