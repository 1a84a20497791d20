// The messages of the page's language. Paraglide compiles messages/{locale}.json into one module per
// language. The server holds all 24 and answers in each request's language (its middleware keeps the
// locale per request); a browser loads only the module of its page's language (routes/+layout.ts), so
// a page never ships the other 23. `m` reads whichever catalog is in use, so callers write `m.key()`.
import type * as AllMessages from '../paraglide/messages/_index.js';
import { getLocale, baseLocale, type Locale } from '../paraglide/runtime.js';

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

export const m: Catalog = new Proxy({} as Catalog, {
	get: (_, key) => catalog()[key as MessageName]
});

/** The language of the page being made: the request's on the server, the URL's in a browser. */
export function currentLocale(): Locale {
	try {
		return getLocale();
	} catch {
		return baseLocale;
	}
}
