// A browser's messages: only the page's language is fetched (one chunk per language), then `m` reads it.
import type { Locale } from '../paraglide/runtime.js';
import { useCatalog, type Catalog } from './catalog';

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
