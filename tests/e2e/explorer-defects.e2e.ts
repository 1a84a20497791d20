import { test, expect, type Page } from '@playwright/test';
import { blockExternal, watchConsole } from './helpers';

test.beforeEach(async ({ page }) => {
	await blockExternal(page);
});

const FILTERED = '/?kind=partner&country=ES&theme=energy';
const box = (page: Page) => page.getByRole('searchbox', { name: /Search cities/ });
/**
 * Hydrated (the results' "Show … on the map" buttons, JS only), and every record is here: typing lists
 * its results at once, Enter opens the best match.
 */
const hydrated = async (page: Page) => {
	await expect(page.getByRole('button', { name: /^Show .+ on the map$/ }).first()).toBeVisible();
	await expect(page.locator('.explorer[data-records="all"]')).toHaveCount(1);
};
const results = (page: Page) => page.locator('.result-list a.result-link');

/** What each view shows at a width: phones show one thing, wide screens the map beside the list. */
const SIZES = [
	{ width: 390, height: 844, phone: true },
	{ width: 1024, height: 768, phone: false },
	{ width: 1366, height: 800, phone: false },
	{ width: 1920, height: 1080, phone: false }
];

/** The header every view keeps: count, Map/List switch, filter chips with "Clear all", export. */
async function expectHeader(page: Page) {
	await expect(page.getByRole('status').filter({ hasText: /\d+ results?/ })).toBeVisible();
	const toggle = page.getByRole('navigation', { name: 'View' });
	await expect(toggle).toHaveCount(1);
	await expect(toggle.getByRole('link', { name: 'Map' })).toBeVisible();
	await expect(toggle.getByRole('link', { name: 'List' })).toBeVisible();
	const chips = page.getByRole('list', { name: 'Active filters' });
	await expect(chips.getByRole('link', { name: /remove filter/ })).toHaveCount(3);
	await expect(chips.getByRole('link', { name: 'Clear all filters' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'CSV', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'JSON', exact: true })).toBeVisible();
	return toggle;
}

for (const size of SIZES) {
	test(`every view keeps the header, and the switch marks what shows, at ${size.width}x${size.height}`, async ({
		page
	}) => {
		test.slow();
		const check = watchConsole(page);
		await page.setViewportSize({ width: size.width, height: size.height });
		for (const view of ['auto', 'map', 'list'] as const) {
			await page.goto(view === 'auto' ? FILTERED : `${FILTERED}&view=${view}`);
			const toggle = await expectHeader(page);
			const showsMap = size.phone ? view === 'map' : view !== 'list';
			const showsList = size.phone ? view !== 'map' : view !== 'list';
			const showsTable = !size.phone && view === 'list';
			if (showsMap) await expect(page.getByTestId('map')).toBeVisible({ timeout: 30_000 });
			else await expect(page.getByTestId('map')).toBeHidden();
			if (showsList) await expect(results(page).first()).toBeVisible();
			else await expect(results(page).first()).toBeHidden();
			if (showsTable) await expect(page.getByRole('table')).toBeVisible();
			else await expect(page.getByRole('table')).toBeHidden();
			await expect(toggle.locator('[aria-current="true"]')).toHaveText(showsMap ? 'Map' : 'List');
		}
		// The switch gets out of the list view again (it was the browser's Back only).
		await page.getByRole('navigation', { name: 'View' }).getByRole('link', { name: 'Map' }).click();
		await expect(page).toHaveURL(/view=map/);
		await expect(page.getByTestId('map')).toBeVisible({ timeout: 30_000 });
		await expectHeader(page);
		check();
	});
}

test('Enter in the search box opens a clear best match, and otherwise searches', async ({
	page
}) => {
	const check = watchConsole(page);
	await page.goto('/');
	await hydrated(page);
	await box(page).fill('munich');
	await box(page).press('Enter');
	await expect(page).toHaveURL(/\/cities\/munich$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Munich');
	// The search is kept for Back.
	await page.goBack();
	await expect(page).toHaveURL(/\/\?q=munich$/);
	await expect(box(page)).toHaveValue('munich');

	// Two partners' names start with "energy": no clear best, so Enter searches as before.
	await box(page).fill('energy');
	await box(page).press('Enter');
	await expect(page).toHaveURL(/\/\?q=energy$/);
	await expect(results(page).first()).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Explore the Cities Mission');
	check();
});

test('a name not in the data is said so first, then the closest names, and what the data covers', async ({
	page
}) => {
	test.slow();
	const check = watchConsole(page);
	const note = page.getByRole('note').filter({ hasText: 'in the data' });

	await page.goto('/?q=vienna');
	await expect(note).toContainText('No city called “vienna” in the data.');
	await expect(note.getByRole('link', { name: 'What the data covers' })).toHaveAttribute(
		'href',
		'/about#coverage'
	);
	// The far match is still listed, after the note.
	await expect(results(page).first()).toHaveText('Zaragoza Vivienda');

	await page.goto('/?q=zurich');
	await expect(note).toContainText('No city called “zurich” in the data.');
	await expect(page.getByText('Did you mean:')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Munich', exact: true })).toBeVisible();

	await page.goto('/?q=zzyzx%2042');
	await expect(note).toContainText('Nothing called “zzyzx 42” in the data.');

	// In the data (exactly, or as a close spelling): nothing to say.
	for (const q of ['munich', 'barcellona']) {
		await page.goto(`/?q=${q}`);
		await expect(results(page).first()).toBeVisible();
		await expect(note).toHaveCount(0);
	}
	await page.goto('/about#coverage');
	await expect(page.locator('#coverage')).toBeVisible();
	check();
});

test('a long query is cut with a word beside the box; no download is offered for 0 results', async ({
	page
}) => {
	const check = watchConsole(page);
	const said = page
		.getByRole('status')
		.filter({ hasText: 'Your search was cut to 200 characters' });
	await page.goto('/');
	await hydrated(page);
	await expect(said).toHaveCount(0);
	await box(page).fill('x'.repeat(250));
	await expect(said).toBeVisible();
	await expect(box(page)).toHaveValue('x'.repeat(200));
	// Shorter again: nothing to say.
	await box(page).press('Backspace');
	await expect(said).toHaveCount(0);

	// A link with a longer query (or the form without JavaScript) says so too.
	await page.goto(`/?q=${'y'.repeat(250)}`);
	await expect(said).toBeVisible();
	await expect(box(page)).toHaveValue('y'.repeat(200));

	// Nothing found: no "Download these 0 results".
	await expect(page.getByText(/Nothing matches/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'CSV', exact: true })).toHaveCount(0);
	await expect(page.getByText(/Download these/)).toHaveCount(0);
	check();
});

test('back from a record, focus is on what opened it (a result, a table row, the search box)', async ({
	page
}) => {
	test.slow();
	const check = watchConsole(page);
	// A result, opened with the keyboard.
	await page.goto('/');
	await hydrated(page);
	await box(page).focus();
	await page.keyboard.type('lund');
	await expect(results(page).first()).toHaveText('Lund');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('ArrowDown');
	const second = results(page).nth(1);
	await expect(second).toBeFocused();
	const href = await second.getAttribute('href');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	await page.goBack();
	await expect(page).toHaveURL(/\/\?q=lund$/);
	await expect(results(page).nth(1)).toBeFocused();
	await expect(results(page).nth(1)).toHaveAttribute('href', href!);

	// A row of the table (list view).
	await page.goto('/?country=SE');
	await hydrated(page);
	await page.getByRole('navigation', { name: 'View' }).getByRole('link', { name: 'List' }).click();
	await expect(page).toHaveURL(/view=list/);
	const row = page.getByRole('table').getByRole('link', { name: 'Malmö', exact: true });
	await row.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/cities\/malmo$/);
	await page.goBack();
	await expect(page).toHaveURL(/view=list/);
	await expect(row).toBeFocused();

	// The search box, when Enter there opened the record.
	await page.goto('/');
	await hydrated(page);
	await box(page).fill('munich');
	await box(page).press('Enter');
	await expect(page).toHaveURL(/\/cities\/munich$/);
	await page.goBack();
	await expect(box(page)).toBeFocused();
	check();
});

test('on a phone, "Show … on the map" switches to the map with the record selected', async ({
	page
}) => {
	const check = watchConsole(page);
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/?q=malmo');
	await hydrated(page);
	await expect(page.getByTestId('map')).toBeHidden();
	await page.getByRole('button', { name: 'Show Malmö on the map' }).click();
	await expect(page).toHaveURL(/sel=city%3Amalmo/);
	await expect(page).toHaveURL(/view=map/);
	await expect(page.getByTestId('map')).toBeVisible({ timeout: 30_000 });
	await expect(page.getByRole('article', { name: 'Malmö' })).toBeVisible();
	await expect(
		page.getByRole('navigation', { name: 'View' }).locator('[aria-current="true"]')
	).toHaveText('Map');
	check();
});
