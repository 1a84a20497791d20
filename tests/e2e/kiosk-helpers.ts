// Kiosk browser tests' helpers: console watch, axe, the page's clock (offline routing and QR decoding
// are the shared ones in helpers.ts).
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Console errors and uncaught page errors; `check()` at the end of a test asserts there were none. */
export function watchConsole(page: Page) {
	const errors: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(e.message));
	return { errors, check: () => expect(errors, 'console errors').toEqual([]) };
}

import { MAP_MARKERS, WCAG_TAGS } from './helpers';

export { blockExternal, countIntl, decodeQr } from './helpers';

/**
 * Every WCAG 2.2 AA rule, `meta-viewport` included: the kiosk does not lock page zoom in its meta
 * viewport; its shell handles pinch itself (touch-action) and offers larger text instead.
 */
export async function expectAxeClean(page: Page) {
	// The map's markers (the results' and the selection's panes) are the map module's: every one is also
	// a full-size control in the card or the list (see helpers.ts, expectNoAxeViolations).
	const results = await new AxeBuilder({ page })
		.withTags(WCAG_TAGS)
		.exclude(MAP_MARKERS)
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
}

/** The session's effects have run once the test hook exists: the page is hydrated and its timers set. */
export const hydrated = (page: Page) =>
	page.waitForFunction(() => typeof window.__kioskInjectError === 'function');
/** Fakes the page's clock and stops it: time moves only when the test says (clock.runFor). */
export async function freezeClock(page: Page) {
	await page.clock.install({ time: new Date('2026-11-30T10:00:00Z') });
	await page.clock.pauseAt(new Date('2026-11-30T10:00:01Z'));
}
export const searchBox = (page: Page) => page.getByRole('searchbox', { name: /Search cities/ });
export const results = (page: Page) => page.locator('.results button.result');
export const tap = (page: Page, name: string | RegExp) =>
	page
		.getByRole('button', { name, exact: typeof name === 'string' })
		.first()
		.tap();
