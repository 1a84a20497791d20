// "My list" on a laptop: collect records from results, cards and pages, keep them across a reload,
// share them as /list?items=… (server-rendered, QR code, export), and what a junk list gets.
import { test, expect, type Page } from '@playwright/test';
import { blockExternal, decodeQr, expectNoAxeViolations, watchConsole } from './helpers';

test.beforeEach(async ({ page }) => {
	await blockExternal(page);
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

test('add three records from a result, a card and a record page; reload keeps them; the list page shows them with a QR code of itself', async ({
	page,
	baseURL
}) => {
	test.slow();
	const check = watchConsole(page);
	await page.goto('/?q=malmo');
	const add = page.getByRole('button', { name: 'Add Malmö to my list' }).first();
	await expect(add).toHaveAttribute('aria-pressed', 'false');
	// Wait for the script: before it, the button cannot know the list.
	await expect(nav(page).getByRole('link', { name: 'My list' })).toBeVisible();
	await page.waitForLoadState('networkidle');
	await add.click();
	await expect(
		page.getByRole('button', { name: 'Remove Malmö from my list' }).first()
	).toHaveAttribute('aria-pressed', 'true');
	await expect(nav(page).getByRole('link', { name: 'My list (1)' })).toBeVisible();

	await page.goto('/?sel=project:up2030');
	await page.waitForLoadState('networkidle');
	await page.getByRole('article').getByRole('button', { name: 'Add UP2030 to my list' }).click();
	await expect(nav(page).getByRole('link', { name: 'My list (2)' })).toBeVisible();

	await page.goto('/partners/iclei-european-secretariat');
	await page.waitForLoadState('networkidle');
	await page.getByRole('button', { name: 'Add ICLEI European Secretariat to my list' }).click();
	await expect(nav(page).getByRole('link', { name: 'My list (3)' })).toBeVisible();

	await page.reload();
	await page.waitForLoadState('networkidle');
	await expect(nav(page).getByRole('link', { name: 'My list (3)' })).toBeVisible();
	await expect(
		page.getByRole('button', { name: 'Remove ICLEI European Secretariat from my list' })
	).toHaveAttribute('aria-pressed', 'true');

	await nav(page).getByRole('link', { name: 'My list (3)' }).click();
	const items = 'city:malmo,project:up2030,partner:iclei-european-secretariat';
	await expect(page).toHaveURL(`/list?items=${items}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My list');
	const list = page.locator('ol.items > li');
	await expect(list).toHaveCount(3);
	await expect(list.nth(0).getByRole('link', { name: 'Malmö' })).toHaveAttribute(
		'href',
		'/cities/malmo'
	);
	// UP2030 and ICLEI: related within the list.
	await expect(list.nth(1)).toContainText('In this list, related to:');
	expect(await decodeQr(page, 'img[alt^="QR code: Scan to take this list"]')).toBe(
		`${baseURL}/list?items=${items}`
	);
	await expect(page.getByRole('link', { name: 'CSV' })).toHaveAttribute(
		'href',
		`/api/export?format=csv&items=${items}`
	);
	await expectNoAxeViolations(page);
	check();
});

test('a shared list with junk: unknown and malformed items are skipped and named, duplicates merged', async ({
	page
}) => {
	await page.goto('/list?items=city:malmo,city:atlantis,not-a-key,city:malmo,project:up2030');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('A list of 2 records');
	await expect(page.locator('ol.items > li')).toHaveCount(2);
	await expect(page.getByRole('note')).toHaveText(
		'2 items could not be found: city:atlantis, not-a-key'
	);
	await page.getByRole('button', { name: 'Make this my list' }).click();
	await expect(nav(page).getByRole('link', { name: 'My list (2)' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My list');
});

test('more than 50 items is an error in words; an empty list says how to fill it', async ({
	page
}) => {
	const cities: string[] = (await (await page.request.get('/api/cities')).json()).results.map(
		(c: { id: string }) => `city:${c.id}`
	);
	await page.goto(`/list?items=${cities.slice(0, 60).join(',')}`);
	await expect(page.getByRole('alert')).toHaveText(
		'This list asks for 60 records, more than the 50 a list can hold: only the first 50 are shown.'
	);
	await expect(page.locator('ol.items > li')).toHaveCount(50);
	const res = await page.request.get(
		`/api/export?format=csv&items=${cities.slice(0, 60).join(',')}`
	);
	expect(res.status()).toBe(400);
	expect((await res.json()).error).toMatch(/at most 50/);

	await page.goto('/list');
	await expect(page.getByText(/Nothing here yet/)).toBeVisible();
});

test('the list export has the same columns as every export', async ({ request }) => {
	const res = await request.get(
		'/api/export?format=csv&items=city:malmo,partner:iclei-european-secretariat'
	);
	expect(res.status()).toBe(200);
	expect(res.headers()['content-disposition']).toMatch(/cities-mission-my-list-/);
	const text = await res.text();
	expect(text).toContain(
		'kind,id,name,country,themes,theme_codes,url,mission_city,pilot_city,mission_label,cohort,partner_type,place,pilots,projects,cities,partners'
	);
	expect(text).toContain('city,malmo,Malmö,SE,');
	expect(text).toContain('partner,iclei-european-secretariat,');
	const junk = await request.get('/api/export?format=json&items=nothing:here');
	expect(junk.status()).toBe(400);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('a shared list renders on the server, print-ready', async ({ page }) => {
		await page.goto('/list?items=city:malmo,pilot:c1-malmo');
		await expect(page.locator('ol.items > li')).toHaveCount(2);
		await expect(page.locator('ol.items > li').first()).toContainText('In this list, related to:');
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await expect(page.getByRole('img', { name: /QR code/ })).toBeVisible();
	});
});
