// Detail pages, 404s, partner finder, comparison, export, overview, about: content, no-JS, print, axe.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

const ORIGIN = `http://127.0.0.1:${process.env.E2E_PORT ?? 4300}`;

/** Every test: the network beyond this server is blocked, and console errors fail the test. */
const test = base.extend<{ consoleErrors: string[] }>({
	consoleErrors: [
		async ({ page }, use) => {
			const errors: string[] = [];
			page.on('console', (m) => {
				if (m.type() === 'error') errors.push(m.text());
			});
			page.on('pageerror', (e) => errors.push(e.message));
			await page.route('**/*', (route) =>
				route.request().url().startsWith(ORIGIN) ? route.continue() : route.abort('blockedbyclient')
			);
			await use(errors);
		},
		{ auto: true }
	]
});

test.afterEach(({ consoleErrors }, testInfo) => {
	if (testInfo.title.includes('404')) return; // the browser logs the 404 response itself
	expect(consoleErrors).toEqual([]);
});

async function ogTags(page: Page) {
	return page.evaluate(() =>
		Object.fromEntries(
			[...document.querySelectorAll('meta[property^="og:"]')].map((m) => [
				m.getAttribute('property'),
				m.getAttribute('content')
			])
		)
	);
}

test.describe('city page', () => {
	test('Malmö: facts, label, relations, nearest cities, sources, meta tags', async ({ page }) => {
		await page.goto('/cities/malmo');
		await expect(page).toHaveTitle('Malmö, Sweden · Cities Mission Explorer');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Malmö');
		await expect(page.getByText('Awarded 21 Mar 2024')).toBeVisible();
		await expect(page.getByText('Round: 2024-03 (23 cities)')).toBeVisible();
		await expect(page.getByText('301,706')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Net Zero Malmö Pilot' })).toHaveAttribute(
			'href',
			'/pilots/c1-malmo'
		);
		await expect(
			page.getByRole('region', { name: /Projects/ }).getByRole('link', { name: 'NetZeroCities' })
		).toHaveAttribute('href', '/projects/netzerocities');
		const nearest = page.getByRole('region', { name: /Nearest Mission Cities/ });
		await expect(nearest.getByRole('listitem').first()).toContainText('Lund · 16 km · SE');
		await expect(page.getByRole('link', { name: 'Find partners for Malmö' })).toHaveAttribute(
			'href',
			'/match?city=malmo'
		);
		await expect(
			page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Explore' })
		).toHaveAttribute('href', '/');
		await expect(
			page.getByRole('region', { name: 'Map of Malmö and its relations' })
		).toBeVisible();
		await expect(page.getByText('Data as of 2 Dec 2026. Found a mistake?')).toBeVisible();
		const source = page
			.getByRole('region', { name: 'Sources' })
			.getByRole('link', { name: /netzerocities\.eu/ });
		await expect(source).toHaveAttribute('rel', 'noopener noreferrer external');
		await expect(page.locator('meta[name="description"]')).toHaveAttribute(
			'content',
			/Malmö \(Sweden\): Mission City and Pilot City with the EU Mission Label/
		);
		expect(await ogTags(page)).toMatchObject({
			'og:title': 'Malmö, Sweden',
			'og:type': 'article',
			'og:url': `${ORIGIN}/cities/malmo`
		});
		await expect(page.getByRole('link', { name: 'CSV' })).toHaveAttribute(
			'href',
			'/api/export?format=csv&related=city:malmo'
		);
	});

	test('Eindhoven & Helmond: joint members and a visible confidence note', async ({ page }) => {
		await page.goto('/cities/eindhoven-helmond');
		await expect(page.getByText('Joint members')).toBeVisible();
		await expect(page.getByText('Eindhoven and Helmond', { exact: true })).toBeVisible();
		await expect(page.getByText('joint entry of two municipalities')).toBeVisible();
		await expect(page.getByRole('note').filter({ hasText: 'Medium confidence:' })).toBeVisible();
	});

	test('a Mission City with nothing known yet says "not known" instead of hiding', async ({
		page
	}) => {
		await page.goto('/cities/frankfurt-am-main');
		await expect(page.getByRole('note').filter({ hasText: 'Low confidence:' })).toBeVisible();
		await expect(
			page.getByText('Frankfurt am Main is not a Pilot City in the data.')
		).toBeVisible();
	});
});

test('pilot page: a pilot without a published name is "Pilot activity in <city>"', async ({
	page
}) => {
	await page.goto('/pilots/c1-leuven');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pilot activity in Leuven');
	await expect(page.getByText('No title has been published for this pilot.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Cohort 1' })).toHaveAttribute(
		'href',
		'/?kind=pilot&cohort=1'
	);
	await expect(
		page.getByRole('region', { name: /Cities and roles/ }).getByRole('link', { name: 'Leuven' })
	).toHaveAttribute('href', '/cities/leuven');
	expect((await ogTags(page))['og:title']).toBe('Pilot activity in Leuven');
});

test('project page: NetZeroCities says its partner list is incomplete, with the reported size', async ({
	page
}) => {
	await page.goto('/projects/netzerocities');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('NetZeroCities');
	const note = page.getByRole('note').filter({ hasText: 'This partner list is incomplete.' });
	await expect(note).toContainText('33 partners from 13 countries');
	await expect(page.getByRole('heading', { name: 'Netherlands' })).toBeVisible();
	const coordinator = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('link', { name: 'EIT Climate-KIC', exact: true }) })
		.last();
	await expect(coordinator).toContainText('coordinator');
	await expect(coordinator).toContainText('low-confidence link');
	await expect(page.getByRole('heading', { name: 'Pilot sites (10)' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Malmö' })).toHaveAttribute('href', '/cities/malmo');
	await expect(page.getByText('not known').first()).toBeVisible(); // EU contribution
});

test('partner page: projects and the partners it works with', async ({ page }) => {
	const projectsInData = (
		JSON.parse(readFileSync('data/projects.json', 'utf8')) as {
			partners: { partnerId: string }[];
		}[]
	).filter((p) => p.partners.some((l) => l.partnerId === 'iclei-european-secretariat'));
	await page.goto('/partners/iclei-european-secretariat');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('ICLEI European Secretariat');
	const projects = page.getByRole('region', { name: /^Projects/ });
	await expect(projects.getByRole('listitem')).toHaveCount(projectsInData.length);
	await expect(projects.getByRole('link', { name: 'NetZeroCities' })).toBeVisible();
	const coPartners = page.getByRole('region', { name: /Works with/ });
	expect(await coPartners.getByRole('listitem').count()).toBeGreaterThan(20);
	await expect(coPartners.getByRole('link', { name: 'Resilient Cities Network' })).toHaveAttribute(
		'href',
		'/partners/resilient-cities-network'
	);
	await expect(page.getByRole('link', { name: 'CSV' })).toHaveAttribute(
		'href',
		'/api/export?format=csv&related=partner:iclei-european-secretariat'
	);
});

test('Frankfurt: the note that flags its Mission City status is on its page', async ({ page }) => {
	await page.goto('/cities/frankfurt-am-main');
	await expect(page.getByText('Note from the data:')).toBeVisible();
	await expect(page.getByText(/no withdrawal notice was found/)).toBeVisible();
});

test.describe('relation sources', () => {
	const read = (file: string) => JSON.parse(readFileSync(`data/${file}.json`, 'utf8'));
	type Link = { sources: string[] };
	const projects: {
		id: string;
		acronym: string;
		sites: (Link & { cityId: string })[];
		partners: (Link & { partnerId: string })[];
	}[] = read('projects');
	const cities: { id: string; name: string }[] = read('cities');
	const partners: { id: string; name: string; sources: string[] }[] = read('partners');
	const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');

	test('a project site with its own source shows it beside the city, on both pages', async ({
		page
	}) => {
		const project = projects.find((p) => p.sites.some((s) => s.sources.length === 1))!;
		const site = project.sites.find((s) => s.sources.length === 1)!;
		const city = cities.find((c) => c.id === site.cityId)!;
		await page.goto(`/projects/${project.id}`);
		const link = page.getByRole('link', {
			name: `Source for ${city.name}: ${host(site.sources[0])}`
		});
		await expect(link).toHaveAttribute('href', site.sources[0]);
		await expect(link).toHaveText('source');
		await page.goto(`/cities/${city.id}`);
		await expect(
			page.getByRole('link', { name: `Source for ${project.acronym}: ${host(site.sources[0])}` })
		).toHaveAttribute('href', site.sources[0]);
		// A site resting on its project's sources gets no link of its own.
		const plain = project.sites.find((s) => !s.sources.length);
		if (plain) {
			const name = cities.find((c) => c.id === plain.cityId)!.name;
			await page.goto(`/projects/${project.id}`);
			await expect(
				page.getByRole('link', { name: new RegExp(`^Source for ${name}:`) })
			).toHaveCount(0);
		}
	});

	test('a partner link with its own source shows it on the project and the partner page', async ({
		page
	}) => {
		const project = projects.find((p) => p.partners.some((l) => l.sources.length === 1))!;
		const link = project.partners.find((l) => l.sources.length === 1)!;
		const partner = partners.find((p) => p.id === link.partnerId)!;
		await page.goto(`/projects/${project.id}`);
		await expect(
			page.getByRole('link', { name: `Source for ${partner.name}: ${host(link.sources[0])}` })
		).toHaveAttribute('href', link.sources[0]);
		await page.goto(`/partners/${partner.id}`);
		await expect(
			page.getByRole('link', { name: `Source for ${project.acronym}: ${host(link.sources[0])}` })
		).toHaveAttribute('href', link.sources[0]);
	});

	test("a partner page lists its own sources, or its projects' and says so", async ({ page }) => {
		const own = partners.find((p) => p.sources.length)!;
		await page.goto(`/partners/${own.id}`);
		const sources = page.getByRole('region', { name: 'Sources' });
		for (const url of own.sources) {
			await expect(sources.locator(`a[href="${url}"]`)).toHaveCount(1);
		}
		await expect(page.getByText(/no sources of its own/)).toHaveCount(0);
		const none = partners.find((p) => !p.sources.length)!;
		await page.goto(`/partners/${none.id}`);
		await expect(
			page.getByText(
				'This partner has no sources of its own in the data: these are the sources of its projects.'
			)
		).toBeVisible();
	});
});

test.describe('404', () => {
	test('404 for an unknown city offers suggestions and a search', async ({ page }) => {
		const response = await page.goto('/cities/munchen-xyz');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Not found');
		await expect(page.getByText('No city with the id “munchen-xyz” is in the data.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Munich', exact: true })).toHaveAttribute(
			'href',
			'/cities/munich'
		);
		await expect(
			page.getByRole('searchbox', { name: 'Search cities, pilots, projects and partners' })
		).toHaveValue('munchen xyz');
	});

	test('404 for an id that fails the matcher still suggests', async ({ page }) => {
		const response = await page.goto('/partners/ICLEI');
		expect(response?.status()).toBe(404);
		await expect(
			page.getByText('No partner organisation with the id “ICLEI” is in the data.')
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'ICLEI European Secretariat' })).toBeVisible();
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const [path, text] of [
		['/cities/malmo', 'Net Zero Malmö Pilot'],
		['/pilots/c1-leuven', 'Pilot activity in Leuven'],
		['/projects/netzerocities', '33 partners from 13 countries'],
		['/partners/iclei-european-secretariat', 'Works with'],
		['/match?city=malmo', 'Pilot Cities'],
		['/compare?cities=malmo,lund', 'EU Mission Label'],
		['/overview', 'Mission Cities by country'],
		['/about', 'Known gaps']
	]) {
		test(`${path} renders`, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByText(text).first()).toBeVisible();
		});
	}

	test('the partner finder form works as a plain GET form', async ({ page }) => {
		await page.goto('/match');
		await page.getByLabel('Your city').selectOption('lund');
		await page.getByRole('button', { name: 'Find partners' }).click();
		await expect(page).toHaveURL(/\/match\?city=lund/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partners for Lund');
	});
});

test.describe('partner finder', () => {
	test('a city with no pilots gets suggestions of every kind, with reasons', async ({ page }) => {
		await page.goto('/match?city=frankfurt-am-main');
		await expect(page.getByText('which has no pilot or project in the data yet')).toBeVisible();
		for (const title of ['Pilot Cities', 'Pilots', 'Projects', 'Partner organisations']) {
			const section = page.getByRole('region', { name: title, exact: true });
			expect(await section.locator('ol > li').count()).toBeGreaterThan(0);
		}
		const first = page
			.getByRole('region', { name: 'Pilot Cities', exact: true })
			.locator('ol > li')
			.first();
		// Ranking on known data: Dortmund (DE, similar size) is the top Pilot City for Frankfurt.
		await expect(first.locator('a.name')).toHaveText('Dortmund');
		await expect(first.getByRole('list', { name: 'Why Dortmund' })).toContainText(
			'178 km from Frankfurt am Main'
		);
		await expect(first).toContainText('Same country: Germany');
		await expect(first).toContainText('Similar population');
	});

	test('Malmö: shared themes and shared projects rank first', async ({ page }) => {
		await page.goto('/match?city=malmo');
		const first = page
			.getByRole('region', { name: 'Pilot Cities', exact: true })
			.locator('ol > li')
			.first();
		await expect(first.locator('a.name')).toHaveText('Drammen');
		await expect(first).toContainText('Shared projects: NetZeroCities');
		await expect(first).toContainText('Neighbouring country: Norway');
	});

	test('country and themes when the city is not in the data; junk ignored with a note', async ({
		page
	}) => {
		await page.goto('/match?country=DE&theme=energy,buildings,nonsense');
		await expect(page.getByRole('note')).toContainText('theme nonsense');
		await expect(page.getByRole('checkbox', { name: 'Energy', exact: true })).toBeChecked();
		const pilots = page.getByRole('region', { name: 'Pilots', exact: true });
		// The themes every suggestion shares are said once above the list; the first is in Germany.
		await expect(pilots).toContainText(/Shared themes: .*(Energy|Buildings)/);
		await expect(pilots.locator('ol > li').first()).toContainText(/Germany/);
	});
});

test('compare: cities side by side, junk ids left out with a note', async ({ page }) => {
	await page.goto('/compare?cities=malmo,lund,not-a-city');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare Malmö, Lund');
	await expect(page.getByRole('note')).toContainText('not-a-city');
	const table = page.getByRole('table');
	await expect(table.getByRole('columnheader', { name: 'Malmö' })).toBeVisible();
	await expect(table.getByRole('columnheader', { name: 'Lund' })).toBeVisible();
	await expect(table.getByRole('row', { name: /EU Mission Label/ })).toContainText(
		'Awarded 21 Mar 2024'
	);
});

test.describe('export', () => {
	test('CSV: BOM, attachment, accents and a comma quoted', async ({ request }) => {
		const res = await request.get('/api/export?format=csv&q=prazska');
		expect(res.status()).toBe(200);
		expect(res.headers()['content-type']).toBe('text/csv; charset=utf-8');
		expect(res.headers()['content-disposition']).toBe(
			'attachment; filename="cities-mission-q-prazska-2026-12-02.csv"'
		);
		const bytes = await res.body();
		expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
		const text = bytes.toString('utf8');
		expect(text).toContain(
			'kind,id,name,country,themes,theme_codes,url,mission_city,pilot_city,mission_label,cohort,partner_type,place,pilots,projects,cities,partners'
		);
		expect(text).toContain(
			`,"Pražská developerská společnost (PDS, Prague Development Company)",CZ,`
		);
		expect(text).toContain(
			`${ORIGIN}/partners/prazska-developerska-spolecnost-pds-prague-development-company`
		);
	});

	test('CSV with the explorer filters: city flags', async ({ request }) => {
		const text = await (
			await request.get('/api/export?format=csv&kind=mission-city&country=SE')
		).text();
		expect(text).toContain(`city,malmo,Malmö,SE,`);
		expect(text).toMatch(/city,malmo,.*,yes,yes,yes,/);
		expect(text).not.toContain('partner,');
	});

	test('JSON of a detail page list', async ({ request }) => {
		const res = await request.get('/api/export?format=json&related=project:netzerocities');
		expect(res.headers()['content-disposition']).toContain(
			'cities-mission-related-project-netzerocities'
		);
		const body = await res.json();
		expect(body.asOf).toBe('2026-12-02');
		expect(body.records.map((r: { id: string }) => r.id)).toEqual(
			expect.arrayContaining(['malmo', 'eit-climate-kic'])
		);
		expect(body.total).toBe(19);
	});

	test('bad parameters are a 400 with a JSON message', async ({ request }) => {
		for (const q of [
			'format=xml',
			'format=csv&country=XX',
			'format=json&related=planet:mars',
			'format=csv&sort=random'
		]) {
			const res = await request.get(`/api/export?${q}`);
			expect(res.status(), q).toBe(400);
			expect((await res.json()).error).toBeTruthy();
		}
		expect((await request.get('/api/export?format=csv&related=city:atlantis')).status()).toBe(404);
	});
});

test('overview: headline counts and bars linking to the filtered explorer', async ({ page }) => {
	await page.goto('/overview');
	await expect(page.getByRole('link', { name: '112 Mission Cities' })).toHaveAttribute(
		'href',
		'/?kind=mission-city'
	);
	await expect(page.getByRole('figure', { name: 'Mission Cities by country' })).toBeVisible();
	await expect(
		page.getByRole('link', { name: 'Germany: 9 Mission Cities. Show them in the explorer' })
	).toHaveAttribute('href', '/?kind=mission-city&country=DE');
	await expect(
		page.getByRole('link', { name: /^Energy: \d+ pilots and projects/ })
	).toHaveAttribute('href', '/?kind=pilot,project&theme=energy');
	await expect(page.getByRole('link', { name: /^Cohort 2 .*: 21 pilots/ })).toHaveAttribute(
		'href',
		'/?kind=pilot&cohort=2'
	);
	await expect(
		page.getByRole('link', { name: 'October 2023: 10 Mission Cities. Show them in the explorer' })
	).toHaveAttribute('href', '/?kind=mission-city&label=awarded');
});

test('about: sources, as-of date, known gaps and how to correct', async ({ page }) => {
	await page.goto('/about');
	await expect(page.getByText('The data is as of 2 Dec 2026')).toBeVisible();
	await expect(page.getByText(/Projects whose partner list is incomplete: \d+/)).toBeVisible();
	await expect(page.getByText(/Partners without a country: 39/)).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Report a correction' })).toBeVisible();
});

test.describe('on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

	test('the header is two rows: brand and language, then the pages in a row that scrolls to the current one', async ({
		page
	}) => {
		await page.goto('/fr/about');
		const header = page.locator('header.site-header');
		const nav = page.getByRole('navigation', { name: 'Navigation principale' });
		const links = nav.getByRole('link');
		await expect(links).toHaveCount(7);
		// One row of pages: every link at the same height (they wrapped to three rows).
		const tops = await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().top));
		expect(new Set(tops).size).toBe(1);
		// The language switcher beside the brand, above the pages; its name is still the language's.
		const switcher = page.locator('details.switcher summary');
		expect((await switcher.boundingBox())!.y).toBeLessThan(tops[0]);
		await expect(switcher).toContainText('FR');
		await expect(switcher.locator('.name')).toHaveText('Français');
		expect((await header.boundingBox())!.height).toBeLessThan(120);
		// The current page was last in the row, out of sight: it is scrolled into view.
		const current = nav.locator('[aria-current="page"]');
		await expect(current).toHaveText('À propos des données');
		await expect
			.poll(async () => {
				const [box, navBox] = [await current.boundingBox(), await nav.boundingBox()];
				return box!.x >= navBox!.x && box!.x + box!.width <= navBox!.x + navBox!.width;
			})
			.toBe(true);
		// Nothing is wider than the screen.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			390
		);
	});
});

test.describe('on a portrait venue screen (1080x1920)', () => {
	test.use({ viewport: { width: 1080, height: 1920 } });

	test('the header is two tidy rows in a long language: brand and language, then every page', async ({
		page
	}) => {
		await page.goto('/de/about');
		const nav = page.getByRole('navigation', { name: 'Hauptnavigation' });
		const links = nav.getByRole('link');
		await expect(links).toHaveCount(7);
		const boxes = await links.evaluateAll((as) =>
			as.map((a) => ({
				top: a.getBoundingClientRect().top,
				right: a.getBoundingClientRect().right
			}))
		);
		expect(new Set(boxes.map((b) => b.top)).size).toBe(1);
		// All of them in sight, no scrolling needed at this width.
		expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(1080);
		// The language on the brand's row, with its name (it wrapped alone to a row of its own).
		const switcher = page.locator('details.switcher summary');
		const brand = page.getByRole('link', { name: 'Cities Mission Explorer' }).first();
		const [s, b] = [(await switcher.boundingBox())!, (await brand.boundingBox())!];
		expect(Math.abs(s.y + s.height / 2 - (b.y + b.height / 2))).toBeLessThan(8);
		expect(s.y + s.height).toBeLessThanOrEqual(boxes[0].top);
		await expect(switcher.locator('.name')).toBeVisible();
		await expect(switcher.locator('.name')).toHaveText('Deutsch');
	});
});

for (const [width, height, rows] of [
	[1920, 1080, 1],
	[1366, 800, 1],
	[1024, 768, 2],
	[390, 844, 4]
] as const) {
	test(`/overview at ${width}x${height}: the headline numbers fill ${rows} whole row(s), none left alone`, async ({
		page
	}) => {
		await page.setViewportSize({ width, height });
		await page.goto('/overview');
		const cards = page.locator('.headline li');
		const count = await cards.count();
		expect(count).toBeGreaterThan(4);
		const boxes = await cards.evaluateAll((lis) =>
			lis.map((li) => ({ top: Math.round(li.getBoundingClientRect().top), width: li.clientWidth }))
		);
		const tops = [...new Set(boxes.map((b) => b.top))];
		expect(tops).toHaveLength(rows);
		// The last row is as wide as the first: no card alone in a corner.
		const rowWidth = (top: number) =>
			boxes.filter((b) => b.top === top).reduce((sum, b) => sum + b.width, 0);
		expect(rowWidth(tops.at(-1)!)).toBeGreaterThan(rowWidth(tops[0]) * 0.7);
	});
}

test('print: navigation, breadcrumbs and the map are hidden', async ({ page }) => {
	for (const path of ['/cities/malmo', '/match?city=malmo', '/compare?cities=malmo,lund']) {
		await page.goto(path);
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Breadcrumb' })).toBeHidden();
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		if (path.startsWith('/cities'))
			await expect(page.getByRole('region', { name: /^Map of/ })).toBeHidden();
		await page.emulateMedia({ media: 'screen' });
	}
});

test.describe('accessibility (axe)', () => {
	// On Malmö's map Uppsala's and Oslo's markers overlap: as two buttons they failed WCAG's target size
	// (Lighthouse: accessibility 97). A record page's markers are links in its lists too, so on its map
	// they are named pictures, not tab stops; the explorer's and the kiosk's stay buttons.
	test('the map of a record page draws its markers as named pictures, no tab stops', async ({
		page
	}) => {
		await page.goto('/cities/malmo');
		const map = page.getByRole('region', { name: 'Map of Malmö and its relations' });
		await expect(map.getByRole('img', { name: 'Uppsala, Pilot City' }).first()).toBeVisible();
		await expect(map.locator('.cme-marker[tabindex], .cme-marker[role="button"]')).toHaveCount(0);
		await expect(
			page
				.getByRole('region', { name: /Pilot Cities to learn from/ })
				.getByRole('link', { name: /Uppsala/ })
				.first()
		).toBeVisible();
	});

	for (const path of [
		'/cities/eindhoven-helmond',
		'/pilots/c1-leuven',
		'/projects/netzerocities',
		'/partners/iclei-european-secretariat',
		'/match?city=frankfurt-am-main',
		'/compare?cities=malmo,lund',
		'/overview',
		'/about',
		'/cities/munchen-xyz'
	]) {
		test(`${path} has no violations${path.includes('xyz') ? ' (404)' : ''}`, async ({ page }) => {
			test.setTimeout(120_000); // axe over a long page takes a while on a busy 2-core machine
			await page.goto(path);
			// Every axe rule (best practices too), in one pass inside the page (see helpers.ts).
			const results = await new AxeBuilder({ page })
				.options({ resultTypes: ['violations'] })
				.setLegacyMode(true)
				.analyze();
			expect(
				results.violations.map(
					(v) =>
						`${v.id}: ${v.nodes
							.map((n) => n.target.join(' '))
							.slice(0, 3)
							.join(', ')}`
				)
			).toEqual([]);
		});
	}
});
