import { test, expect, type Page } from '@playwright/test';
import {
	blockExternal,
	countIntl,
	expectNoAxeViolations,
	holdAppCode,
	watchConsole
} from './helpers';

test.beforeEach(async ({ page }) => {
	await blockExternal(page);
});

const results = (page: import('@playwright/test').Page) =>
	page.locator('.result-list a.result-link');

test('the first page shows the counts and the as-of date', async ({ page }) => {
	const check = watchConsole(page);
	await page.goto('/');
	const stats = page.getByRole('list', { name: 'The data set in numbers' });
	await expect(stats).toContainText('112 Mission Cities');
	await expect(stats).toContainText('102 Pilot Cities');
	await expect(stats).toContainText('67 pilots');
	await expect(stats).toContainText('27 projects');
	await expect(stats).toContainText('305 partners');
	await expect(stats).toContainText('Data as of 2 Dec 2026');
	check();
});

test('searching "munich" with the form lists Munich first', async ({ page }) => {
	const check = watchConsole(page);
	await page.goto('/');
	const box = page.getByRole('searchbox', { name: /Search cities/ });
	await box.fill('munich');
	// The button, not Enter: Enter opens a clear best match's page (explorer-defects.e2e.ts).
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page).toHaveURL(/[?&]q=munich/);
	await expect(results(page).first()).toHaveText('Munich');
	await expect(results(page).first()).toHaveAttribute('href', '/cities/munich');
	check();
});

test('country names in every language are ready once the search box is focused: typing builds none', async ({
	page
}) => {
	// Each language's Intl.DisplayNames loads its locale data: built for the first search, that was a
	// long task on the first keystroke.
	const built = await countIntl(page, 'DisplayNames');
	await page.goto('/');
	const box = page.getByRole('searchbox', { name: /Search cities/ });
	// Live (hydrated): the form's Apply button is gone.
	await expect(page.getByRole('button', { name: 'Apply filters' })).toHaveCount(0);
	// A page only looked at builds none (i18n.e2e.ts); a focused search box builds them, a language
	// per task: 24 of them, once, however often it is focused meanwhile.
	await box.focus();
	await box.blur();
	await box.focus();
	await expect.poll(built, { timeout: 30_000 }).toBeGreaterThanOrEqual(24);
	await page.waitForTimeout(500);
	expect(await built()).toBe(24);
	const before = await built();
	await box.pressSequentially('deutschland');
	await expect(page).toHaveURL(/[?&]q=deutschland/);
	await expect(results(page).first()).toBeVisible();
	expect(await built()).toBe(before);
});

test('without JavaScript the form search and filters still work', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await page.getByRole('searchbox', { name: /Search cities/ }).fill('München');
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page).toHaveURL(/q=M%C3%BCnchen/);
	await expect(results(page).first()).toHaveText('Munich');
	// Filters are part of the same GET form.
	await page.goto('/?q=lund');
	await page.getByRole('checkbox', { name: /^Partners/ }).check();
	await page.getByRole('button', { name: 'Apply filters' }).click();
	await expect(page).toHaveURL(/kind=partner/);
	await expect(page.locator('.result-list h3')).toHaveText([/Partners/]);
	await context.close();
});

/** Every record has arrived (until then a new query's rows come from the server). */
const allRecords = (page: import('@playwright/test').Page) =>
	expect(page.locator('.explorer[data-records="all"]')).toHaveCount(1);

/** Page data fetched from the server after the first load (SvelteKit's __data.json). */
function pageDataRequests(page: import('@playwright/test').Page) {
	const urls: string[] = [];
	page.on('request', (r) => {
		if (r.url().includes('__data.json')) urls.push(r.url());
	});
	return urls;
}

test('typing searches as you type and writes the query to the URL', async ({ page }) => {
	const check = watchConsole(page);
	const serverAsked = pageDataRequests(page);
	await page.goto('/');
	await allRecords(page);
	const box = page.getByRole('searchbox', { name: /Search cities/ });
	await box.pressSequentially('lodz', { delay: 30 });
	await expect(results(page).first()).toHaveText('Łódź');
	await expect(page.getByRole('status').filter({ hasText: /result|record/ })).toContainText(
		'for “lodz”'
	);
	await expect(page).toHaveURL(/q=lodz/);
	await expect(results(page).first().locator('mark')).toHaveText('Łódź');
	// The search ran in the browser: the new URL did not send the page back to the server for data.
	expect(serverAsked).toEqual([]);
	check();
});

test('without the records (their fetch failed) a typed search still lists what the server finds', async ({
	page
}) => {
	await page.route(/\/api\/records/, (route) => route.abort());
	await page.goto('/');
	const box = page.getByRole('searchbox', { name: /Search cities/ });
	await box.pressSequentially('lodz', { delay: 30 });
	await expect(page).toHaveURL(/q=lodz/);
	await expect(results(page).first()).toHaveText('Łódź');
});

test('offline, a search typed before the records are read waits for them instead of asking the server', async ({
	page
}) => {
	const check = watchConsole(page);
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	// The records come slowly (a busy service worker): the query is committed before they are here.
	await page.route(/\/api\/records/, async (route) => {
		await held;
		await route.continue();
	});
	// The browser says it is offline (Chromium's own offline mode would also fail the held request).
	await page.addInitScript(() =>
		Object.defineProperty(navigator, 'onLine', {
			get: () => !(window as unknown as { testOffline?: boolean }).testOffline
		})
	);
	const pageData = pageDataRequests(page);
	await page.goto('/');
	await expect(page.getByRole('searchbox', { name: /Search cities/ })).toBeEditable();
	await page.evaluate(() => ((window as unknown as { testOffline: boolean }).testOffline = true));
	await page.getByRole('searchbox', { name: /Search cities/ }).fill('ICLEI European');
	await expect(page).toHaveURL(/q=ICLEI/);
	// No request for the server's rows, which offline could only fail ("Failed to fetch", a reload).
	expect(pageData).toEqual([]);
	release();
	await expect(results(page).first()).toHaveText(/ICLEI European Secretariat/);
	check();
});

test('filters combine with the search, show counts, and become removable chips', async ({
	page
}) => {
	const check = watchConsole(page);
	const serverAsked = pageDataRequests(page);
	await page.goto('/?q=lund');
	await allRecords(page);
	const partners = page.getByRole('checkbox', { name: /^Partners/ });
	const count = Number(await partners.locator('xpath=..').locator('.count').textContent());
	expect(count).toBeGreaterThan(0);
	await partners.check();
	await expect(page).toHaveURL(/kind=partner/);
	await expect(page.getByRole('status').filter({ hasText: /result|record/ })).toContainText(
		`${count} result`
	);
	await expect(results(page)).toHaveCount(count);
	// Values that would give nothing are disabled, not hidden.
	await expect(page.getByRole('checkbox', { name: /^Projects/ })).toBeDisabled();
	const chip = page
		.getByRole('list', { name: 'Active filters' })
		.getByRole('link', { name: /Show: Partners/ });
	await expect(chip).toBeVisible();
	await chip.click();
	await expect(page).not.toHaveURL(/kind=/);
	await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
	expect(serverAsked).toEqual([]);
	check();
});

test('a filter ticked and a search typed while the page is still loading are kept', async ({
	page
}) => {
	const check = watchConsole(page);
	// The app's code is held back, as on a slow phone, while the visitor uses the server's form.
	const release = await holdAppCode(page);
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	await page.getByRole('checkbox', { name: /^Sweden/ }).check();
	await page.getByRole('searchbox', { name: /Search cities/ }).fill('lund');
	release();
	await expect(page).toHaveURL(/country=SE/);
	await expect(page).toHaveURL(/q=lund/);
	await expect(page.getByRole('checkbox', { name: /^Sweden/ })).toBeChecked();
	await expect(page.getByRole('searchbox', { name: /Search cities/ })).toHaveValue('lund');
	await expect(results(page).first()).toHaveText('Lund');
	check();
});

test('on a phone the results do not move when the page goes live and folds the filters', async ({
	page
}) => {
	const check = watchConsole(page);
	await page.setViewportSize({ width: 390, height: 844 });
	const release = await holdAppCode(page);
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	const sweden = page.getByRole('checkbox', { name: /^Sweden/ });
	const status = page.getByRole('status').filter({ hasText: /records/ });
	// Before the app's code runs the filters already look folded, so the results are where they stay.
	await expect(sweden).toBeHidden();
	const before = (await status.boundingBox())!.y;
	release();
	await allRecords(page);
	await expect(sweden).toBeHidden();
	expect((await status.boundingBox())!.y).toBe(before);
	// One tap opens them.
	await page.locator('.filter-box > summary').click();
	await expect(sweden).toBeVisible();
	check();
});

test('on a phone a tap on the folded filters before the page is live opens them', async ({
	page
}) => {
	await page.setViewportSize({ width: 390, height: 844 });
	const release = await holdAppCode(page);
	await page.goto('/', { waitUntil: 'domcontentloaded' });
	await page.locator('.filter-box > summary').click();
	release();
	await allRecords(page);
	await expect(page.getByRole('checkbox', { name: /^Sweden/ })).toBeVisible();
});

test('on a phone without JavaScript the filters stay open', async ({ browser }) => {
	const context = await browser.newContext({
		javaScriptEnabled: false,
		viewport: { width: 390, height: 844 }
	});
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('checkbox', { name: /^Sweden/ })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Apply filters' })).toBeVisible();
	await context.close();
});

test('one tap on a country shows everything in it, and "Clear all" resets', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('checkbox', { name: /^Sweden/ }).check();
	await expect(page).toHaveURL(/country=SE/);
	for (const heading of [/Cities/, /Pilots/, /Projects/, /Partners/]) {
		await expect(page.locator('.result-list h3').filter({ hasText: heading })).toHaveCount(1);
	}
	await page.getByRole('link', { name: 'Clear all filters' }).click();
	await expect(page).not.toHaveURL(/country=/);
});

test('two quick clicks on filters both reach the URL (each builds on the last, not on the old URL)', async ({
	page
}) => {
	const check = watchConsole(page);
	await page.goto('/');
	// Hydrated: the no-JavaScript Apply button is gone.
	await expect(page.getByRole('button', { name: 'Apply filters' })).toHaveCount(0);
	const pilots = page.getByRole('checkbox', { name: /^Pilots/ });
	const sweden = page.getByRole('checkbox', { name: /^Sweden/ });
	// Both clicks in one task: the second lands before the first navigation has finished.
	const [a, b] = [await pilots.elementHandle(), await sweden.elementHandle()];
	await page.evaluate(
		([x, y]) => {
			(x as HTMLInputElement).click();
			(y as HTMLInputElement).click();
		},
		[a, b]
	);
	await expect(page).toHaveURL(/[?&]kind=pilot(&|$)/);
	await expect(page).toHaveURL(/[?&]country=SE(&|$)/);
	await expect(pilots).toBeChecked();
	await expect(sweden).toBeChecked();
	await expect(
		page
			.getByRole('list', { name: 'Active filters' })
			.getByRole('link', { name: /^(Show|Country):/ })
	).toHaveCount(2);
	check();
});

test('the URL restores state on reload and back/forward', async ({ page }) => {
	await page.goto('/?q=malmo&country=SE');
	await expect(page.getByRole('searchbox', { name: /Search cities/ })).toHaveValue('malmo');
	await expect(page.getByRole('checkbox', { name: /^Sweden/ })).toBeChecked();
	await expect(results(page).first()).toHaveText('Malmö');
	await page.getByRole('checkbox', { name: /^Pilots/ }).check();
	await expect(page).toHaveURL(/kind=pilot/);
	await page.goBack();
	await expect(page).not.toHaveURL(/kind=pilot/);
	await expect(page.getByRole('checkbox', { name: /^Pilots/ })).not.toBeChecked();
	await page.goForward();
	await expect(page.getByRole('checkbox', { name: /^Pilots/ })).toBeChecked();
	await page.reload();
	await expect(page.getByRole('checkbox', { name: /^Pilots/ })).toBeChecked();
	await expect(page.getByRole('searchbox', { name: /Search cities/ })).toHaveValue('malmo');
});

test('junk URL parameters are ignored, never an error', async ({ page }) => {
	const check = watchConsole(page);
	const response = await page.goto(
		'/?kind=%3Cscript%3E&country=XX!&cohort=9&view=nope&sel=%27%22&q=' + 'a'.repeat(500)
	);
	expect(response?.status()).toBe(200);
	await expect(page.getByRole('searchbox', { name: /Search cities/ })).toHaveValue('a'.repeat(200));
	await expect(page.getByText(/Nothing matches/)).toBeVisible();
	check();
});

test('keyboard only: type, arrow into the results, Escape back, Enter opens', async ({ page }) => {
	await page.goto('/');
	const box = page.getByRole('searchbox', { name: /Search cities/ });
	await box.focus();
	await page.keyboard.type('gothenburg');
	await expect(results(page).first()).toHaveText('Gothenburg');
	await page.keyboard.press('ArrowDown');
	await expect(results(page).first()).toBeFocused();
	await page.keyboard.press('ArrowDown');
	await expect(results(page).nth(1)).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(box).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(box).toHaveValue('');
	await page.keyboard.type('malmo');
	await expect(results(page).first()).toHaveText('Malmö');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/cities\/malmo$/);
});

test('a result opened while its query is still being typed stays open', async ({ page }) => {
	await page.goto('/');
	// Every record is here: typing makes a draft, and the list shows its results at once.
	await allRecords(page);
	// A slow record page: the explorer's pending commit comes due while it loads.
	await page.route(/\/cities\/malmo\/__data\.json/, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	const box = page.getByRole('searchbox', { name: /Search cities/ });
	await box.focus();
	await page.keyboard.type('malmo');
	await page.keyboard.press('ArrowDown');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('heading', { level: 1, name: 'Malmö' })).toBeVisible();
	await expect(page).toHaveURL(/\/cities\/malmo$/);
});

/**
 * Types "malmo" and opens Malmö's result as soon as it is shown, well within the debounce whatever the
 * machine; with `submit`, Enter first puts the query on its way to the URL, and the result is opened
 * before it gets there (that navigation runs no beforeNavigate). Back then brings the query back.
 */
async function openWhileTyping(page: Page, submit: boolean) {
	await page.goto('/');
	await allRecords(page);
	// The record page is slow, so the explorer's commit would come due while it loads.
	await page.route(/\/cities\/malmo\/__data\.json/, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 1500));
		await route.continue();
	});
	await page.evaluate(async (submit) => {
		const box = document.getElementById('search-q') as HTMLInputElement;
		box.focus();
		box.value = 'malmo';
		box.dispatchEvent(new Event('input', { bubbles: true }));
		// The list shows the key's results once the key is painted: the result is there a frame later.
		const result = '.result-list a.result-link[href="/cities/malmo"]';
		while (!document.querySelector(result)) await new Promise(requestAnimationFrame);
		if (submit) box.form!.requestSubmit();
		const link = document.querySelector<HTMLAnchorElement>(result)!;
		link.focus();
		link.click();
	}, submit);
	await expect(page.getByRole('heading', { level: 1, name: 'Malmö' })).toBeVisible();
	await page.goBack();
	// The query the URL never had comes back, with the result that was opened focused.
	await expect(page).toHaveURL(/\/\?q=malmo$/);
	await expect(page.getByRole('searchbox', { name: /Search cities/ })).toHaveValue('malmo');
	await expect(page.locator('.result-list a.result-link[href="/cities/malmo"]')).toBeFocused();
}

test('Back after opening a result while its query was still being typed brings the query back', async ({
	page
}) => openWhileTyping(page, false));

test('Back after opening a result while its query was on its way to the URL brings the query back', async ({
	page
}) => openWhileTyping(page, true));

test('Back from a search goes to the explorer before it, and stays there', async ({ page }) => {
	await page.goto('/');
	await allRecords(page);
	await page.getByRole('searchbox', { name: /Search cities/ }).fill('lund');
	await expect(page).toHaveURL(/\/\?q=lund$/);
	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('searchbox', { name: /Search cities/ })).toHaveValue('');
	// Nothing brings the search back a moment later.
	await page.waitForTimeout(1000);
	await expect(page).toHaveURL(/\/$/);
});

test('no results: say so and offer the closest names', async ({ page }) => {
	await page.goto('/?q=helsinkiz%20zzyzx');
	await expect(page.getByText(/Nothing matches “helsinkiz zzyzx”/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Helsinki', exact: true })).toBeVisible();
});

test('the list view is a sortable table', async ({ page }) => {
	await page.goto('/?country=SE&view=list');
	const table = page.getByRole('table');
	await expect(table).toBeVisible();
	await table.getByRole('link', { name: /^Country/ }).click();
	await expect(page).toHaveURL(/sort=country/);
	await expect(table.getByRole('columnheader', { name: /Country/ })).toHaveAttribute(
		'aria-sort',
		'ascending'
	);
	await table.getByRole('link', { name: /^Name/ }).click();
	await expect(page).toHaveURL(/sort=name/);
	const names = await table.locator('tbody th').allTextContents();
	expect(names.length).toBeGreaterThan(5);
	expect([...names].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }))).toEqual(
		names
	);
});

test('axe finds no violations: first state, after a search, with a filter', async ({ page }) => {
	test.slow();
	await page.goto('/');
	await expectNoAxeViolations(page);
	await page.getByRole('searchbox', { name: /Search cities/ }).fill('energy');
	await expect(page).toHaveURL(/q=energy/);
	await expectNoAxeViolations(page);
	await page.getByRole('checkbox', { name: /^Germany/ }).check();
	await expect(page).toHaveURL(/country=DE/);
	await expectNoAxeViolations(page);
	await page.goto('/?view=list&q=lund');
	await expectNoAxeViolations(page);
});
