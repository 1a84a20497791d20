import { expect, type Page, type ConsoleMessage } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';

/** Collects console errors and page errors; call the returned check at the end of a test. */
export function watchConsole(page: Page) {
	const errors: string[] = [];
	page.on('console', (msg: ConsoleMessage) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(err.message));
	return () => expect(errors, 'console errors').toEqual([]);
}

/** The machines are offline: anything not on our own origin is refused, and counted. */
export async function blockExternal(page: Page) {
	const external: string[] = [];
	await page.route(/^(?!http:\/\/(127\.0\.0\.1|localhost))/, (route) => {
		external.push(route.request().url());
		return route.abort();
	});
	return external;
}

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Markers: the results' pane, and the selection's pane (the selection, its relations and synergies). */
export const MAP_MARKERS = '.leaflet-marker-pane, .leaflet-cme-selection-pane';

/**
 * Runs axe with the WCAG 2.2 AA rules, over the whole page. Map markers are checked for everything but
 * target-size: markers of nearby places overlap by nature, and WCAG 2.5.8's "equivalent" exception
 * applies because every marker's record is also a full-size link in the result list on the same page (a
 * selection's related and suggested cities: in its card, or in the lists of a record's page).
 *
 * One pass, in the page itself (legacy mode: no blank page opened to merge frames, and this app has no
 * frames), recording only violations: the same rules and nodes as before, in less than half the time.
 */
export async function expectNoAxeViolations(page: Page, exclude: string[] = []) {
	let builder = new AxeBuilder({ page })
		.withTags(WCAG_TAGS)
		.options({ resultTypes: ['violations'] })
		.setLegacyMode(true);
	for (const sel of exclude) builder = builder.exclude(sel);
	const results = await builder.analyze();
	const violations = [];
	for (const v of results.violations) {
		const nodes = v.id === 'target-size' ? await outsideMarkers(page, v.nodes) : v.nodes;
		if (nodes.length) violations.push({ ...v, nodes });
	}
	const summary = violations.map(
		(v) =>
			`${v.id}: ${v.help} (${v.nodes
				.map((n) => n.target.join(' '))
				.slice(0, 3)
				.join(', ')})`
	);
	expect(summary, 'axe violations').toEqual([]);
}

/** The nodes that are not map markers. */
async function outsideMarkers<T extends { target: unknown[] }>(
	page: Page,
	nodes: T[]
): Promise<T[]> {
	const inMarkers = await page.evaluate(
		({ targets, markers }) => targets.map((t) => !!document.querySelector(t)?.closest(markers)),
		{ targets: nodes.map((n) => n.target.join(' ')), markers: MAP_MARKERS }
	);
	return nodes.filter((_, i) => !inMarkers[i]);
}

/**
 * Reads a QR <img> by drawing it on a canvas in the page, and decodes it in Node with jsqr. The page
 * sends one grey byte per pixel as base64 (a JSON array of RGBA numbers was 600k numbers and slow on a
 * loaded machine); Node rebuilds the RGBA pixels jsqr reads.
 */
export async function decodeQr(page: Page, selector: string): Promise<string | null> {
	const { grey, size } = await page
		.locator(selector)
		.first()
		.evaluate(async (node) => {
			const img = node as HTMLImageElement;
			await img.decode();
			const size = 320;
			const canvas = document.createElement('canvas');
			canvas.width = canvas.height = size;
			const ctx = canvas.getContext('2d')!;
			ctx.imageSmoothingEnabled = false;
			ctx.drawImage(img, 0, 0, size, size);
			const rgba = ctx.getImageData(0, 0, size, size).data;
			let bytes = '';
			for (let i = 0; i < rgba.length; i += 4) bytes += String.fromCharCode(rgba[i + 1]);
			return { grey: btoa(bytes), size };
		});
	const g = Buffer.from(grey, 'base64');
	const rgba = new Uint8ClampedArray(size * size * 4);
	for (let i = 0; i < g.length; i++) {
		rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = g[i];
		rgba[i * 4 + 3] = 255;
	}
	return jsQR(rgba, size, size)?.data ?? null;
}

/** Holds the app's code back, as on a slow phone, until the returned function is called. */
export async function holdAppCode(page: Page) {
	let release = () => {};
	const loaded = new Promise<void>((resolve) => (release = resolve));
	await page.route(/\/_app\/immutable\/entry\//, async (route) => {
		await loaded;
		await route.continue();
	});
	return release;
}

/**
 * Counts the page's constructions of an Intl class from its first script on (a browser's first one
 * loads locale data); the returned function reads the count.
 */
export async function countIntl(page: Page, name: 'DateTimeFormat' | 'DisplayNames') {
	await page.addInitScript((n) => {
		const intl = Intl as unknown as Record<string, new (...args: unknown[]) => object>;
		const w = window as unknown as { __made?: Record<string, number> };
		w.__made = { ...w.__made, [n]: 0 };
		intl[n] = new Proxy(intl[n], {
			construct(target, args) {
				w.__made![n]++;
				return Reflect.construct(target, args);
			}
		});
	}, name);
	return () =>
		page.evaluate((n) => (window as unknown as { __made: Record<string, number> }).__made[n], name);
}
