// Kiosk mode on touch screens: /kiosk at 1920x1080 and 1080x1920 with touch emulation.
import { test, expect, type Page } from '@playwright/test';
import {
	blockExternal,
	countIntl,
	decodeQr,
	expectAxeClean,
	freezeClock,
	hydrated,
	results,
	searchBox,
	tap,
	watchConsole
} from './kiosk-helpers';

test.use({ hasTouch: true, isMobile: false, viewport: { width: 1920, height: 1080 } });

test.beforeEach(async ({ page }) => {
	await blockExternal(page);
});

for (const viewport of [
	{ width: 1920, height: 1080 },
	{ width: 1080, height: 1920 }
]) {
	test(`every control is at least 48x48 px at ${viewport.width}x${viewport.height}`, async ({
		page
	}) => {
		const { check } = watchConsole(page);
		await page.setViewportSize(viewport);
		await page.goto('/kiosk?idle=600&attract=0&q=malm&sel=city:malmo');
		await hydrated(page);
		await tap(page, 'Keyboard');
		await expect(page.getByRole('group', { name: 'On-screen keyboard' })).toBeVisible();
		const small = await page.evaluate(() => {
			const map = document.querySelector('[aria-label="Map of the results"]');
			const out: string[] = [];
			for (const el of document.querySelectorAll<HTMLElement>(
				'button, a[href], input, select, textarea, [role="button"], [tabindex]'
			)) {
				if (map?.contains(el)) continue; // the map module owns its own controls
				const box = el.getBoundingClientRect();
				if (box.width === 0 && box.height === 0) continue; // not rendered
				if (el.closest('.visually-hidden')) continue;
				if (box.width < 48 || box.height < 48)
					out.push(
						`${el.tagName} "${el.textContent?.trim() || el.getAttribute('aria-label')}" ${Math.round(box.width)}x${Math.round(box.height)}`
					);
			}
			return out;
		});
		expect(small).toEqual([]);
		// Body text readable from two metres: at least ~24 px.
		const body = await page
			.locator('.results .meta')
			.first()
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(body).toBeGreaterThanOrEqual(23);
		check();
	});
}

test('no viewport lock in the meta; the shell blocks page pinch, text selection and the context menu', async ({
	page
}) => {
	const { check } = watchConsole(page);
	await page.goto('/kiosk?idle=600&attract=0');
	await hydrated(page);
	const viewports = await page
		.locator('meta[name="viewport"]')
		.evaluateAll((m) => m.map((x) => x.getAttribute('content')));
	expect(viewports.at(-1)).not.toMatch(/user-scalable|maximum-scale|minimum-scale/);
	// Not indexed, but described (Lighthouse's SEO check, and a link shared from the kiosk's address).
	await expect(page.locator('meta[name="description"]')).toHaveAttribute(
		'content',
		'Mission Cities, Pilot Cities, their projects and partners, on one map'
	);
	const shell = await page.locator('.kiosk-shell').evaluate((el) => {
		const s = getComputedStyle(el);
		return { select: s.userSelect, touch: s.touchAction };
	});
	expect(shell).toEqual({ select: 'none', touch: 'pan-x pan-y' });
	const prevented = await page
		.locator('.results')
		.evaluate(
			(el) => !el.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true }))
		);
	expect(prevented).toBe(true);
	check();
});

test('the on-screen keyboard types a search, accents included, and results update', async ({
	page
}) => {
	const { check } = watchConsole(page);
	await page.goto('/kiosk?idle=600&attract=0');
	await hydrated(page);
	await searchBox(page).tap();
	const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
	await expect(keyboard).toBeVisible();
	for (const key of ['m', 'a', 'l', 'm'])
		await keyboard.getByRole('button', { name: key, exact: true }).tap();
	await keyboard.getByRole('button', { name: /accented letters/ }).tap();
	await keyboard.getByRole('button', { name: 'ö', exact: true }).tap();
	await expect(searchBox(page)).toHaveValue('malmö');
	await expect(page).toHaveURL(/[?&]q=malm%C3%B6(&|$)/);
	await expect(results(page).first()).toContainText('Malmö');
	await keyboard.getByRole('button', { name: 'Clear' }).tap();
	await expect(searchBox(page)).toHaveValue('');
	await expect(page).not.toHaveURL(/[?&]q=/);
	// Without the accent: the search folds accents.
	await keyboard.getByRole('button', { name: /accented letters/ }).tap();
	for (const key of ['m', 'a', 'l', 'm', 'o'])
		await keyboard.getByRole('button', { name: key, exact: true }).tap();
	await expect(results(page).first()).toContainText('Malmö');
	await keyboard.getByRole('button', { name: 'Backspace' }).tap();
	await expect(searchBox(page)).toHaveValue('malm');
	await expect(page).toHaveURL(/[?&]q=malm(&|$)/);
	check();
});

test('chips filter, a result opens its card, and all of it is in the URL', async ({ page }) => {
	const { check } = watchConsole(page);
	await page.goto('/kiosk?idle=600&attract=0');
	await hydrated(page);
	await page.getByRole('button', { name: /^Projects \d+$/ }).tap();
	await expect(page).toHaveURL(/[?&]kind=project/);
	await tap(page, 'Country');
	await page.getByRole('button', { name: /^Sweden \d+$/ }).tap();
	await expect(page).toHaveURL(/[?&]country=SE/);
	await results(page).first().tap();
	await expect(page).toHaveURL(/[?&]sel=project%3A/);
	await expect(page.getByRole('article')).toBeVisible();
	await tap(page, 'Close');
	await expect(page.getByRole('article')).toHaveCount(0);
	check();
});

test('two quick taps on chips both reach the URL (each builds on the last, not on the old URL)', async ({
	page
}) => {
	const { check } = watchConsole(page);
	await page.goto('/kiosk?idle=600&attract=0');
	await hydrated(page);
	const projects = page.getByRole('button', { name: /^Projects \d+$/ });
	const pilots = page.getByRole('button', { name: /^Pilots \d+$/ });
	// Both taps in one task: the second lands before the first navigation has finished.
	const [a, b] = [await projects.elementHandle(), await pilots.elementHandle()];
	await page.evaluate(
		([x, y]) => {
			(x as HTMLButtonElement).click();
			(y as HTMLButtonElement).click();
		},
		[a, b]
	);
	await expect(page).toHaveURL(/[?&]kind=pilot,project(&|$)/);
	await expect(projects).toHaveAttribute('aria-pressed', 'true');
	await expect(pilots).toHaveAttribute('aria-pressed', 'true');
	check();
});

test('the start view lists cities first, not an alphabetical run of organisations', async ({
	page
}) => {
	await page.goto('/kiosk?idle=600&attract=0');
	await hydrated(page);
	const texts = await results(page).allTextContents();
	expect(texts.length).toBeGreaterThan(5);
	expect(texts[0]).toMatch(/City/);
	expect(texts.findIndex((t) => /Partner/.test(t))).toBe(-1);
});

test('the browser sorts nothing by name: the server sends the name order and the filter values in order', async ({
	page
}) => {
	// A browser's first collation loads its locale data: that cost the first view a long task.
	await page.addInitScript(() => {
		const counts = { collators: 0, localeCompares: 0 };
		(window as unknown as { __collation: typeof counts }).__collation = counts;
		const Collator = Intl.Collator;
		Intl.Collator = new Proxy(Collator, {
			construct(target, args) {
				counts.collators++;
				return Reflect.construct(target, args);
			},
			apply(target, self, args) {
				counts.collators++;
				return Reflect.apply(target, self, args);
			}
		});
		const localeCompare = String.prototype.localeCompare;
		String.prototype.localeCompare = function (this: string, ...args) {
			counts.localeCompares++;
			return localeCompare.apply(this, args as Parameters<typeof localeCompare>);
		};
	});
	const names = await countIntl(page, 'DisplayNames');
	await page.goto('/kiosk?idle=600&attract=0');
	await hydrated(page);
	await searchBox(page).tap();
	// The keyboard is open: the countries' names in every language are built before the first letter.
	await expect.poll(names, { timeout: 30_000 }).toBeGreaterThanOrEqual(24);
	const built = await names();
	const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
	for (const key of ['l', 'u', 'n', 'd'])
		await keyboard.getByRole('button', { name: key, exact: true }).tap();
	await expect(results(page).first()).toContainText('Lund');
	expect(await names()).toBe(built);
	expect(
		await page.evaluate(
			() => (window as unknown as { __collation: { collators: number } }).__collation
		)
	).toEqual({ collators: 0, localeCompares: 0 });
});

test('searches and taps parse the records once: a navigation does not read them again', async ({
	page
}) => {
	// Each navigation gives the page a new `data`: the records (half a megabyte of JSON) were parsed, and
	// their search index built, again on every commit of a search.
	await page.addInitScript(() => {
		const w = window as unknown as { __bigParses: number };
		w.__bigParses = 0;
		const parse = JSON.parse;
		JSON.parse = function (text: string, reviver?: Parameters<typeof parse>[1]) {
			if (typeof text === 'string' && text.length > 100_000) w.__bigParses++;
			return parse(text, reviver);
		};
	});
	const bigParses = () =>
		page.evaluate(() => (window as unknown as { __bigParses: number }).__bigParses);
	await page.goto('/kiosk?idle=600&attract=0');
	await hydrated(page);
	expect(await bigParses()).toBe(1);
	await page.getByRole('button', { name: /^Projects \d+$/ }).tap();
	await expect(page).toHaveURL(/kind=project/);
	await searchBox(page).tap();
	const keyboard = page.getByRole('group', { name: 'On-screen keyboard' });
	for (const key of ['u', 'p'])
		await keyboard.getByRole('button', { name: key, exact: true }).tap();
	await expect(page).toHaveURL(/q=up/);
	await expect(results(page).first()).toBeVisible();
	expect(await bigParses()).toBe(1);
});

test('the cards’ details follow the first paint: not in the HTML, fetched once in the page’s language', async ({
	page,
	request
}) => {
	const html = await (await request.get('/de/kiosk?idle=600&attract=0')).text();
	expect(html).not.toContain('learnFrom');
	const asked: string[] = [];
	page.on('request', (r) => {
		if (new URL(r.url()).pathname.endsWith('/kiosk/details')) asked.push(new URL(r.url()).pathname);
	});
	await page.goto('/de/kiosk?idle=600&attract=0&sel=city:aachen');
	await hydrated(page);
	// German reasons: the details are in the page's language.
	await expect(page.getByRole('article').getByRole('listitem').first()).toBeVisible();
	await expect.poll(() => asked).toEqual(['/de/kiosk/details']);
	const details = (await (await request.get('/de/kiosk/details')).json()) as Record<
		string,
		{ learnFrom?: { reason: string }[] }
	>;
	const english = (await (await request.get('/kiosk/details')).json()) as typeof details;
	expect(details['city:aachen'].learnFrom?.length).toBe(3);
	expect(details['city:aachen'].learnFrom![0].reason).not.toBe(
		english['city:aachen'].learnFrom![0].reason
	);
});

// The idle timer runs on the page's clock, which the test moves on: busy test machines cannot make
// these tests flaky, and no test waits for real seconds.
test('after the idle time a countdown appears; Continue keeps the state, then it resets to the start', async ({
	page
}) => {
	const { check } = watchConsole(page);
	await freezeClock(page);
	await page.goto('/kiosk?idle=3&attract=0&q=a&kind=mission-city&sel=city:aachen');
	await hydrated(page);
	await expect(page.getByRole('article')).toBeVisible();
	const dialog = page.getByRole('alertdialog', { name: 'Still there?' });
	await page.clock.runFor(1_500);
	await expect(dialog).toHaveCount(0);
	await page.clock.runFor(600);
	await expect(dialog).toBeVisible();
	await expect(dialog).toContainText('starts over in 1 second');
	await dialog.getByRole('button', { name: 'Continue' }).tap();
	await expect(dialog).toBeHidden();
	await page.clock.runFor(1_500);
	await expect(page).toHaveURL(/q=a&kind=mission-city&sel=city(%3A|:)aachen/);
	await page.locator('.sheet').evaluate((el) => el.scrollTo(0, 400));
	await page.clock.runFor(600);
	await expect(dialog).toBeVisible();
	await page.clock.runFor(1_100);
	await expect(page).toHaveURL(/\/kiosk\?idle=3&attract=0$/);
	await expect(dialog).toBeHidden();
	await expect(page.getByRole('article')).toHaveCount(0);
	await expect(searchBox(page)).toHaveValue('');
	await expect(page.getByRole('button', { name: /^Mission Cities \d+$/ })).toHaveAttribute(
		'aria-pressed',
		'false'
	);
	expect(await page.locator('.sheet').evaluate((el) => el.scrollTop)).toBe(0);
	check();
});

test('the attract loop starts when idle at the start, moves on, and the first touch stops it', async ({
	page
}) => {
	const { check } = watchConsole(page);
	await freezeClock(page);
	await page.goto('/kiosk?idle=2');
	await hydrated(page);
	const attract = page.getByTestId('attract');
	await expect(attract).toHaveCount(0);
	await page.clock.runFor(2_100);
	await expect(attract).toBeVisible();
	await expect(attract.locator('.heading')).toHaveText('Mission City');
	const first = await attract.getByRole('heading').textContent();
	await page.clock.runFor(8_000);
	await expect(attract.locator('.heading')).toHaveText('Pilot');
	await expect(attract.getByRole('heading')).not.toHaveText(first ?? '');
	// The first touch lands on the attract layer, not on a control underneath.
	await page.touchscreen.tap(1500, 600);
	await expect(attract).toBeHidden();
	await expect(page).toHaveURL(/\/kiosk\?idle=2$/);
	await expect(page.getByRole('article')).toHaveCount(0);
	check();
});

test('with reduced motion the attract cards change half as often', async ({ page }) => {
	const { check } = watchConsole(page);
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await freezeClock(page);
	await page.goto('/kiosk?idle=2');
	await hydrated(page);
	const attract = page.getByTestId('attract');
	await page.clock.runFor(2_100);
	await expect(attract.locator('.heading')).toHaveText('Mission City');
	await page.clock.runFor(8_000);
	await expect(attract.locator('.heading')).toHaveText('Mission City');
	await page.clock.runFor(8_000);
	await expect(attract.locator('.heading')).toHaveText('Pilot');
	check();
});

test('QR codes decode to the public page of the record and of the search', async ({
	page,
	baseURL
}) => {
	const { check } = watchConsole(page);
	await page.goto('/kiosk?idle=600&attract=0&q=malm&country=SE&sel=city:malmo');
	await hydrated(page);
	expect(await decodeQr(page, 'img[alt^="QR code: Take it with you"]')).toBe(
		`${baseURL}/cities/malmo`
	);
	expect(await decodeQr(page, 'img[alt^="QR code: Take this search"]')).toBe(
		`${baseURL}/?q=malm&country=SE`
	);
	check();
});

test('external links become QR codes, never links that open a tab', async ({ page }) => {
	const { check } = watchConsole(page);
	await page.goto('/kiosk?idle=600&attract=0&sel=project:netzerocities');
	await hydrated(page);
	const scan = page.getByRole('region', { name: 'Scan to open' });
	await expect(scan).toBeVisible();
	const urls = await scan
		.locator('img')
		.evaluateAll((imgs) => imgs.map((i) => i.getAttribute('data-url')));
	expect(urls.length).toBeGreaterThan(0);
	for (const url of urls) expect(url).toMatch(/^https?:\/\/(?!127\.0\.0\.1)/);
	expect(await decodeQr(page, '[aria-labelledby="kiosk-scan-title"] img')).toBe(urls[0]);
	const outside = await page
		.locator('a[href]')
		.evaluateAll((as) =>
			as
				.map((a) => ({ href: (a as HTMLAnchorElement).href, target: a.getAttribute('target') }))
				.filter((a) => a.target === '_blank' || !a.href.startsWith(location.origin))
		);
	expect(outside).toEqual([]);
	check();
});

test('an injected error recovers to the start state', async ({ page }) => {
	test.setTimeout(120_000);
	const { errors } = watchConsole(page);
	for (const mode of ['throw', 'reject', 'render'] as const) {
		await page.goto('/kiosk?idle=600&attract=0&q=malm&sel=city:malmo');
		await hydrated(page);
		await expect(page.getByRole('article')).toBeVisible();
		await page.evaluate((m) => window.__kioskInjectError!(m), mode);
		await expect(page, mode).toHaveURL(/\/kiosk\?idle=600&attract=0$/, { timeout: 20_000 });
		await expect(page.getByRole('article')).toHaveCount(0);
		await expect(searchBox(page)).toHaveValue('');
		// And the screen works again.
		await page.getByRole('button', { name: /^Projects \d+$/ }).tap();
		await expect(page).toHaveURL(/kind=project/);
	}
	expect(errors.filter((e) => !/Injected kiosk/.test(e))).toEqual([]);
});

test('axe finds nothing at the start, with the keyboard, a card, and the countdown', async ({
	page
}) => {
	test.setTimeout(180_000); // three axe runs: slow on a busy machine
	const { check } = watchConsole(page);
	await page.goto('/kiosk?idle=600&attract=0');
	await hydrated(page);
	await expectAxeClean(page);
	await page.goto('/kiosk?idle=600&attract=0&q=malm&sel=city:malmo');
	await hydrated(page);
	await tap(page, 'Keyboard');
	await expect(page.getByRole('group', { name: 'On-screen keyboard' })).toBeVisible();
	await expectAxeClean(page);
	// The fake clock starts a week back: installed on a page whose map is still flying to Malmö, Leaflet's
	// flight (timed by Date.now) would run backwards into NaN. Off the kiosk first.
	await page.goto('about:blank');
	await freezeClock(page);
	await page.goto('/kiosk?idle=3&attract=0&q=malm');
	await hydrated(page);
	await page.clock.runFor(2_100);
	await expect(page.getByRole('alertdialog')).toBeVisible();
	// axe needs running timers: they run again, but the time the countdown reads stands still.
	await page.clock.setFixedTime(new Date('2026-11-30T10:00:03.200Z'));
	await page.clock.resume();
	await expectAxeClean(page);
	check();
});

test.describe('offline', () => {
	test.use({ serviceWorkers: 'allow' });

	test('the service worker is registered once the page is quiet, not while it is still busy', async ({
		page
	}) => {
		// Three seconds of back-to-back work from `load` on, as a slow PC drawing the map would have.
		await page.addInitScript(() => {
			const w = window as unknown as { __busyUntil: number; __registeredAt: number[] };
			w.__registeredAt = [];
			const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
			navigator.serviceWorker.register = (...args) => {
				w.__registeredAt.push(performance.now());
				return register(...args);
			};
			addEventListener('load', () => {
				w.__busyUntil = performance.now() + 3000;
				const burn = () => {
					const end = performance.now() + 12;
					while (performance.now() < end);
					if (end < w.__busyUntil) setTimeout(burn, 0);
				};
				burn();
			});
		});
		await page.goto('/about');
		await page.evaluate(() => navigator.serviceWorker.ready);
		const { busyUntil, registeredAt } = await page.evaluate(() => {
			const w = window as unknown as { __busyUntil: number; __registeredAt: number[] };
			return { busyUntil: w.__busyUntil, registeredAt: w.__registeredAt };
		});
		expect(registeredAt).toHaveLength(1);
		expect(registeredAt[0]).toBeGreaterThanOrEqual(busyUntil - 20);
	});

	test('after the first load the kiosk and the site reload with the network gone', async ({
		browser,
		baseURL
	}) => {
		test.setTimeout(120_000);
		const context = await browser.newContext({
			hasTouch: true,
			viewport: { width: 1920, height: 1080 },
			baseURL
		});
		const page = await context.newPage();
		const { check } = watchConsole(page);
		await page.goto('/kiosk?idle=600&attract=0');
		await hydrated(page);
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
		// The explorer is never opened online: the worker saved it, and the records it fetches after
		// its first paint, when it installed.
		await page.goto('/kiosk?idle=600&attract=0');
		await hydrated(page);
		await context.setOffline(true);
		await page.reload();
		await hydrated(page);
		await expect(searchBox(page)).toBeVisible();
		await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
		await page.getByRole('button', { name: /^Partners \d+$/ }).tap();
		await expect(page).toHaveURL(/kind=partner/);
		await expect(page.getByRole('heading', { name: /^305 results$/ })).toBeVisible();
		await page.goto('/kiosk?idle=600&attract=0&q=malm');
		await hydrated(page);
		await expect(results(page).first()).toContainText('Malmö');
		// A card's details, fetched after the first paint, come from the worker's copy.
		await page.goto('/kiosk?idle=600&attract=0&sel=city:aachen');
		await hydrated(page);
		await expect(
			page
				.getByRole('article')
				.getByRole('region', { name: 'Pilot Cities to learn from' })
				.getByRole('listitem')
		).toHaveCount(3);
		await page.goto('/');
		await expect(page.locator('body')).toContainText('Mission Cities');
		// A partner far down the list: found in the browser, from the saved records.
		await page.getByRole('searchbox', { name: /Search/ }).fill('ICLEI European');
		await expect(
			page.getByRole('link', { name: /ICLEI European Secretariat/ }).first()
		).toBeVisible();
		await expect(page).toHaveURL(/q=ICLEI/);
		await context.setOffline(false);
		await page.goto('/kiosk?idle=600&attract=0');
		await hydrated(page);
		await expect(page.getByRole('status').filter({ hasText: 'Offline' })).toHaveCount(0);
		check();
		await context.close();
	});
});

// The start view says what to do at once: a visitor walking up should not wait for the attract loop.
const invite = (page: Page) =>
	page.getByText('Touch to find your city, its partners and projects', { exact: true });
type Box = { x: number; y: number; width: number; height: number };
const overlaps = (a: Box, b: Box) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const viewport of [
	{ width: 1920, height: 1080 },
	{ width: 1080, height: 1920 }
]) {
	test(`the start view invites a touch in large type, clear of the map and the search, at ${viewport.width}x${viewport.height}`, async ({
		page
	}) => {
		const { check } = watchConsole(page);
		await page.setViewportSize(viewport);
		await page.goto('/kiosk?idle=600&attract=0');
		// Server-rendered: there before the page is even hydrated, and with no attract loop.
		await expect(invite(page)).toBeVisible();
		await hydrated(page);
		await expect(invite(page)).toBeInViewport({ ratio: 1 });
		const line = (await invite(page).boundingBox())!;
		const size = await invite(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		const body = await page
			.locator('.results .meta')
			.first()
			.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
		expect(size, 'larger than the body text').toBeGreaterThanOrEqual(body * 1.4);
		const search = (await page.getByRole('search').boundingBox())!;
		const map = (await page.getByRole('region', { name: 'Map of the results' }).boundingBox())!;
		expect(overlaps(line, search), 'overlaps the search').toBe(false);
		expect(overlaps(line, map), 'overlaps the map').toBe(false);
		check();
	});
}

test('the invitation goes when the visitor searches or selects, and comes back with the idle reset', async ({
	page
}) => {
	const { check } = watchConsole(page);
	await freezeClock(page);
	await page.goto('/kiosk?idle=3&attract=0');
	await hydrated(page);
	await expect(invite(page)).toBeVisible();
	await page.getByRole('button', { name: /^Projects \d+$/ }).tap();
	await expect(page).toHaveURL(/kind=project/);
	await expect(invite(page)).toHaveCount(0);
	await page.clock.runFor(2_100);
	await expect(page.getByRole('alertdialog', { name: 'Still there?' })).toBeVisible();
	await page.clock.runFor(1_100);
	await expect(page).toHaveURL(/\/kiosk\?idle=3&attract=0$/);
	await expect(invite(page)).toBeVisible();
	// Typing hides it at the first letter; a selection hides it too.
	await searchBox(page).tap();
	await page
		.getByRole('group', { name: 'On-screen keyboard' })
		.getByRole('button', { name: 'm', exact: true })
		.tap();
	// The screen follows a key once it is painted: a frame on the frozen clock.
	await page.clock.runFor(100);
	await expect(invite(page)).toHaveCount(0);
	await page.goto('/kiosk?idle=600&attract=0&sel=city:malmo');
	await hydrated(page);
	await expect(page.getByRole('article')).toBeVisible();
	await expect(invite(page)).toHaveCount(0);
	check();
});

// QR codes that phones cannot open: the Playwright server's ORIGIN is http://127.0.0.1:<port> and it
// has no PUBLIC_BASE_URL, which is exactly the case to warn operators about.
const setupPanel = (page: Page) => page.getByRole('region', { name: 'Kiosk setup' });

test('/kiosk?setup lists the effective settings and warns that phones cannot open a loopback QR address', async ({
	page,
	baseURL
}) => {
	test.setTimeout(120_000); // axe is slow on a busy machine
	const { check } = watchConsole(page);
	await page.goto('/kiosk?setup&idle=5m&attract=0&start=kind%3Dproject');
	await hydrated(page);
	const panel = setupPanel(page);
	await expect(panel).toBeVisible();
	await expect(panel.getByRole('definition')).toHaveText([
		'300 s',
		'off',
		'kind=project',
		`${baseURL} (this screen’s own address: PUBLIC_BASE_URL is not set)`
	]);
	await expect(panel.getByTestId('qr-private-warning')).toContainText(
		'phones cannot open this private or local address. Set PUBLIC_BASE_URL'
	);
	await expectAxeClean(page);
	await panel.getByRole('button', { name: 'Close' }).tap();
	await expect(panel).toHaveCount(0);
	check();
});

test('visitors never see the setup panel; a 2 s press on the title shows it, a shorter one does not', async ({
	page
}) => {
	const { check } = watchConsole(page);
	await freezeClock(page);
	await page.goto('/kiosk?idle=600&attract=0');
	await hydrated(page);
	await expect(setupPanel(page)).toHaveCount(0);
	await expect(page.getByText(/PUBLIC_BASE_URL/)).toHaveCount(0);
	const title = (await page.locator('.brand').boundingBox())!;
	const point = { x: title.x + title.width / 2, y: title.y + title.height / 2 };
	const cdp = await page.context().newCDPSession(page);
	const press = async (ms: number) => {
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [point] });
		await page.clock.runFor(ms);
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	};
	await page.touchscreen.tap(point.x, point.y);
	await press(1_500);
	await page.clock.runFor(1_000);
	await expect(setupPanel(page)).toHaveCount(0);
	await press(2_100);
	await expect(setupPanel(page)).toBeVisible();
	await expect(setupPanel(page).getByTestId('qr-private-warning')).toBeVisible();
	await setupPanel(page).getByRole('button', { name: 'Close' }).tap();
	await expect(setupPanel(page)).toHaveCount(0);
	check();
});

test('the setup panel closes by itself when the screen goes idle', async ({ page }) => {
	await freezeClock(page);
	await page.goto('/kiosk?setup&idle=3&attract=0');
	await hydrated(page);
	await expect(setupPanel(page)).toBeVisible();
	await page.clock.runFor(3_100);
	await expect(setupPanel(page)).toHaveCount(0);
});

test.describe('the server log warns when QR codes would point to a private address', () => {
	const WARNING = /QR codes will point to (\S+), a local or private address .* Set PUBLIC_BASE_URL/;

	/** Starts `node build` with exactly this environment (no inherited ORIGIN etc.); resolves once listening. */
	async function startServer(env: Record<string, string>) {
		const { spawn } = await import('node:child_process');
		const base = { ...process.env };
		for (const k of ['ORIGIN', 'HOST', 'PORT', 'PUBLIC_BASE_URL']) delete base[k];
		const child = spawn(process.execPath, ['build/index.js'], { env: { ...base, ...env } });
		let output = '';
		await new Promise<void>((resolve, reject) => {
			const timer = setTimeout(() => reject(new Error(`no "Listening on":\n${output}`)), 30_000);
			const onData = (d: Buffer) => {
				output += d.toString();
				if (/Listening on/.test(output)) {
					clearTimeout(timer);
					resolve();
				}
			};
			child.stdout.on('data', onData);
			child.stderr.on('data', onData);
			child.on('exit', () => reject(new Error(`exited:\n${output}`)));
		});
		// The warning goes to stderr before "Listening on" goes to stdout, but the two pipes are read
		// separately: on a loaded machine stdout can arrive first. Give stderr a moment to be read.
		await new Promise((r) => setTimeout(r, 500));
		return {
			output: () => output,
			stop: () => child.kill('SIGTERM')
		};
	}

	async function freePort(): Promise<number> {
		const net = await import('node:net');
		return new Promise((resolve) => {
			const s = net.createServer().listen(0, '127.0.0.1', () => {
				const port = (s.address() as { port: number }).port;
				s.close(() => resolve(port));
			});
		});
	}

	for (const [what, env, warned] of [
		[
			'a loopback ORIGIN',
			{ ORIGIN: 'http://127.0.0.1:4399', HOST: '127.0.0.1', PORT: '0' },
			'http://127.0.0.1:4399'
		],
		['a loopback HOST without ORIGIN', { HOST: '127.0.0.1', PORT: '0' }, 'http://127.0.0.1:0'],
		[
			'PUBLIC_BASE_URL set',
			{
				ORIGIN: 'http://127.0.0.1:4399',
				HOST: '127.0.0.1',
				PORT: '0',
				PUBLIC_BASE_URL: 'https://explorer.example.org'
			},
			null
		],
		[
			'a public ORIGIN',
			{ ORIGIN: 'https://explorer.example.org', HOST: '127.0.0.1', PORT: '0' },
			null
		]
	] as const) {
		test(`at start, with ${what}: ${warned ? 'one line saying what to set' : 'nothing'}`, async () => {
			const server = await startServer(env);
			server.stop();
			const lines = server
				.output()
				.split('\n')
				.filter((l) => WARNING.test(l));
			if (warned) {
				expect(lines).toHaveLength(1);
				expect(WARNING.exec(lines[0])![1]).toBe(warned);
			} else expect(lines).toEqual([]);
		});
	}

	test('listening on every interface without ORIGIN: on the first kiosk request, once', async () => {
		const port = await freePort();
		const server = await startServer({ HOST: '0.0.0.0', PORT: String(port) });
		try {
			expect(server.output()).not.toMatch(WARNING);
			await fetch(`http://127.0.0.1:${port}/api/search?q=`);
			expect(server.output()).not.toMatch(WARNING);
			for (let i = 0; i < 2; i++) await fetch(`http://127.0.0.1:${port}/kiosk`);
			const lines = server
				.output()
				.split('\n')
				.filter((l) => WARNING.test(l));
			expect(lines).toHaveLength(1);
			expect(WARNING.exec(lines[0])![1]).toBe(`127.0.0.1:${port}`);
		} finally {
			server.stop();
		}
	});
});
