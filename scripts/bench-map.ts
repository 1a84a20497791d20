// The map's benchmark, in headless Chromium against the built server:
// 1. Synthetic markers on the map harness /dev/map?synthetic=N (src/routes/dev/map/), clustered both
//    ways in the same run: supercluster in a worker (what the app uses) and leaflet.markercluster
//    (what it used before, ?engine=markercluster). For each: the time from handing the records to the
//    map until they are all on it (__mapStats.loadMs), and frame times while panning.
// 2. The first view of / at 4x CPU slowdown: the longest main-thread task of the whole load, the longest
//    once the map starts (performance mark cme-map-start), and the bytes transferred until the map is
//    idle (markers and basemap drawn).
// Prints "skipped: /dev/map not available" when this build has no harness.
//   npx tsx scripts/bench-map.ts [--url=http://127.0.0.1:PORT] [--counts=2000,20000] [--engines=supercluster,markercluster]
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { findBrowser } from './find-browser.js';
import { ensureBuild, startServer, type Running } from './serve';
import type { Row } from './bench-search';

type Engine = 'supercluster' | 'markercluster';
type Stats = { loadMs: number; shownAt: number; markers: number; clusters: number };

const stats = (page: Page) =>
	page.evaluate(() => (window as unknown as { __mapStats?: Stats }).__mapStats ?? null);

/** Waits until the map holds its records and its basemap is drawn. */
async function mapIdle(page: Page) {
	await page.waitForFunction(
		() =>
			((window as unknown as { __mapStats?: Stats }).__mapStats?.shownAt ?? 0) > 0 &&
			document.querySelector('[data-basemap]'),
		null,
		{ timeout: 180_000 }
	);
}

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

const quantile = (xs: number[], p: number) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? NaN;
};

async function markers(browser: Browser, url: string, n: number, engine: Engine): Promise<Row> {
	const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
	await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
	const page = await context.newPage();
	await page.goto(`${url}/dev/map?synthetic=${n}&engine=${engine}`);
	await mapIdle(page);
	await page.waitForTimeout(500);
	const s = (await stats(page))!;
	const frames = await panFrames(page);
	const slow = frames.filter((f) => f > 50).length;
	const p95 = quantile(frames, 0.95);
	console.log(
		`${n.toLocaleString('en').padStart(7)} markers, ${engine.padEnd(13)}: shown in ${s.loadMs} ms (records to map; ${s.shownAt} ms after navigation), ${s.clusters} clusters in the DOM; panning: ${frames.length} frames, median ${quantile(frames, 0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms, ${slow} over 50 ms`
	);
	await context.close();
	return {
		section: 'map',
		name: `${n.toLocaleString('en')} synthetic markers (${engine})`,
		value: `shown in ${s.loadMs} ms, pan p95 ${p95.toFixed(1)} ms`
	};
}

/** The first view of / at 4x CPU slowdown: long tasks and bytes until the map is idle. */
async function firstView(browser: Browser, url: string): Promise<Row> {
	const context = await browser.newContext({ viewport: { width: 1366, height: 800 } });
	await context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
	await cdp.send('Network.enable');
	let bytes = 0;
	cdp.on('Network.loadingFinished', (e: { encodedDataLength: number }) => {
		bytes += e.encodedDataLength;
	});
	await page.addInitScript(`(() => {
		window.__long = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) window.__long.push([e.startTime, e.duration]);
		}).observe({ type: 'longtask', buffered: true });
	})()`);
	await page.goto(`${url}/`);
	await mapIdle(page);
	const idleBytes = bytes;
	await page.waitForTimeout(2000);
	const { long, start, shown } = await page.evaluate(() => ({
		long: (window as unknown as { __long: [number, number][] }).__long,
		start: performance.getEntriesByName('cme-map-start')[0]?.startTime ?? null,
		shown: (window as unknown as { __mapStats: Stats }).__mapStats.shownAt
	}));
	const longest = Math.max(0, ...long.map(([, d]) => d));
	const mapTasks = start === null ? [] : long.filter(([t]) => t >= start);
	const mapLongest = Math.max(0, ...mapTasks.map(([, d]) => d));
	const line = `longest task ${longest.toFixed(0)} ms; from the map's start (${start === null ? 'no mark' : `${start.toFixed(0)} ms`}): ${mapTasks.length} tasks over 50 ms, longest ${mapLongest.toFixed(0)} ms; map idle at ${shown} ms; ${(idleBytes / 1024).toFixed(0)} KB transferred until then`;
	console.log(`first view of /, 4x CPU: ${line}`);
	await context.close();
	return { section: 'map', name: 'first view of / (4x CPU)', value: line };
}

export async function benchMap({
	url,
	counts = [2000, 20000],
	engines = ['supercluster', 'markercluster']
}: { url?: string; counts?: number[]; engines?: Engine[] } = {}): Promise<Row[]> {
	const rows: Row[] = [];
	let app: Running | null = null;
	if (!url) {
		ensureBuild();
		app = await startServer();
		url = app.url;
	}
	try {
		console.log(
			`\n## Map (/dev/map?synthetic=N&engine=…, headless Chromium 1366x800, no CPU throttling; then / at 4x)`
		);
		const probe = await fetch(`${url}/dev/map?synthetic=10`);
		if (probe.status !== 200) {
			console.log(`skipped: /dev/map not available (HTTP ${probe.status} from ${url}/dev/map)`);
			rows.push({ section: 'map', name: 'markers', value: 'skipped: /dev/map not available' });
			return rows;
		}
		const browser = await chromium.launch({
			executablePath: (await findBrowser()) ?? undefined,
			args: ['--disable-gpu', '--no-first-run']
		});
		try {
			for (const n of counts) for (const e of engines) rows.push(await markers(browser, url, n, e));
			rows.push(await firstView(browser, url));
		} finally {
			await browser.close();
		}
	} finally {
		await app?.stop();
	}
	return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const arg = (name: string) =>
		process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
	await benchMap({
		url: arg('url'),
		counts: arg('counts')?.split(',').map(Number),
		engines: arg('engines')?.split(',') as Engine[] | undefined
	});
}
