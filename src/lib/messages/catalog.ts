// The messages of the page's language. Paraglide compiles messages/{locale}.json into one module per
// language. The server holds all 24 and answers in each request's language (its middleware keeps the
// locale per request); a browser loads only the module of its page's language (routes/+layout.ts), so
// a page never ships the other 23. `m` reads whichever catalog is in use, so callers write `m.key()`.
import type * as AllMessages from '../paraglide/messages/_index.js';
import { getLocale, baseLocale, localizeHref, locales, type Locale } from '../paraglide/runtime.js';

export type Catalog = typeof AllMessages;
export type MessageName = keyof Catalog;

let active: (() => Catalog) | null = null;

/** Where `m` reads its texts from: the server's all-language dispatcher, or the one loaded language. */
export function useCatalog(get: () => Catalog): void {
	active = get;
}

function catalog(): Catalog {
	if (!active) throw new Error('No messages loaded: useCatalog() runs before the first message');
	return active();
}

// A key with a hyphen ("kind_mission-city") is an alias in the all-language module, but a language's
// own module (what a browser loads) names it with an underscore only ("kind_mission_city").
export const m: Catalog = new Proxy({} as Catalog, {
	get: (_, key) => {
		const c = catalog() as Record<string | symbol, unknown>;
		return c[key] ?? (typeof key === 'string' ? c[key.replace(/-/g, '_')] : undefined);
	}
});

/** The language of the page being made: the request's on the server, the URL's in a browser. */
export function currentLocale(): Locale {
	try {
		return getLocale();
	} catch {
		return baseLocale;
	}
}

/**
 * A link within the app, in the page's language: `/cities/malmo` is `/fr/cities/malmo` on a French
 * page. The API, external and in-page links stay as they are.
 */
export function localHref(href: string): string {
	if (!href.startsWith('/') || href.startsWith('//') || href.startsWith('/api/')) return href;
	// Paraglide builds URL objects for each link; lists draw the same links again on every keystroke.
	// The base language's links are the paths themselves.
	const locale = currentLocale();
	if (locale === baseLocale && !LOCALE_PREFIX.test(href)) return href;
	const key = `${locale} ${href}`;
	let localized = localizedHrefs.get(key);
	if (localized === undefined) {
		if (localizedHrefs.size >= MAX_LOCALIZED_HREFS) localizedHrefs.clear();
		localizedHrefs.set(key, (localized = localizeHref(href)));
	}
	return localized;
}
const localizedHrefs = new Map<string, string>();
const LOCALE_PREFIX = new RegExp(`^/(${locales.join('|')})(?=[/?#]|$)`);
const MAX_LOCALIZED_HREFS = 5000;

/**
 * A page's path without its language: `/fr/kiosk` is `/kiosk`. What Paraglide's `deLocalizeUrl` gives
 * (a unit test compares them), without the URL objects it builds: the layout and every language link
 * read it while the page hydrates.
 */
export function appPath(url: URL): string {
	return url.pathname.replace(ANY_LOCALE_PREFIX, '') || '/';
}
/** A path's first segment when it names a language (any case, as Paraglide reads it): `/FR/kiosk`. */
export const ANY_LOCALE_PREFIX = new RegExp(`^/(${locales.join('|')})(?=/|$)`, 'i');
