// Partner finder (/match) as a new user sees it: nothing they already have, reasons that read true,
// a strength in words, honest theme wording, results above the fold.
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './helpers';

const region = (page: import('@playwright/test').Page, name: string) =>
	page.getByRole('region', { name, exact: true });

test('Lund: its own municipality is not suggested; what it already has is listed apart', async ({
	page
}) => {
	await page.goto('/match?city=lund');
	const partners = region(page, 'Partner organisations');
	await expect(partners.locator('ol > li').first()).toBeVisible();
	for (const name of ['Lund Municipality', 'Future by Lund', 'Sensative'])
		await expect(partners.getByRole('link', { name, exact: true })).toHaveCount(0);
	await expect(partners).not.toContainText('0.0 km from Lund');
	await expect(partners).not.toContainText('Already in your projects');
	const known = region(page, 'Already working with you');
	await expect(known.getByRole('link', { name: 'Future by Lund', exact: true })).toBeVisible();
	await expect(known.getByRole('link', { name: 'Sensative', exact: true })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Lund Municipality', exact: true })).toHaveCount(0);
});

test('Lund: project reasons name the site they are about, and none repeats on every card', async ({
	page
}) => {
	await page.goto('/match?city=lund');
	const projects = region(page, 'Projects');
	const text = await projects.locator('ol > li').allInnerTexts();
	expect(text.length).toBeGreaterThan(1);
	const all = text.join('\n');
	expect(all).not.toMatch(/km from Lund \(/);
	expect(all).not.toContain('Neighbouring country: Finland');
	expect(all).toMatch(/A site in [^,\n]+, [\d,.]+ km away/);
	expect(all).toContain('A site in Finland, a neighbour of Sweden');
	// a reason line that appears on every card tells nothing apart
	const lines = text.map((t) => new Set(t.split('\n').map((l) => l.trim())));
	const reasonLines = [...lines[0]].filter((l) => /^(Shared|A site|Same|Neighbouring)/.test(l));
	for (const l of reasonLines)
		expect(
			lines.every((set) => set.has(l)),
			l
		).toBe(false);
});

test('strength in words and an accessible bar, explained on the about page', async ({ page }) => {
	await page.goto('/match?city=lund');
	const first = region(page, 'Pilot Cities').locator('ol > li').first();
	await expect(first).not.toContainText(/score \d/);
	const meter = first.getByRole('meter', { name: 'Match strength' });
	await expect(meter).toHaveAttribute('aria-valuetext', /^(Strong|Good|Weak) match$/);
	await expect(first).toContainText(/(Strong|Good|Weak) match/);
	await page.getByRole('link', { name: 'How the ranking works' }).click();
	await expect(page.locator('#matching ~ ul').first()).toBeVisible();
	await expect(page.getByText(/Strong match/).first()).toBeVisible();
	await expect(page.getByText(/Weak match/).first()).toBeVisible();
});

test('the themes box says ticked themes steer the suggestions, also with a city', async ({
	page
}) => {
	await page.goto('/match');
	await expect(page.getByText('if your city is not in the data', { exact: false })).toHaveCount(0);
	await expect(page.getByText('Themes to steer the suggestions').first()).toBeVisible();
	await expect(page.getByRole('group', { name: 'Themes to steer the suggestions' })).toContainText(
		'With a city, ticked themes are added to the themes of its pilots and projects'
	);
});

test('country and themes: a theme every pilot shares is said once, and places read true', async ({
	page
}) => {
	await page.goto('/match?country=DE&theme=energy,buildings');
	const pilots = region(page, 'Pilots');
	await expect(pilots.getByText(/^All of these: Shared themes: .*Energy/)).toBeVisible();
	const text = (await pilots.locator('ol > li').allInnerTexts()).join('\n');
	expect(text).not.toMatch(/Shared themes: Energy$/m);
});

test('1366x800: with a city chosen, the first result starts above the fold', async ({ page }) => {
	await page.setViewportSize({ width: 1366, height: 800 });
	await page.goto('/match?city=lund');
	const first = region(page, 'Pilot Cities').locator('ol > li').first();
	const box = await first.boundingBox();
	expect(box).not.toBeNull();
	expect(box!.y).toBeLessThan(800);
	// the form is still there, compact, and still works
	await expect(page.getByLabel('Your city')).toHaveValue('lund');
	await page.screenshot({ path: '/tmp/shots-finder/match-lund-1366x800.png' });
	await expectNoAxeViolations(page);
});

test('390x844: the finder for Lund (screenshot)', async ({ page }) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await page.goto('/match?city=lund');
	await expect(region(page, 'Pilot Cities').locator('ol > li').first()).toBeVisible();
	await page.screenshot({ path: '/tmp/shots-finder/match-lund-390x844.png' });
});

test('ticked themes stay in view in the compact form', async ({ page }) => {
	await page.goto('/match?city=lund&theme=energy');
	await expect(page.getByRole('checkbox', { name: 'Energy', exact: true })).toBeChecked();
	await expect(page.getByRole('group', { name: 'Themes to steer the suggestions' })).toBeVisible();
	await expect(page.locator('main summary')).toContainText('(1 ticked)');
});
