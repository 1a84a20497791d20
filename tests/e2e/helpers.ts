import { expect, type Page, type ConsoleMessage } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** Collects console errors and page errors; call the returned check at the end of a test. */
export function watchConsole(page: Page) {
	const errors: string[] = [];
	page.on('console', (msg: ConsoleMessage) => {
		if (msg.type() === 'error') errors.push(msg.text());
	});
	page.on('pageerror', (err) => errors.push(err.message));
	return () => expect(errors, 'console errors').toEqual([]);
}

/** The machines are offline: anything not on our own origin is refused, and counted. */
export async function blockExternal(page: Page) {
	const external: string[] = [];
	await page.route(/^(?!http:\/\/(127\.0\.0\.1|localhost))/, (route) => {
		external.push(route.request().url());
		return route.abort();
	});
	return external;
}

export async function expectNoAxeViolations(page: Page, exclude: string[] = []) {
	let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']);
	for (const sel of exclude) builder = builder.exclude(sel);
	const results = await builder.analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
	expect(summary, 'axe violations').toEqual([]);
}
