import { test, expect, type Page } from '@playwright/test';
import { blockExternal, watchConsole } from './helpers';

type MapStats = {
	records: number;
	relations: number;
	selectionDraws: number;
	cityNameUpdates: number;
	labelDraws: number;
	shownAt: number;
};
const stats = (page: Page) =>
	page.evaluate(() => (window as unknown as { __mapStats?: MapStats }).__mapStats);

test.beforeEach(async ({ page }) => {
	const external = await blockExternal(page);
	test.info().annotations.push({ type: 'external', description: String(external.length) });
});

test('typing narrows the list and then the map to the same records', async ({ page }) => {
	const check = watchConsole(page);
	await page.goto('/');
	const map = page.getByTestId('map');
	await expect(map).toBeVisible({ timeout: 30_000 });
	// Records without coordinates (some partners) are listed but not drawn.
	await expect.poll(async () => (await stats(page))?.records ?? 0).toBeGreaterThan(400);
	await page
		.getByRole('searchbox', { name: /Search cities/ })
		.pressSequentially('lund', { delay: 20 });
	await expect(page).toHaveURL(/q=lund/);
	const placed = await page.locator('.result-list button.locate').count();
	expect(placed).toBeGreaterThan(1);
	await expect.poll(async () => (await stats(page))?.records).toBe(placed);
	check();
});

test('typing redraws the markers only: neither the selection nor the city names', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('.explorer[data-records="all"]')).toHaveCount(1);
	await expect.poll(async () => (await stats(page))?.records ?? 0).toBeGreaterThan(400);
	const before = (await stats(page))!;
	// Slowly enough that the query reaches the URL, and the map, between keys.
	await page
		.getByRole('searchbox', { name: /Search cities/ })
		.pressSequentially('munich', { delay: 350 });
	await expect(page).toHaveURL(/q=munich/);
	await expect.poll(async () => (await stats(page))?.records).toBeLessThan(before.records);
	const after = (await stats(page))!;
	expect(after.selectionDraws).toBe(before.selectionDraws);
	expect(after.cityNameUpdates).toBe(before.cityNameUpdates);
});

test('a new query with the same results moves nothing: the view is not drawn again', async ({
	page
}) => {
	await page.goto('/?q=malmo');
	await expect(page.getByTestId('map')).toBeVisible({ timeout: 30_000 });
	await expect(page.locator('.explorer[data-records="all"]')).toHaveCount(1);
	// Settled: every record is here, and the place names stop being drawn (the first fit, the fonts).
	let draws = -1;
	await expect
		.poll(
			async () => {
				const [last, now] = [draws, (await stats(page))?.labelDraws ?? 0];
				draws = now;
				return now > 0 && now === last;
			},
			{ intervals: [1000], timeout: 30_000 }
		)
		.toBe(true);
	const before = (await stats(page))!;
	const box = page.getByRole('searchbox', { name: /Search cities/ });
	await box.fill('malmö');
	await expect(page).toHaveURL(/q=malm%C3%B6/);
	// The map took the new state (its records were shown again) and fitted to the same view.
	await expect.poll(async () => (await stats(page))?.shownAt).toBeGreaterThan(before.shownAt);
	await page.waitForTimeout(1000);
	expect((await stats(page))!.labelDraws).toBe(before.labelDraws);
});

test('choosing a marker on the explorer map opens its card and lands in the URL', async ({
	page
}) => {
	const check = watchConsole(page);
	await page.goto('/?q=malmo&kind=mission-city');
	const map = page.getByTestId('map');
	await map.getByRole('button', { name: /^Malmö/ }).click();
	await expect(page).toHaveURL(/sel=city%3Amalmo/);
	const card = page.getByRole('article', { name: 'Malmö' });
	await expect(card).toBeVisible();
	await expect(card.getByRole('link', { name: /Open the page for Malmö/ })).toHaveAttribute(
		'href',
		'/cities/malmo'
	);
	await card.getByRole('link', { name: 'Close Malmö' }).click();
	await expect(page).not.toHaveURL(/sel=/);
	await expect(card).toHaveCount(0);
	check();
});

test('a selected project draws its relations; the locate button selects from the list', async ({
	page
}) => {
	const check = watchConsole(page);
	await page.goto('/?q=netzerocities');
	await expect(page.getByTestId('map')).toBeVisible({ timeout: 30_000 });
	await page.getByRole('button', { name: 'Show NetZeroCities on the map' }).click();
	await expect(page).toHaveURL(/sel=project%3Anetzerocities/);
	await expect(page.getByRole('article', { name: 'NetZeroCities' })).toBeVisible();
	await expect.poll(async () => (await stats(page))?.relations ?? 0).toBeGreaterThanOrEqual(9);
	await expect(
		page.locator('.leaflet-overlay-pane path, .leaflet-pane path').first()
	).toBeAttached();
	check();
});

test('a shared link with a selection restores the card on load, and back closes it', async ({
	page
}) => {
	await page.goto('/?q=lund');
	await page.goto('/?q=lund&sel=city%3Alund');
	await expect(page.getByRole('article', { name: 'Lund' })).toBeVisible();
	await page.goBack();
	await expect(page.getByRole('article', { name: 'Lund' })).toHaveCount(0);
});

test('on a phone the hidden map costs nothing until the map view is chosen', async ({ page }) => {
	const check = watchConsole(page);
	await page.setViewportSize({ width: 390, height: 844 });
	const basemap: string[] = [];
	page.on('request', (r) => {
		if (/basemap-/.test(r.url())) basemap.push(r.url());
	});
	await page.goto('/');
	await expect(page.locator('.explorer[data-records="all"]')).toHaveCount(1);
	await page.waitForTimeout(1000);
	// Phones show the list alone: no Leaflet map was made, no basemap fetched.
	await expect(page.locator('.leaflet-container')).toHaveCount(0);
	expect(basemap).toEqual([]);
	await page.getByRole('link', { name: 'Map', exact: true }).click();
	await expect(page.getByTestId('map')).toBeVisible();
	await expect.poll(async () => (await stats(page))?.records ?? 0).toBeGreaterThan(400);
	expect(basemap.length).toBeGreaterThan(0);
	check();
});

test('on a portrait screen the map is on top, in the first screen, with the list below it', async ({
	page
}) => {
	const check = watchConsole(page);
	await page.setViewportSize({ width: 1080, height: 1920 });
	await page.goto('/?sel=city:lund');
	const map = page.getByTestId('map');
	await expect(map).toBeVisible({ timeout: 30_000 });
	const mapBox = (await map.boundingBox())!;
	const status = (await page
		.getByRole('status')
		.filter({ hasText: /records/ })
		.boundingBox())!;
	// The map started below a screenful of results (1,950 px down) before.
	expect(mapBox.y + mapBox.height).toBeLessThan(1920);
	expect(mapBox.height).toBeGreaterThan(600);
	expect(status.y).toBeGreaterThan(mapBox.y + mapBox.height - 1);
	expect(status.y).toBeLessThan(1920);
	// The selected city's card fits inside the map.
	const card = (await page.locator('.card-slot').boundingBox())!;
	expect(card.y + card.height).toBeLessThanOrEqual(mapBox.y + mapBox.height);
	// A landscape screen of the same width keeps the list beside the filters and the map below.
	await page.setViewportSize({ width: 1024, height: 768 });
	await expect
		.poll(async () => (await map.boundingBox())!.y)
		.toBeGreaterThan(
			(await page
				.getByRole('status')
				.filter({ hasText: /records/ })
				.boundingBox())!.y
		);
	check();
});
