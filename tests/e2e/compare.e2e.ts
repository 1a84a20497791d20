// Comparing cities: reachable from the main navigation, cities picked by typing (accent-free, other
// names too), and a city that is not in the data said so plainly.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, holdAppCode, watchConsole } from './helpers';

/** City 1's box once the page is live: before that it is the no-JS <select>, which cannot be typed in. */
async function firstBox(page: Page) {
	await expect(page.locator('input#cmp-0')).toBeVisible();
	return page.getByRole('combobox', { name: 'City 1' });
}

test('compare is in the main navigation', async ({ page }) => {
	await page.goto('/');
	await page
		.getByRole('navigation', { name: 'Main' })
		.getByRole('link', { name: 'Compare' })
		.click();
	await expect(page).toHaveURL(/\/compare$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare cities');
});

test('cities are picked by typing, accent-free and by other names', async ({ page }) => {
	const consoleOk = watchConsole(page);
	await page.goto('/compare');
	const first = await firstBox(page);
	await first.fill('lodz');
	await expect(page.getByRole('option', { name: /Łódź/ })).toBeVisible();
	await first.press('ArrowDown');
	await first.press('Enter');
	await expect(first).toHaveValue('Łódź');

	const second = page.getByRole('combobox', { name: 'City 2' });
	await second.fill('Monaco di Baviera');
	await page.getByRole('option', { name: /Munich/ }).click();
	await expect(second).toHaveValue('Munich');
	await expectNoAxeViolations(page);

	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(/cities=lodz&cities=munich/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare Łódź, Munich');
	// The choices survive the round trip, so a third city can be added.
	await expect(page.getByRole('combobox', { name: 'City 1' })).toHaveValue('Łódź');
	consoleOk();
});

test('a city chosen while the page is still loading stays chosen, and focused, once it is live', async ({
	page
}) => {
	const check = watchConsole(page);
	const release = await holdAppCode(page);
	await page.goto('/compare', { waitUntil: 'domcontentloaded' });
	// Before the app's code runs, City 1 is the server's select: chosen from the keyboard.
	const select = page.locator('select#cmp-0');
	await select.focus();
	await select.selectOption('lund');
	release();
	const first = await firstBox(page);
	await expect(first).toHaveValue('Lund');
	await expect(first).toBeFocused();
	await page.getByRole('combobox', { name: 'City 2' }).fill('malmo');
	await page.getByRole('option', { name: /Malmö/ }).click();
	await page.getByRole('button', { name: 'Compare' }).click();
	await expect(page).toHaveURL(/cities=lund&cities=malmo/);
	check();
});

test('a city that is not in the data is said to be missing, while typing and in the URL', async ({
	page
}) => {
	await page.goto('/compare');
	const first = await firstBox(page);
	await first.fill('Vienna');
	await expect(
		page.getByRole('status').filter({ hasText: 'No city called “Vienna” in the data' })
	).toBeVisible();
	await expect(page.getByRole('link', { name: 'What the data covers' })).toHaveAttribute(
		'href',
		'/about#coverage'
	);

	await page.goto('/compare?cities=malmo,munchen');
	const note = page.getByRole('note').filter({ hasText: 'munchen' });
	await expect(note).toContainText('No city called “munchen” in the data.');
	// The closest name is offered as a link that adds it to the comparison.
	await note.getByRole('link', { name: 'Munich' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare Malmö, Munich');
});
