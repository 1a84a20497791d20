import { test, expect, type Page } from '@playwright/test';
import { blockExternal, watchConsole } from './helpers';

/** Presses Tab until `done()` holds (at most `max` times); every stop must show a visible focus ring. */
async function tabUntil(page: Page, done: () => Promise<boolean>, max = 80, back = false) {
	for (let i = 0; i < max; i++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		const ring = await page.evaluate(() => {
			const el = document.activeElement as HTMLElement | null;
			if (!el || el === document.body) return 'none';
			const s = getComputedStyle(el);
			const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
			return outline || s.boxShadow !== 'none'
				? 'visible'
				: `no focus ring on ${el.tagName} ${el.textContent?.slice(0, 40)}`;
		});
		expect(ring).toBe('visible');
		if (await done()) return;
	}
	throw new Error('never reached the target with Tab');
}

const focusedIs = (page: Page, check: (el: Element) => boolean) =>
	page.evaluate(`(${check.toString()})(document.activeElement)`) as Promise<boolean>;

test('keyboard only: skip link, search, filter, open a result, go back, partner finder', async ({
	page
}) => {
	test.slow();
	await blockExternal(page);
	const check = watchConsole(page);
	await page.goto('/');

	// The first Tab reaches the skip link, which moves focus to the content.
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();

	// Search.
	await tabUntil(page, () => focusedIs(page, (el) => el.id === 'search-q'));
	await page.keyboard.type('lund');
	await expect(page).toHaveURL(/q=lund/);

	// Filter: reach the Partners checkbox, tick it with Space; focus stays put after the list updates.
	await tabUntil(page, () =>
		focusedIs(
			page,
			(el) => el instanceof HTMLInputElement && el.type === 'checkbox' && el.value === 'partner'
		)
	);
	await page.keyboard.press('Space');
	await expect(page).toHaveURL(/kind=partner/);
	await expect(page.getByRole('checkbox', { name: /^Partners/ })).toBeFocused();

	// Open a result, then go back to the same search and filter.
	await tabUntil(page, () => focusedIs(page, (el) => el.classList.contains('result-link')));
	const name = await page.evaluate(() => document.activeElement?.textContent?.trim());
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/partners\//);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name!);
	await page.goBack();
	await expect(page).toHaveURL(/q=lund.*kind=partner|kind=partner.*q=lund/);
	await expect(page.getByRole('checkbox', { name: /^Partners/ })).toBeChecked();

	// The partner finder, from the main navigation.
	await page.goto('/');
	await tabUntil(
		page,
		() => focusedIs(page, (el) => el.textContent?.trim() === 'Partner finder'),
		10
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/match$/);
	await tabUntil(page, () => focusedIs(page, (el) => el.id === 'match-city'), 30);
	await page.keyboard.type('Malm');
	await expect(page.locator('#match-city')).toHaveValue('malmo');
	await tabUntil(
		page,
		() => focusedIs(page, (el) => el.textContent?.trim() === 'Find partners'),
		40
	);
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/match\?city=malmo/);
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Malmö');
	check();
});
