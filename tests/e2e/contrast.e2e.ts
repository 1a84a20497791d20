// Every button-styled control keeps text readable (WCAG AA, 4.5:1) in every state a person puts it
// in: resting, hovered, pressed, keyboard-focused and disabled. axe checks only the resting state.
import { expect, test, type Locator, type Page } from '@playwright/test';

const MIN_CONTRAST = 4.5;

/** Contrast of a control's text against its own background, from the computed colours. */
async function contrastOf(button: Locator): Promise<{ ratio: number; text: string; bg: string }> {
	return button.evaluate((el) => {
		const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
		const lum = ([r, g, b]: number[]) => {
			const lin = [r, g, b].map((v) => {
				const s = v / 255;
				return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
			});
			return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
		};
		const style = getComputedStyle(el);
		const text = parse(style.color);
		const bg = parse(style.backgroundColor);
		const [hi, lo] = [lum(text), lum(bg)].sort((a, b) => b - a);
		return { ratio: (hi + 0.05) / (lo + 0.05), text: style.color, bg: style.backgroundColor };
	});
}

async function expectReadableInEveryState(page: Page, button: Locator) {
	const name = (await button.textContent())?.trim();
	const check = async (state: string) => {
		const { ratio, text, bg } = await contrastOf(button);
		expect(ratio, `"${name}" ${state}: ${text} on ${bg}`).toBeGreaterThanOrEqual(MIN_CONTRAST);
	};
	await button.scrollIntoViewIfNeeded();
	await check('at rest');
	await button.hover();
	await check('hovered');
	const box = (await button.boundingBox())!;
	await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
	await page.mouse.down();
	await check('pressed');
	// Release away from it, so that pressing does not follow the link or submit the form.
	await page.mouse.move(1, 1);
	await page.mouse.up();
	await button.focus();
	await check('focused');
	await button.evaluate((el) => {
		el.setAttribute('aria-disabled', 'true');
		if (el instanceof HTMLButtonElement) el.disabled = true;
		(el as HTMLElement).blur();
	});
	await check('disabled');
}

for (const [path, buttons] of [
	['/', ['Search']],
	['/?sel=city:malmo', ['Open the page for Malmö']],
	['/match', ['Find partners']],
	['/compare', ['Compare']],
	['/cities/lund', ['Find partners for Lund']]
] as const) {
	test(`buttons on ${path} stay readable in every state`, async ({ page }) => {
		await page.goto(path);
		for (const name of buttons) {
			const button = page.locator('.button').filter({ hasText: name }).first();
			await expect(button).toBeVisible();
			await expectReadableInEveryState(page, button);
		}
		// And every other kind of button-styled control on the page, whatever it is called. Controls with
		// the same classes and pressed state share their colours (a hundred "Add to my list" buttons in
		// the results), so one of each is put through every state.
		const all = page.locator('.button:visible');
		const seen = new Set<string>();
		for (let i = 0; i < (await all.count()); i++) {
			const other = all.nth(i);
			if ((await other.getAttribute('aria-disabled')) === 'true') continue;
			const look = await other.evaluate(
				(el) => `${el.tagName} ${el.className} ${el.getAttribute('aria-pressed')}`
			);
			if (seen.has(look)) continue;
			seen.add(look);
			await expectReadableInEveryState(page, other);
		}
	});
}
