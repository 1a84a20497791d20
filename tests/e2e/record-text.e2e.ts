// What records say to a reader: no editor notes, low confidence in words, related records named,
// a way to report a correction, and an export a person can read.
import { expect, test } from '@playwright/test';

test('partner page: editor notes stay in the data; a low-confidence link is said in words', async ({
	page
}) => {
	await page.goto('/partners/iclei-european-secretariat');
	const main = page.getByRole('main');
	await expect(main).not.toContainText('gkec:');
	await expect(main).not.toContainText('confidence low');
	await expect(main).not.toContainText('up2030:');
	const projects = page.getByRole('region', { name: /^Projects/ });
	const gkec = projects.getByRole('listitem').filter({ hasText: 'GKEC' });
	await expect(gkec).toContainText('listed as a partner by a secondary source');
	const up2030 = projects.getByRole('listitem').filter({ hasText: 'UP2030' });
	await expect(up2030).not.toContainText('secondary source');
});

test('explorer card of a partner names its project, not only a count', async ({ page }) => {
	await page.goto('/?sel=partner:comune-di-milano');
	const card = page.getByRole('article', { name: /Comune di Milano/ });
	await expect(card).toContainText('1 project');
	await expect(card.getByRole('link', { name: 'UP2030', exact: true })).toHaveAttribute(
		'href',
		'/projects/up2030'
	);
});

test('explorer card names at most three related records and says how many more', async ({
	page
}) => {
	await page.goto('/?sel=partner:iclei-european-secretariat');
	const card = page.getByRole('article', { name: /ICLEI European Secretariat/ });
	const related = card.locator('.related');
	await expect(related.getByRole('link')).toHaveCount(3);
	await expect(related).toContainText('and 2 more');
});

test('"Report a correction" leads to a section that says where corrections go', async ({
	page
}) => {
	await page.goto('/cities/malmo');
	await page.getByRole('link', { name: 'Report a correction' }).click();
	await expect(page).toHaveURL(/\/about#corrections$/);
	const section = page.getByRole('region', { name: 'Report a correction' });
	// The test server sets neither CORRECTIONS_URL nor CORRECTIONS_EMAIL: say so and who the data is from.
	await expect(section).toContainText('no address set up for corrections');
	await expect(section).toContainText('not published by the European Commission or NetZeroCities');
	await expect(section).not.toContainText('Tell the team');
});

test('CSV export: theme labels for people, theme codes in their own column', async ({
	request
}) => {
	const res = await request.get('/api/export?format=csv&kind=project');
	const csv = (await res.text()).replace(/^\uFEFF/, '');
	const [header, ...rows] = csv.split('\r\n');
	const columns = header.split(',');
	expect(columns).toContain('themes');
	expect(columns).toContain('theme_codes');
	expect(csv).toContain('Governance & policy');
	expect(rows.some((r) => r.includes('governance-policy'))).toBe(true);
});
