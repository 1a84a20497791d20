// Synergies between Mission Cities and Pilot Cities: a city's page, the partner finder and /synergies.
import { test, expect } from '@playwright/test';
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
		const more = page.locator('details summary').first();
		if (await more.count()) await more.click();
		await expectNoAxeViolations(page);
	});
});
