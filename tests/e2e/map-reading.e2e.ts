// Reading the map: markers mean what the legend says, the legend folds and never hides data, place names
// say where you are, a selection is framed whole, and kiosk markers are big enough to touch.
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

test.describe('markers mean what the legend says', () => {
	test('a project page draws its sites as the cities they are and the project once, at its coordinator', async ({
		page
	}) => {
		const map = await mapOf(page, '/projects/up2030');
		// One square: the project, at its coordinator's place (Fraunhofer IAO, Stuttgart).
		await expect(map.locator('.cme-marker.cme-project')).toHaveCount(1);
		const project = map.locator('.cme-marker.cme-sel');
		await expect(project).toHaveCount(1);
		await expect(project).toHaveClass(/cme-project/);
		const coordinator = map.locator('.cme-marker.cme-rel.cme-partner', {
			has: page.locator('xpath=self::*[starts-with(@aria-label, "Fraunhofer Institute")]')
		});
		// Measured once the view is still: mid-zoom, icons of different sizes are scaled apart.
		await settled(page);
		const [p, c] = [
			centre((await project.boundingBox())!),
			centre((await coordinator.boundingBox())!)
		];
		expect(Math.hypot(p.x - c.x, p.y - c.y)).toBeLessThan(2);
		// Its 11 sites are drawn as cities (Mission City circle, Pilot City diamond, other city ring).
		const sites = map.locator(
			'.cme-marker.cme-rel:is(.cme-mission, .cme-both, .cme-pilot-city, .cme-site)'
		);
		await expect(sites).toHaveCount(11);
		// Lines start at the project, not at one of its sites.
		expect((await stats(page))!.relations).toBeGreaterThanOrEqual(11);
		// Every other record is drawn once, where its line ends: not again under its related marker.
		const others = await map
			.locator('.cme-marker:not(.cme-sel)')
			.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.key));
		expect(others.length).toBeGreaterThanOrEqual(11);
		expect(new Set(others).size).toBe(others.length);
		const legend = map.getByRole('button', { name: 'Legend' });
		await legend.click();
		await expect(map.locator('.map-legend')).toContainText(
			'UP2030: drawn once, at its coordinator’s place (Stuttgart)'
		);
	});

	test('a project with no known place is a label without a point, and the legend says so', async ({
		page
	}) => {
		const map = await mapOf(page, '/projects/netzerocities');
		await expect(map.locator('.cme-marker.cme-project')).toHaveCount(0);
		await expect(map.locator('.cme-sel-label')).toHaveText('NetZeroCities');
		await expect(
			map.locator('.cme-marker.cme-rel:is(.cme-mission, .cme-both, .cme-pilot-city, .cme-site)')
		).toHaveCount(10);
		await map.getByRole('button', { name: 'Legend' }).click();
		await expect(map.locator('.map-legend')).toContainText('label without a point');
	});

	for (const path of ['/?country=BE&theme=energy', '/kiosk?country=BE&theme=energy']) {
		test(`${path}: what matched Belgium is drawn in Belgium`, async ({ page }) => {
			await mapOf(page, path);
			const s = (await stats(page))!;
			expect(s.records).toBeGreaterThan(3);
			const [[south, west], [north, east]] = s.extent!;
			// Belgium: 49.5-51.5 N, 2.5-6.4 E.
			for (const lat of [south, north]) {
				expect(lat).toBeGreaterThan(49.4);
				expect(lat).toBeLessThan(51.6);
			}
			for (const lon of [west, east]) {
				expect(lon).toBeGreaterThan(2.4);
				expect(lon).toBeLessThan(6.5);
			}
		});
	}
});

test.describe('the legend folds away and never hides data', () => {
	test('it starts folded at the edge behind a real button, and unfolds', async ({ page }) => {
		const map = await mapOf(page, '/');
		const button = map.getByRole('button', { name: 'Legend' });
		await expect(button).toHaveAttribute('aria-expanded', 'false');
		const list = map.locator('.map-legend ul');
		await expect(list).toBeHidden();
		// Folded, it holds nothing to hydrate.
		await expect(map.locator('.map-legend li')).toHaveCount(0);
		const folded = (await map.locator('.map-legend').boundingBox())!;
		expect(folded.height).toBeLessThan(48);
		await button.click();
		await expect(button).toHaveAttribute('aria-expanded', 'true');
		await expect(list).toBeVisible();
		await expect(list).toContainText('Mission City');
		await button.press('Enter');
		await expect(list).toBeHidden();
	});

	for (const [path, width, height] of [
		['/?country=ES,PT', 1366, 800],
		['/kiosk', 1080, 1920],
		['/kiosk?country=ES,PT', 1080, 1920]
	] as const) {
		test(`${path} at ${width}x${height}: no marker or cluster lies under the legend`, async ({
			page
		}) => {
			await page.setViewportSize({ width, height });
			const map = await mapOf(page, path);
			await settled(page);
			const legend = (await map.locator('.map-legend').boundingBox())!;
			const markers = await boxes(map.locator('.leaflet-marker-pane > *'));
			expect(markers.length).toBeGreaterThan(3);
			expect(markers.filter((m) => overlap(m, legend))).toEqual([]);
		});
	}
});

test.describe('place names on the basemap', () => {
	test('countries are named at low zoom, the data’s cities from zoom 6; names are not interactive', async ({
		page
	}) => {
		await mapOf(page, '/dev/map');
		await expect
			.poll(async () => (await stats(page))?.labels?.countries ?? [], { timeout: 20_000 })
			.toEqual(expect.arrayContaining(['Germany', 'France', 'Sweden', 'Poland', 'Spain']));
		expect((await stats(page))!.labels.cities).toEqual([]);
		const canvas = page.locator('canvas.cme-labels');
		await expect(canvas).toHaveCSS('pointer-events', 'none');
		const painted = await canvas.evaluate((c: HTMLCanvasElement) => {
			const { data } = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
			let n = 0;
			for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
			return n;
		});
		expect(painted).toBeGreaterThan(500);

		// Zoomed in on Malmö (a search for it fits at zoom 7): the data's cities nearby are named too.
		await mapOf(page, '/dev/map?q=malmo&kind=mission-city');
		await expect
			.poll(async () => (await stats(page))?.labels?.cities ?? [], { timeout: 20_000 })
			.toEqual(expect.arrayContaining(['Lund', 'Malmö']));
		expect((await stats(page))!.labels.countries).toEqual([]);
	});
});

test.describe('framing a selection', () => {
	async function expectAllInView(page: Page, selector: string) {
		await settled(page);
		const map = (await page.getByTestId('map').boundingBox())!;
		const card = page.locator('.card-slot');
		const cardBox = (await card.count()) ? await card.boundingBox() : null;
		const shown = await boxes(page.locator(selector));
		expect(shown.length).toBeGreaterThan(0);
		for (const m of shown) {
			const c = centre(m);
			expect(
				c.x >= map.x && c.x <= map.x + map.width && c.y >= map.y && c.y <= map.y + map.height,
				`${m.name} is on the map`
			).toBe(true);
			if (cardBox) expect(overlap(m, cardBox), `${m.name} is clear of the card`).toBe(false);
		}
	}

	test('selecting Malmö frames it with all its relations, clear of the card', async ({ page }) => {
		const map = await mapOf(page, '/?q=malmo&kind=mission-city');
		await settled(page);
		await map.getByRole('button', { name: /^Malmö/ }).click();
		await expect(page.getByRole('article', { name: 'Malmö' })).toBeVisible();
		await expect(map.locator('.cme-marker.cme-rel.cme-project').first()).toBeAttached();
		await expectAllInView(page, '.cme-marker.cme-sel, .cme-marker.cme-rel');
	});

	test('a pilot’s three cities are all in view when it is selected, clear of the card', async ({
		page
	}) => {
		const map = await mapOf(page, '/?q=cf4cities');
		await settled(page);
		await page.getByRole('button', { name: /^Show CF4Cities.* on the map$/ }).click();
		await expect(page).toHaveURL(/sel=pilot%3Ac2-cf4cities/);
		await expect(map.locator('.cme-marker.cme-sel')).toHaveCount(3);
		await expectAllInView(page, '.cme-marker.cme-sel, .cme-marker.cme-rel');
	});
});

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
