// Synergies between Mission Cities and Pilot Cities: a city's page, the partner finder and /synergies.
import { test, expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { blockExternal, expectNoAxeViolations, watchConsole } from './helpers';

const read = (file: string) => JSON.parse(readFileSync(`data/${file}.json`, 'utf8'));
const pilots: { id: string; themes: string[]; cities: { cityId: string }[] }[] = read('pilots');
const themes: { id: string; label: string }[] = read('themes');

test.beforeEach(async ({ page }) => {
	await blockExternal(page);
});

test('a Mission City page: Pilot Cities to learn from, with reasons and the pilots to ask about', async ({
	page
}) => {
	const check = watchConsole(page);
	await page.goto('/cities/lund');
	const region = page.getByRole('region', { name: 'Pilot Cities to learn from' });
	const first = region.locator('ol > li').first();
	await expect(first.getByRole('link', { name: 'Liberec', exact: true })).toHaveAttribute(
		'href',
		'/cities/liberec'
	);
	await expect(first.getByRole('list', { name: 'Why Liberec' })).toContainText('ELABORATOR');
	await expect(first).toContainText('Ask about:');
	const liberecPilots = pilots.filter((p) => p.cities.some((c) => c.cityId === 'liberec'));
	for (const p of liberecPilots) {
		await expect(first.locator(`a[href="/pilots/${p.id}"]`)).toHaveCount(1);
	}
	// The themes every suggestion shares are said once, above the list.
	await expect(region).toContainText(/All of these: Shared themes: .*Mobility/);
	await expect(
		page.getByRole('link', { name: 'All suggestions for Lund in the partner finder' })
	).toHaveAttribute('href', '/match?city=lund');
	await expectNoAxeViolations(page);
	check();
});

test('a Pilot City page: Mission Cities working on the same themes', async ({ page }) => {
	await page.goto('/cities/uppsala');
	const region = page.getByRole('region', { name: 'Mission Cities working on the same themes' });
	await expect(
		region.locator('ol > li').first().getByRole('link', { name: 'Malmö' })
	).toBeVisible();
	await expect(region.locator('ol > li')).not.toHaveCount(0);
	// A Mission City that is no Pilot City has no such list.
	const inPilots = new Set(pilots.flatMap((p) => p.cities.map((c) => c.cityId)));
	const cities: { id: string; mission: unknown }[] = read('cities');
	const notPilot = cities.find((c) => c.mission && !inPilots.has(c.id))!;
	await page.goto(`/cities/${notPilot.id}`);
	await expect(page.getByRole('region', { name: 'Pilot Cities to learn from' })).toBeVisible();
	await expect(
		page.getByRole('region', { name: 'Mission Cities working on the same themes' })
	).toHaveCount(0);
});

test('the partner finder shows the same Pilot Cities, with the pilots to ask about', async ({
	page
}) => {
	await page.goto('/cities/aachen');
	const onPage = await page
		.getByRole('region', { name: 'Pilot Cities to learn from' })
		.locator('ol > li a.name')
		.allTextContents();
	await page.goto('/match?city=aachen');
	const region = page.getByRole('region', { name: 'Pilot Cities', exact: true });
	const inFinder = await region.locator('ol > li a.name').allTextContents();
	expect(onPage.length).toBeGreaterThan(0);
	expect(inFinder.slice(0, onPage.length)).toEqual(onPage);
	await expect(region.locator('ol > li').first()).toContainText('Ask about:');
});

test.describe('/synergies', () => {
	test('themes x cities: counts link to the explorer listing exactly them', async ({ page }) => {
		const check = watchConsole(page);
		await page.goto('/synergies');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(
			'Synergies: themes, Mission Cities and Pilot Cities'
		);
		const table = page.getByRole('table', {
			name: 'Themes, with the Mission Cities working on them and the Pilot Cities leading them'
		});
		await expect(table.getByRole('row')).toHaveCount(themes.length + 1);
		const energy = themes.find((t) => t.id === 'energy')!;
		const row = table.getByRole('row', { name: new RegExp(`^${energy.label}`) });
		const onEnergy = pilots.filter((p) => p.themes.includes('energy')).length;
		const pilotsLink = row.getByRole('link', { name: `${onEnergy} pilots on ${energy.label}` });
		await expect(pilotsLink).toHaveAttribute('href', '/?kind=pilot&theme=energy');
		const missionLink = row.getByRole('link', { name: /Mission Cities working on Energy$/ });
		const count = Number(await missionLink.textContent());
		await missionLink.click();
		await expect(page).toHaveURL(/\/\?kind=mission-city&theme=energy$/);
		await expect(
			page.getByRole('status').filter({ hasText: new RegExp(`^${count} results?$`) })
		).toBeVisible();
		check();
	});

	test('is in the main navigation, works without JavaScript and is accessible', async ({
		browser
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('/');
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('link', { name: 'Synergies' })
			.click();
		await expect(page).toHaveURL(/\/synergies$/);
		const cities = new Set(
			pilots
				.filter((p) => p.themes.includes('energy'))
				.flatMap((p) => p.cities.map((c) => c.cityId))
		);
		const row = page.getByRole('row', { name: /^Energy/ });
		await expect(row.locator('a[href^="/cities/"]')).toHaveCount(cities.size);
		await context.close();
	});

	test('axe finds nothing, with a folded list opened', async ({ page }) => {
		await page.goto('/synergies');
		const more = page.locator('main details summary').first();
		if (await more.count()) await more.click();
		await expectNoAxeViolations(page);
	});
});

test('/synergies on a phone: each theme a block as wide as the screen, every figure named', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/synergies');
	// The caption ran down a 70 px column beside the blocks.
	const caption = (await page.locator('caption').boundingBox())!;
	expect(caption.width).toBeGreaterThan(300);
	const energy = page.locator('tbody tr').first();
	expect((await energy.boundingBox())!.width).toBeGreaterThan(300);
	for (const label of ['Mission Cities working on it', 'Pilots on it', 'Pilot Cities leading it'])
		await expect(energy.locator(`td[data-label="${label}"]`)).toHaveCount(1);
	// Nothing runs past the screen's edge ("13 not yet in a pilot on it" was cut off).
	const overflow = await page.evaluate(
		() =>
			[...document.querySelectorAll('main tbody td, main tbody th, main caption')].filter(
				(el) => el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > 390
			).length
	);
	expect(overflow).toBe(0);
});

test.describe('synergies on the map', () => {
	type Stats = { synergies: number; relations: number; shownAt: number; records: number };
	const stats = (page: Page) =>
		page.evaluate(() => (window as unknown as { __mapStats?: Stats }).__mapStats);

	/** Waits until the map stops moving (fits are over), as map-reading.e2e.ts does. */
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

	/** Every suggested city's marker is inside the map (and clear of the card, if any). */
	async function expectInView(page: Page, ids: string[]) {
		await settled(page);
		const map = (await page.getByTestId('map').boundingBox())!;
		const card = page.locator('.card-slot');
		const cardBox = (await card.count()) ? await card.boundingBox() : null;
		for (const id of ids) {
			const marker = page.locator(`.cme-marker.cme-rel[data-key="city:${id}"]`).first();
			const b = (await marker.boundingBox())!;
			const c = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
			expect(
				c.x >= map.x && c.x <= map.x + map.width && c.y >= map.y && c.y <= map.y + map.height,
				`${id} is on the map`
			).toBe(true);
			if (cardBox)
				expect(
					c.x < cardBox.x ||
						c.x > cardBox.x + cardBox.width ||
						c.y < cardBox.y ||
						c.y > cardBox.y + cardBox.height,
					`${id} is clear of the card`
				).toBe(true);
		}
	}

	const lundIds = async (page: Page): Promise<string[]> =>
		(await (await page.request.get('/api/synergies/lund')).json()).pilotCities.map(
			(s: { id: string }) => s.id
		);

	test('/cities/lund: dashed lines to the Pilot Cities to learn from, named in the legend', async ({
		page
	}) => {
		test.slow();
		const check = watchConsole(page);
		await page.goto('/cities/lund');
		const map = page.getByTestId('map');
		await expect(map).toBeVisible({ timeout: 30_000 });
		const ids = await lundIds(page);
		expect(ids.length).toBe(5);
		await expect(map.locator('path.cme-synergy')).toHaveCount(5);
		await expect.poll(async () => (await stats(page))?.synergies).toBe(5);
		// Dashed, not colour alone; not interactive.
		const line = map.locator('path.cme-synergy').first();
		await expect(line).toHaveAttribute('stroke-dasharray', /\d/);
		await expect(line).not.toHaveClass(/leaflet-interactive/);
		await map.getByRole('button', { name: 'Legend' }).click();
		await expect(map.locator('.map-legend')).toContainText('Pilot Cities to learn from');
		await expectInView(page, ids);
		// The open legend leaves the zoom buttons clear (it covered the zoom-in button on this small map).
		await expectNoAxeViolations(page);
		check();
	});

	test('a page without synergies to draw names none in the legend', async ({ page }) => {
		await page.goto('/pilots/c1-leuven');
		const map = page.getByTestId('map');
		await expect(map).toBeVisible({ timeout: 30_000 });
		await map.getByRole('button', { name: 'Legend' }).click();
		await expect(map.locator('.map-legend ul')).toBeVisible();
		await expect(map.locator('path.cme-synergy')).toHaveCount(0);
		await expect(map.locator('.map-legend')).not.toContainText('Pilot Cities to learn from');
	});

	test('the explorer: selecting Lund fetches its synergies, draws and frames them, and the card names them', async ({
		page
	}) => {
		test.slow();
		const check = watchConsole(page);
		await page.goto('/?sel=city:lund');
		const map = page.getByTestId('map');
		await expect(map).toBeVisible({ timeout: 30_000 });
		const ids = await lundIds(page);
		await expect(map.locator('path.cme-synergy')).toHaveCount(ids.length, { timeout: 20_000 });
		await expect.poll(async () => (await stats(page))?.synergies).toBe(ids.length);
		const card = page.getByRole('article', { name: 'Lund' });
		await expect(card).toContainText('Pilot Cities to learn from:');
		await expect(card.getByRole('link', { name: 'Liberec', exact: true })).toHaveAttribute(
			'href',
			/sel=city%3Aliberec/
		);
		await expectInView(page, ids);
		await map.getByRole('button', { name: 'Legend' }).click();
		await expect(map.locator('.map-legend')).toContainText('Pilot Cities to learn from');
		await expectNoAxeViolations(page);
		// Choosing a suggested city in the card selects it; clearing the selection clears the lines.
		await card.getByRole('link', { name: 'Liberec', exact: true }).click();
		await expect(page).toHaveURL(/sel=city%3Aliberec/);
		await expect(page.getByRole('article', { name: 'Liberec' })).toBeVisible();
		await page.getByRole('link', { name: 'Close Liberec' }).click();
		await expect(map.locator('path.cme-synergy')).toHaveCount(0);
		check();
	});

	test('the records arriving after the map has framed Lund fill its card, and the frame keeps clear of it', async ({
		page
	}) => {
		test.slow();
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/api/records?*', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto('/?sel=city:lund');
		const map = page.getByTestId('map');
		const ids = await lundIds(page);
		await expect(map.locator('path.cme-relation').first()).toBeAttached({ timeout: 30_000 });
		const card = page.getByRole('article', { name: 'Lund' });
		await expect(card).toContainText('Related:');
		await settled(page);
		await expect(card).not.toContainText('Pilot Cities to learn from:');
		const before = (await card.boundingBox())!.height;
		release();
		await expect.poll(async () => (await card.boundingBox())!.height).toBeGreaterThan(before);
		await expect(map.locator('path.cme-synergy')).toHaveCount(ids.length, { timeout: 20_000 });
		await expectInView(page, ids);
	});

	test('a card that grows after the frame (late text, a web font) moves the frame clear of it, until the map is moved by hand', async ({
		page
	}) => {
		// The card starts short, as while its text is still arriving; then it shows in full.
		await page.addInitScript(() => {
			addEventListener('DOMContentLoaded', () => {
				const short = document.createElement('style');
				short.id = 'short-card';
				short.textContent = '.card-slot { max-height: 6rem; overflow: hidden; }';
				document.head.append(short);
			});
		});
		await page.goto('/?sel=city:lund');
		const map = page.getByTestId('map');
		const ids = await lundIds(page);
		await expect(map.locator('path.cme-synergy')).toHaveCount(ids.length, { timeout: 30_000 });
		await settled(page);
		// Where Lund is drawn says where the view is.
		const lund = map.locator('.cme-marker.cme-sel').first();
		const view = async () => JSON.stringify(await lund.boundingBox());
		const framed = await view();
		await page.evaluate(() => document.getElementById('short-card')!.remove());
		await expect.poll(view).not.toBe(framed);
		await expectInView(page, ids);
		const full = await view();
		// Once the visitor has moved the map, the view is theirs. (Short again: framed as at first.)
		await page.addStyleTag({ content: '.card-slot { max-height: 6rem; overflow: hidden; }' });
		await expect.poll(view).not.toBe(full);
		await settled(page);
		await map.hover({ position: { x: 80, y: 400 } });
		await page.mouse.down();
		await page.mouse.move(120, 420, { steps: 4 });
		await page.mouse.up();
		await settled(page);
		const moved = await view();
		await page.evaluate(() => document.querySelector('style:last-of-type')!.remove());
		await page.waitForTimeout(500);
		expect(await view()).toBe(moved);
	});

	test('offline: a failed synergy fetch draws no lines and the selection still works', async ({
		page
	}) => {
		await page.route('**/api/synergies/**', (route) => route.abort());
		await page.goto('/?sel=city:lund');
		const map = page.getByTestId('map');
		await expect(map).toBeVisible({ timeout: 30_000 });
		await expect(page.getByRole('article', { name: 'Lund' })).toBeVisible();
		await expect(map.locator('path.cme-relation').first()).toBeAttached();
		await expect(map.locator('path.cme-synergy')).toHaveCount(0);
	});
});
