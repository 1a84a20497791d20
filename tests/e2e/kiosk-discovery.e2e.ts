// The kiosk's discovery session: my list with one QR code, synergies on the card and the map, the three
// ways in from the start view, larger text, and the idle reset clearing the visitor's things.
import { test, expect, type Page } from '@playwright/test';
import {
	blockExternal,
	decodeQr,
	expectAxeClean,
	freezeClock,
	hydrated,
	results,
	tap,
	watchConsole
} from './kiosk-helpers';

test.use({ hasTouch: true, isMobile: false, viewport: { width: 1920, height: 1080 } });
test.beforeEach(async ({ page }) => {
	await blockExternal(page);
});

const VIEWPORTS = [
	{ width: 1920, height: 1080 },
	{ width: 1080, height: 1920 }
];
const SHOTS = '/tmp/shots-kiosk2';
const listButton = (page: Page) => page.getByRole('button', { name: /^My list/ });
const card = (page: Page) => page.getByRole('article');
const rootFontSize = (page: Page) =>
	page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
const selKey = (page: Page) => new URL(page.url()).searchParams.get('sel');

/** Selects the n-th result and adds it to my list; returns its key. */
async function addResult(page: Page, n: number): Promise<string> {
	const before = selKey(page);
	await results(page).nth(n).tap();
	// The URL may still show the record chosen before: wait for the new one.
	await expect.poll(() => selKey(page)).not.toBe(before);
	await expect(page).toHaveURL(/[?&]sel=/);
	const key = selKey(page)!;
	await card(page)
		.getByRole('button', { name: /^Add .* to my list$/ })
		.tap();
	await expect(
		card(page).getByRole('button', { name: /^Remove .* from my list$/ })
	).toHaveAttribute('aria-pressed', 'true');
	return key;
}

test('three records added at the kiosk: My list shows them, and its one QR code opens exactly them on the public site', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000);
	const { check } = watchConsole(page);
	await page.goto('/kiosk?idle=600&attract=0&kind=project');
	await hydrated(page);
	await expect(listButton(page)).toHaveText('My list');
	const keys = [await addResult(page, 0), await addResult(page, 1), await addResult(page, 2)];
	expect(new Set(keys).size).toBe(3);
	// The toggle is a touch target at kiosk size.
	const toggle = (await card(page)
		.getByRole('button', { name: /my list$/ })
		.boundingBox())!;
	expect(toggle.height).toBeGreaterThanOrEqual(48);
	await expect(listButton(page)).toHaveText('My list (3)');
	await listButton(page).tap();
	const list = page.getByRole('region', { name: /^My list: 3 records$/ });
	await expect(list).toBeVisible();
	await expect(list.getByRole('button', { name: /^Remove / })).toHaveCount(3);
	await expect(page.locator('img[alt^="QR code: Take my list"]')).toHaveCount(1);
	expect(await decodeQr(page, 'img[alt^="QR code: Take my list"]')).toBe(
		`${baseURL}/list?items=${keys.join(',')}`
	);
	await expectAxeClean(page);
	// Removing one updates the list, its count and its QR code.
	await list
		.getByRole('button', { name: /^Remove / })
		.first()
		.tap();
	await expect(listButton(page)).toHaveText('My list (2)');
	expect(await decodeQr(page, 'img[alt^="QR code: Take my list"]')).toBe(
		`${baseURL}/list?items=${keys.slice(1).join(',')}`
	);
	await page.getByRole('button', { name: 'Back to the map' }).tap();
	await expect(list).toHaveCount(0);
	check();
});

test('the idle reset clears my list and the text size, even back at the start view', async ({
	page
}) => {
	test.setTimeout(120_000);
	const { check } = watchConsole(page);
	await freezeClock(page);
	await page.goto('/kiosk?idle=3&attract=0&sel=city:malmo');
	await hydrated(page);
	const normal = await rootFontSize(page);
	await card(page).getByRole('button', { name: 'Add Malmö to my list' }).tap();
	await page.getByRole('button', { name: /^A\+\+/ }).tap();
	await expect.poll(() => rootFontSize(page)).toBeCloseTo(normal * 1.4, 0);
	// Back at the start view, the list and the larger text are still the visitor's: idle resets them.
	await tap(page, 'Close');
	await expect(page).toHaveURL(/\/kiosk\?idle=3&attract=0$/);
	await expect(listButton(page)).toHaveText('My list (1)');
	await page.clock.runFor(2_100);
	await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible();
	await page.clock.runFor(1_100);
	await expect(page.getByRole('alertdialog')).toBeHidden();
	await expect(listButton(page)).toHaveText('My list');
	await expect.poll(() => rootFontSize(page)).toBeCloseTo(normal, 1);
	await expect(page.getByRole('button', { name: /^A Normal text$/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	check();
});

test('larger text scales the whole kiosk in two steps, and axe is clean with the largest text', async ({
	page
}) => {
	test.setTimeout(120_000);
	const { check } = watchConsole(page);
	await page.goto('/kiosk?idle=600&attract=0&sel=city:malmo');
	await hydrated(page);
	const normal = await rootFontSize(page);
	const title = page.getByRole('heading', { name: 'Malmö', level: 2 });
	const titleSize = () => title.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
	const before = await titleSize();
	await page.getByRole('button', { name: /^A\+ Larger text$/ }).tap();
	await expect.poll(() => rootFontSize(page)).toBeCloseTo(normal * 1.2, 0);
	await page.getByRole('button', { name: /^A\+\+ Largest text$/ }).tap();
	await expect.poll(() => rootFontSize(page)).toBeCloseTo(normal * 1.4, 0);
	expect(await titleSize()).toBeGreaterThanOrEqual(before * 1.35);
	await expect(page.getByRole('button', { name: /^A\+\+/ })).toHaveAttribute(
		'aria-pressed',
		'true'
	);
	await expectAxeClean(page);
	// Nothing is pushed off the side of the sheet, in either orientation.
	for (const viewport of VIEWPORTS) {
		await page.setViewportSize(viewport);
		await expect
			.poll(() => page.locator('.sheet').evaluate((el) => el.scrollWidth - el.clientWidth))
			.toBeLessThanOrEqual(0);
	}
	check();
});

test('the search field is a searchbox with a visible label; the meta viewport does not lock zoom', async ({
	page
}) => {
	test.setTimeout(120_000);
	const { check } = watchConsole(page);
	await page.goto('/kiosk?idle=600&attract=0');
	await hydrated(page);
	const box = page.getByRole('searchbox', { name: 'Search cities, pilots, projects and partners' });
	await expect(box).toBeVisible();
	await expect(box).toHaveAttribute('type', 'search');
	await expect(page.locator('label[for="kiosk-q"]')).toBeVisible();
	const meta = await page.locator('meta[name="viewport"]').last().getAttribute('content');
	expect(meta).not.toMatch(/user-scalable|maximum-scale/);
	const map = await page
		.locator('.leaflet-container')
		.evaluate((el) => getComputedStyle(el).touchAction);
	expect(map).toBe('none');
	check();
});

test("a city's card shows Pilot Cities to learn from, each with a reason, tappable; the map draws them", async ({
	page
}) => {
	test.setTimeout(120_000);
	const { check } = watchConsole(page);
	await page.goto('/kiosk?idle=600&attract=0&sel=city:aachen');
	await hydrated(page);
	const learn = card(page).getByRole('region', { name: 'Pilot Cities to learn from' });
	const items = learn.getByRole('listitem');
	await expect(items).toHaveCount(3);
	await expect(items.first()).toContainText(/km from Aachen|Shared|Same country|Similar/);
	// The map draws the synergies as their own dashed lines, one to each suggested city.
	await expect(page.getByTestId('map')).toBeVisible();
	await expect.poll(() => page.locator('path.cme-synergy').count()).toBe(3);
	const name = (await items.first().locator('.name').textContent())!.split('·')[0].trim();
	await items.first().getByRole('button').tap();
	await expect(page).toHaveURL(/[?&]sel=city%3A/);
	await expect(card(page).getByRole('heading', { level: 2 })).toHaveText(name);
	// A Pilot City's card has the reverse: Mission Cities working on the same themes.
	await expect(
		card(page).getByRole('region', { name: 'Mission Cities working on the same themes' })
	).toBeVisible();
	check();
});

for (const viewport of VIEWPORTS) {
	const at = `${viewport.width}x${viewport.height}`;

	test(`"I'm from a city": one tap to a city search with the keyboard, then the city with its Pilot Cities, at ${at}`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		const { check } = watchConsole(page);
		await page.setViewportSize(viewport);
		await page.goto('/kiosk?idle=600&attract=0');
		await hydrated(page);
		await page.getByRole('button', { name: /^I’m from a city/ }).tap();
		await expect(page).toHaveURL(
			/\/kiosk\?idle=600&attract=0&kind=mission-city,pilot-city,site-city$/
		);
		await expect(page.getByRole('searchbox', { name: 'Search cities' })).toBeVisible();
		const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
		await expect(keyboard).toBeVisible();
		await expectAxeClean(page);
		for (const key of ['m', 'a', 'l', 'm', 'o'])
			await keyboard.getByRole('button', { name: key, exact: true }).tap();
		await expect(results(page).first()).toContainText('Malmö');
		await keyboard.getByRole('button', { name: 'Done' }).tap();
		await results(page).first().tap();
		await expect(page).toHaveURL(/kind=mission-city,pilot-city,site-city&sel=city%3Amalmo/);
		await expect(card(page).getByRole('heading', { name: 'Malmö' })).toBeVisible();
		await expect(
			card(page).getByRole('region', { name: 'Pilot Cities to learn from' }).getByRole('listitem')
		).toHaveCount(3);
		await expectAxeClean(page);
		await tap(page, 'Start over');
		await expect(page).toHaveURL(/\/kiosk\?idle=600&attract=0$/);
		await expect(page.getByTestId('kiosk-invite')).toBeVisible();
		check();
	});

	test(`"Explore projects": one tap to the projects and their sites, with a way back, at ${at}`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		const { check } = watchConsole(page);
		await page.setViewportSize(viewport);
		await page.goto('/kiosk?idle=600&attract=0');
		await hydrated(page);
		await page.getByRole('button', { name: /^Explore projects/ }).tap();
		await expect(page).toHaveURL(/\/kiosk\?idle=600&attract=0&kind=project$/);
		await expect(page.getByRole('heading', { name: '27 results' })).toBeVisible();
		await expect(page.getByRole('button', { name: /^Projects \d+$/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expectAxeClean(page);
		await tap(page, 'Back');
		await expect(page).toHaveURL(/\/kiosk\?idle=600&attract=0$/);
		await expect(page.getByTestId('kiosk-invite')).toBeVisible();
		check();
	});

	test(`"Browse by theme": one tap to the theme picker, a theme in the URL, and back, at ${at}`, async ({
		page
	}) => {
		test.setTimeout(120_000);
		const { check } = watchConsole(page);
		await page.setViewportSize(viewport);
		await page.goto('/kiosk?idle=600&attract=0');
		await hydrated(page);
		await page.getByRole('button', { name: /^Browse by theme/ }).tap();
		await expect(page.getByText('Choose a theme', { exact: true })).toBeVisible();
		await expect(page.getByRole('button', { name: /^Theme/ })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expectAxeClean(page);
		// Back from the picker, before choosing.
		await tap(page, 'Back');
		await expect(page.getByTestId('kiosk-invite')).toBeVisible();
		await page.getByRole('button', { name: /^Browse by theme/ }).tap();
		await page.getByRole('button', { name: /^Energy \d+$/ }).tap();
		await expect(page).toHaveURL(/\/kiosk\?idle=600&attract=0&theme=energy$/);
		await expect(results(page).first()).toBeVisible();
		await expectAxeClean(page);
		await tap(page, 'Start over');
		await expect(page).toHaveURL(/\/kiosk\?idle=600&attract=0$/);
		check();
	});
}

test('the attract loop shows a Mission City with the Pilot Cities it can learn from', async ({
	page
}) => {
	test.setTimeout(120_000);
	const { check } = watchConsole(page);
	await freezeClock(page);
	await page.goto('/kiosk?idle=2');
	await hydrated(page);
	const attract = page.getByTestId('attract');
	await page.clock.runFor(2_100);
	await expect(attract.locator('.heading')).toHaveText('Mission City');
	// Mission City, Pilot, Project, Partner, Pilot City, then the synergy stop.
	await page.clock.runFor(5 * 8_000);
	await expect(attract.locator('.heading')).toHaveText('Learning from Pilot Cities');
	await expect(attract).toContainText(/can learn from \S/);
	await expect.poll(() => page.locator('path.cme-synergy').count()).toBeGreaterThanOrEqual(1);
	check();
});

test('screenshots of the start view, My list and larger text (KIOSK_SHOTS=1)', async ({ page }) => {
	test.skip(!process.env.KIOSK_SHOTS, 'only when asked for');
	test.setTimeout(180_000);
	for (const viewport of VIEWPORTS) {
		const at = `${viewport.width}x${viewport.height}`;
		await page.setViewportSize(viewport);
		await page.goto('/kiosk?idle=600&attract=0');
		await hydrated(page);
		await expect(page.getByTestId('map')).toBeVisible();
		await page.screenshot({ path: `${SHOTS}/start-${at}.png` });
		await page.goto('/kiosk?idle=600&attract=0&kind=project');
		await hydrated(page);
		await addResult(page, 0);
		await addResult(page, 3);
		await results(page).nth(5).tap();
		await expect(page).toHaveURL(/sel=/);
		await page.getByRole('button', { name: /^Add .* to my list$/ }).tap();
		await listButton(page).tap();
		await expect(page.locator('img[alt^="QR code: Take my list"]')).toBeVisible();
		await page.screenshot({ path: `${SHOTS}/my-list-${at}.png` });
		await page.goto('/kiosk?idle=600&attract=0&sel=city:malmo');
		await hydrated(page);
		await expect(page.getByTestId('map')).toBeVisible();
		await page.screenshot({ path: `${SHOTS}/city-card-${at}.png` });
		await page.getByRole('button', { name: /^A\+\+/ }).tap();
		await page.screenshot({ path: `${SHOTS}/larger-text-${at}.png` });
	}
});
