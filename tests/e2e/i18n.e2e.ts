// The UI in 24 languages: /{lang}/ pages, the header's switcher, the hreflang links, the first-visit
// offer, the kiosk's picker and its return to its own language, search by a country's name in French,
// and links that stay in the page's language.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { blockExternal, countIntl, decodeQr } from './helpers';
import { freezeClock, hydrated } from './kiosk-helpers';

const LOCALES = ['bg', 'cs', 'da', 'de', 'el', 'es', 'et', 'fi', 'fr', 'ga', 'hr', 'hu', 'it'];
const LOCALES_2 = ['lt', 'lv', 'mt', 'nl', 'pl', 'pt', 'ro', 'sk', 'sl', 'sv'];
const texts = (locale: string) =>
	new Set(
		Object.values(JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as object).filter(
			(v): v is string => typeof v === 'string'
		)
	);
const navTexts = (page: Page) => page.locator('nav[aria-label] a').allInnerTexts();

test.beforeEach(async ({ page }) => blockExternal(page));

test.describe('server-rendered', () => {
	// The HTML is what is checked here: without scripts, 24 loads take seconds, not minutes.
	test.use({ javaScriptEnabled: false });

	test('each of the 23 other languages answers at /{lang}/ in that language, navigation included', async ({
		page
	}) => {
		test.setTimeout(180_000);
		await page.goto('/');
		const english = (await navTexts(page)).map((t) => t.trim());
		for (const locale of [...LOCALES, ...LOCALES_2]) {
			const response = await page.goto(`/${locale}/`);
			expect(response?.status(), locale).toBe(200);
			await expect(page.locator('html')).toHaveAttribute('lang', locale);
			const own = texts(locale);
			// A label may read as in English only where the language's own message says so ("Synergies").
			const nav = (await navTexts(page)).map((t) => t.trim());
			const english_left = nav.filter((t, i) => t === english[i] && !own.has(t));
			expect(english_left, `${locale}: English navigation text`).toEqual([]);
		}
	});
});

test('dates are written from a table the server sends: the browser builds no Intl.DateTimeFormat', async ({
	page
}) => {
	// A browser's first DateTimeFormat loads its date data: 0.2 s of hydration at 4x CPU.
	const made = await countIntl(page, 'DateTimeFormat');
	for (const path of ['/fr/overview', '/cities/malmo']) {
		// Every script loaded and run, so the page has hydrated and written its dates.
		await page.goto(path, { waitUntil: 'networkidle' });
		await expect(page.locator('footer strong').first()).toHaveText(/2026/);
		await expect(page.locator('body')).toContainText(path.startsWith('/fr') ? 'déc.' : 'Dec');
		expect(await made(), path).toBe(0);
	}
});

test('country names come from a table the server sends: the browser builds no Intl.DisplayNames', async ({
	page
}) => {
	// A browser's first DisplayNames loads its region data: 0.2 s at 4x CPU, on every page with a map.
	const made = await countIntl(page, 'DisplayNames');
	for (const path of ['/fr/cities/malmo', '/de/']) {
		await page.goto(path);
		// The basemap is drawn with its country names (they are written on its canvas).
		await expect(page.locator('[data-basemap]')).toHaveCount(1);
		await expect
			.poll(() =>
				page.evaluate(
					() =>
						(window as unknown as { __mapStats?: { labels?: { countries: string[] } } }).__mapStats
							?.labels?.countries.length ?? 0
				)
			)
			.toBeGreaterThan(0);
		expect(await made(), path).toBe(0);
	}
});

test('the country filter lists countries by their names in the page language', async ({ page }) => {
	await page.goto('/fr/');
	const names = (
		await page.getByRole('group', { name: 'Pays' }).locator('label .name').allTextContents()
	).map((t) => t.trim());
	expect(names.length).toBeGreaterThan(20);
	expect(names).toContain('Allemagne');
	expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
});

test('the head names the page in every language, its canonical address and og:locale', async ({
	page
}) => {
	await page.goto('/fr/cities/malmo?x=1');
	const alternates = page.locator('link[rel=alternate][hreflang]');
	await expect(alternates).toHaveCount(25);
	const origin = new URL(page.url()).origin;
	await expect(page.locator('link[hreflang=de]')).toHaveAttribute(
		'href',
		`${origin}/de/cities/malmo?x=1`
	);
	await expect(page.locator('link[hreflang=x-default]')).toHaveAttribute(
		'href',
		`${origin}/cities/malmo?x=1`
	);
	await expect(page.locator('link[rel=canonical]')).toHaveAttribute(
		'href',
		`${origin}/fr/cities/malmo?x=1`
	);
	await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'fr_FR');
});

test('the switcher keeps the page and its filters, and the new page is all in that language', async ({
	page
}) => {
	await page.goto('/?country=DE&theme=energy');
	const switcher = page.locator('details.switcher');
	await switcher.locator('summary').click();
	const french = switcher.getByRole('link', { name: 'Français' });
	await expect(french).toHaveAttribute('lang', 'fr');
	await expect(french).toHaveAttribute('hreflang', 'fr');
	await french.click();
	await expect(page).toHaveURL(/\/fr\/?\?country=DE&theme=energy$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('checkbox', { name: /Allemagne/ })).toBeChecked();
	await expect(page.getByRole('checkbox', { name: /Énergie/ })).toBeChecked();
	// And back to English from a record page.
	await page.goto('/fr/cities/malmo');
	await page.locator('details.switcher summary').click();
	await page.locator('details.switcher').getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/cities\/malmo$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('/fr/cities/malmo works: French, its names, and the switcher is plain links', async ({
		page
	}) => {
		const response = await page.goto('/fr/cities/malmo');
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Malmö');
		await expect(page.getByText('Suède').first()).toBeVisible();
		await page.locator('details.switcher summary').click();
		await expect(
			page.locator('details.switcher').getByRole('link', { name: 'Deutsch' })
		).toHaveAttribute('href', '/de/cities/malmo');
	});

	test('searching "Allemagne" on /fr/ finds German records', async ({ page }) => {
		await page.goto('/fr/');
		await page.locator('input[name=q]').fill('Allemagne');
		await page.locator('input[name=q]').press('Enter');
		await expect(page).toHaveURL(/\/fr\/?\?q=Allemagne/);
		const german = new Set(
			(JSON.parse(readFileSync('data/cities.json', 'utf8')) as { id: string; country: string }[])
				.filter((c) => c.country === 'DE')
				.map((c) => `/fr/cities/${c.id}`)
		);
		const cities = await page
			.locator('.result-list a.result-link[href^="/fr/cities/"]')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		expect(cities.length).toBeGreaterThan(5);
		expect(cities.filter((href) => !german.has(href))).toEqual([]);
		await expect(page.locator('a[href="/fr/cities/aachen"]').first()).toBeVisible();
	});

	test('every internal link on a French page stays in French', async ({ page }) => {
		for (const path of [
			'/fr/',
			'/fr/cities/malmo',
			'/fr/projects/netzerocities',
			'/fr/pilots/c1-leuven',
			'/fr/overview',
			'/fr/synergies',
			'/fr/about'
		]) {
			await page.goto(path);
			const hrefs = await page
				.locator('a[href^="/"]:not([hreflang])')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			expect(hrefs.length, path).toBeGreaterThan(5);
			const english = hrefs.filter(
				(h) => !h.startsWith('//') && !h.startsWith('/api/') && !/^\/fr(\/|$|\?)/.test(h)
			);
			expect(english, path).toEqual([]);
		}
	});
});

test.describe('first visit to the start page', () => {
	test.use({ locale: 'de-DE' });

	test("offers the browser's language once, in that language, as a link; no redirect", async ({
		page
	}) => {
		await page.goto('/');
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const offer = page.getByTestId('language-offer');
		await expect(offer.getByRole('link', { name: 'Auf Deutsch ansehen?' })).toHaveAttribute(
			'href',
			'/de/'
		);
		await expect(offer).toHaveAttribute('lang', 'de');
		await offer.getByRole('button', { name: 'Nein, danke' }).click();
		await expect(offer).toHaveCount(0);
		await page.reload();
		await expect(page.locator('h1')).toBeVisible();
		await page.waitForTimeout(500);
		await expect(page.getByTestId('language-offer')).toHaveCount(0);
	});
});

test.describe('kiosk', () => {
	test.use({ hasTouch: true, viewport: { width: 1080, height: 1920 } });

	test("the picker switches the language; the idle reset brings back the kiosk's own", async ({
		page
	}) => {
		await freezeClock(page);
		await page.goto('/kiosk?idle=3&attract=0');
		await hydrated(page);
		const picker = page.getByTestId('kiosk-languages');
		await picker.locator('summary').tap();
		await picker.getByRole('link', { name: 'Deutsch' }).tap();
		await expect(page).toHaveURL(/\/de\/kiosk\?idle=3&attract=0$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await hydrated(page);
		await expect(page.getByTestId('kiosk-languages').locator('summary')).toContainText('Deutsch');
		// Nobody touches the screen: the countdown, then the kiosk's own language (English) again.
		await page.clock.runFor(2_100);
		await expect(page.getByRole('alertdialog')).toBeVisible();
		await page.clock.runFor(1_500);
		await expect(page).toHaveURL(/\/kiosk\?idle=3&attract=0$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	});

	test("the lang parameter sets the kiosk's own language, and QR codes point to pages in it", async ({
		page
	}) => {
		await freezeClock(page);
		await page.goto('/kiosk?idle=3&attract=0&lang=de');
		await hydrated(page);
		await page.clock.runFor(2_100);
		await page.clock.runFor(1_500);
		await expect(page).toHaveURL(/\/de\/kiosk\?idle=3&attract=0&lang=de$/);
		await expect(page.locator('html')).toHaveAttribute('lang', 'de');
		await page.goto('/de/kiosk?idle=600&attract=0&lang=de&sel=city:malmo');
		await hydrated(page);
		const qr = await decodeQr(page, 'article figure.qr img');
		expect(qr).toMatch(/\/de\/cities\/malmo$/);
	});
});
