// Client-only: reads and moves the document's focus. What was focused when a page was left, so that
// Back (a SvelteKit snapshot) puts focus there again instead of on the page body.

/** Where focus was: an element's id, or a link's href and which of the links with that href it was. */
export interface FocusMark {
	id?: string;
	href?: string;
	nth?: number;
}

const linksTo = (href: string) =>
	[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter(
		(a) => a.getAttribute('href') === href
	);

/**
 * Marks the focused element so it can be found again in the same page rebuilt from the same URL.
 * Null when nothing but the body had focus.
 */
export function focusMark(el: Element | null = document.activeElement): FocusMark | null {
	if (!(el instanceof HTMLElement) || el === document.body) return null;
	if (el.id) return { id: el.id };
	const href = el.getAttribute('href');
	if (el instanceof HTMLAnchorElement && href !== null)
		return { href, nth: Math.max(0, linksTo(href).indexOf(el)) };
	return null;
}

/**
 * Focuses the marked element, or `fallback` when it is gone or cannot take focus (hidden). So focus
 * never stays on the body after Back.
 */
export function restoreFocus(mark: FocusMark | null, fallback: () => HTMLElement | null) {
	let el: HTMLElement | null = null;
	if (mark?.id) el = document.getElementById(mark.id);
	else if (mark?.href !== undefined) {
		const links = linksTo(mark.href);
		el = links[mark.nth ?? 0] ?? links[0] ?? null;
	}
	el?.focus();
	if (!el || document.activeElement !== el) fallback()?.focus();
}
