// A browser's messages: only the page's language is fetched (one chunk per language), then `m` reads it.
import { getLocaleForUrl, overwriteGetLocale, type Locale } from '../paraglide/runtime.js';
import { useCatalog, type Catalog } from './catalog';

// Paraglide's getLocale() parses the page's URL on every call, and every localised link asks it: a
// result list paid that per row and keystroke. The language changes only with the URL, so it is read
// once per URL. (The server keeps Paraglide's own, which reads the request's locale.)
if (typeof window !== 'undefined') {
	let href = '';
	let locale: Locale;
	overwriteGetLocale(() => {
		if (window.location.href !== href) {
			href = window.location.href;
			locale = getLocaleForUrl(href);
		}
		return locale;
	});
}

const modules = import.meta.glob<Catalog>('../paraglide/messages/[a-z][a-z].js');
const loaded = new Map<Locale, Catalog>();

export async function loadCatalog(locale: Locale): Promise<void> {
	const ready = await catalogOf(locale);
	useCatalog(() => ready);
}

/** Another language's messages, without switching the page to it (the first-visit suggestion). */
export async function catalogOf(locale: Locale): Promise<Catalog> {
	const cached = loaded.get(locale);
	if (cached) return cached;
	const load = modules[`../paraglide/messages/${locale}.js`];
	if (!load) throw new Error(`No messages for the language "${locale}"`);
	const catalog = await load();
	loaded.set(locale, catalog);
	return catalog;
}
