// Reading the map: kiosk markers are big enough to touch.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { blockExternal, watchConsole } from './helpers';

test.describe.configure({ timeout: 90_000 });

type Box = [[number, number], [number, number]];
type MapStats = {
	records: number;
	shownAt: number;
	relations: number;
	extent: Box | null;
	labels: { cities: string[]; countries: string[] };
};
const stats = (page: Page) =>
	page.evaluate(() => (window as unknown as { __mapStats?: MapStats }).__mapStats);

let check: () => void;
test.beforeEach(async ({ page }) => {
	await blockExternal(page);
	check = watchConsole(page);
});
test.afterEach(() => check());

async function mapOf(page: Page, path: string) {
	await page.goto(path);
	const map = page.getByTestId('map');
	await expect(map).toBeVisible({ timeout: 30_000 });
	await expect
		.poll(async () => (await stats(page))?.shownAt ?? 0, { timeout: 30_000 })
		.toBeGreaterThan(0);
	return map;
}

/** Waits until the map stops moving (fits and fly-tos are over). */
async function settled(page: Page) {
	let last = '';
	await expect
		.poll(
			async () => {
				const now = await page
					.locator('.leaflet-map-pane')
					.first()
					.evaluate(
						(el) => getComputedStyle(el).transform + document.querySelector('.leaflet-zoom-anim')
					);
				const same = now === last;
				last = now;
				return same;
			},
			{ intervals: [300], timeout: 20_000 }
		)
		.toBe(true);
}

const centre = (b: { x: number; y: number; width: number; height: number }) => ({
	x: b.x + b.width / 2,
	y: b.y + b.height / 2
});
const overlap = (
	a: { x: number; y: number; width: number; height: number },
	b: { x: number; y: number; width: number; height: number }
) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxes(locator: Locator) {
	return locator.evaluateAll((els) =>
		els.map((e) => {
			const r = e.getBoundingClientRect();
			return {
				x: r.x,
				y: r.y,
				width: r.width,
				height: r.height,
				name: e.getAttribute('aria-label')
			};
		})
	);
}

test.describe('touch size', () => {
	for (const path of ['/kiosk', '/kiosk?country=SE']) {
		test(`${path}: every marker and cluster has a touch area of at least 48x48 px`, async ({
			page
		}) => {
			await page.setViewportSize({ width: 1920, height: 1080 });
			const map = await mapOf(page, path);
			await settled(page);
			const all = await boxes(map.locator('.leaflet-marker-pane > *'));
			expect(all.length).toBeGreaterThan(3);
			expect(all.filter((b) => b.width < 47.5 || b.height < 47.5)).toEqual([]);
		});
	}

	test('at full zoom, spread kiosk markers keep a 48 px touch area around a smaller shape', async ({
		page
	}) => {
		await page.setViewportSize({ width: 1920, height: 1080 });
		const map = await mapOf(page, '/kiosk?country=SE');
		await settled(page);
		const zoomIn = map.getByRole('button', { name: 'Zoom in' });
		for (let i = 0; i < 6 && (await zoomIn.getAttribute('aria-disabled')) !== 'true'; i++) {
			await zoomIn.click();
			await page.waitForTimeout(350);
		}
		await settled(page);
		const markers = map.locator('.leaflet-marker-pane > .cme-marker');
		expect(await markers.count()).toBeGreaterThan(0);
		for (const b of await boxes(markers)) {
			expect(b.width, String(b.name)).toBeGreaterThanOrEqual(47.5);
			expect(b.height, String(b.name)).toBeGreaterThanOrEqual(47.5);
		}
		const shape = (await markers.first().locator('svg').boundingBox())!;
		expect(shape.width).toBeLessThan(47.5);
	});
});
