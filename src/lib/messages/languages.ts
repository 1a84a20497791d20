// Pure: no DOM, no Svelte. The UI's languages: their own names (endonyms), the same page in another
// language, the Open Graph locale, and which language to suggest to a first-time visitor.
import { locales, baseLocale, localizeHref, type Locale } from '../paraglide/runtime.js';
import { ANY_LOCALE_PREFIX, appPath } from './catalog';

export { locales, baseLocale, type Locale };

/** True for one of the 24 UI languages. */
export function isUiLocale(code: string | null | undefined): code is Locale {
	return !!code && (locales as readonly string[]).includes(code);
}

/**
 * Each language named in itself, as a person looks for it in a list. A fixed table, not
 * Intl.DisplayNames: browsers' ICU lack some (Chromium names ga and mt in English), and the server and
 * the browser must render the same words.
 */
const ENDONYMS: Record<Locale, string> = {
	bg: 'Български',
	es: 'Español',
	cs: 'Čeština',
	da: 'Dansk',
	de: 'Deutsch',
	et: 'Eesti',
	el: 'Ελληνικά',
	en: 'English',
	fr: 'Français',
	ga: 'Gaeilge',
	hr: 'Hrvatski',
	it: 'Italiano',
	lv: 'Latviešu',
	lt: 'Lietuvių',
	hu: 'Magyar',
	mt: 'Malti',
	nl: 'Nederlands',
	pl: 'Polski',
	pt: 'Português',
	ro: 'Română',
	sk: 'Slovenčina',
	sl: 'Slovenščina',
	fi: 'Suomi',
	sv: 'Svenska'
};

/** @example endonym('fr') // 'Français' */
export function endonym(locale: Locale): string {
	return ENDONYMS[locale];
}

/**
 * The UI languages in the order a list shows them: the EU's protocol order (by each language's own
 * name, as europa.eu lists them), which the table above follows.
 */
export function languagesByEndonym(): Locale[] {
	return Object.keys(ENDONYMS) as Locale[];
}

/**
 * The same page, with its query, in another language: `/fr/cities/malmo?x=1` for 'de' is
 * `/de/cities/malmo?x=1`, for 'en' `/cities/malmo?x=1`.
 */
export function pageIn(url: URL, locale: Locale): string {
	const path = appPath(url);
	// A path that still starts with a language after its own was taken off (`/fr/de/x`) is left to
	// Paraglide; every other one is prefixed here, as Paraglide would (a unit test compares them), without
	// the URL objects it builds for each of the 24 links in the header and the 26 in <head>.
	if (ANY_LOCALE_PREFIX.test(path)) return localizeHref(`${path}${url.search}`, { locale });
	const prefix = locale === baseLocale ? '' : `/${locale}`;
	return `${prefix}${path}${url.search}`;
}

/** An attribute value in double quotes, whatever the URL's query holds. */
const escapeAttribute = (s: string) => s.replace(/[&"'<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The page's language links for <head>, as HTML the server writes into every page (hooks.server.ts):
 * its canonical address (in its own language, with its query), the same page in each of the 24
 * languages (hreflang), and English at the root as x-default. Not a component: they are for crawlers,
 * which read each address as the server sends it, and hydrating the 26 links cost every page about
 * 10 ms at full speed (40 at 4x). After a navigation in the browser they still name the first page.
 */
export function languageLinksHtml(url: URL, current: Locale): string {
	const href = (locale: Locale) => escapeAttribute(`${url.origin}${pageIn(url, locale)}`);
	return [
		`<link rel="canonical" href="${href(current)}">`,
		...locales.map((l) => `<link rel="alternate" hreflang="${l}" href="${href(l)}">`),
		`<link rel="alternate" hreflang="x-default" href="${href(baseLocale)}">`
	].join('\n\t\t');
}

/** The region Open Graph pairs with each language (og:locale is language_TERRITORY). */
const OG_REGION: Record<Locale, string> = {
	en: 'GB',
	bg: 'BG',
	cs: 'CZ',
	da: 'DK',
	de: 'DE',
	el: 'GR',
	es: 'ES',
	et: 'EE',
	fi: 'FI',
	fr: 'FR',
	ga: 'IE',
	hr: 'HR',
	hu: 'HU',
	it: 'IT',
	lt: 'LT',
	lv: 'LV',
	mt: 'MT',
	nl: 'NL',
	pl: 'PL',
	pt: 'PT',
	ro: 'RO',
	sk: 'SK',
	sl: 'SI',
	sv: 'SE'
};

/** og:locale of a language: "fr_FR", "en_GB". */
export function ogLocale(locale: Locale): string {
	return `${locale}_${OG_REGION[locale]}`;
}

/**
 * The language to offer a first-time visitor: the first of the browser's languages
 * (navigator.languages, best first) that the UI speaks, unless it is the page's own.
 * @example suggestedLocale(['de-AT', 'en'], 'en') // 'de'
 * @example suggestedLocale(['en-US', 'de'], 'en') // null
 */
export function suggestedLocale(preferred: readonly string[], current: Locale): Locale | null {
	for (const tag of preferred) {
		const code = tag.trim().toLowerCase().split(/[-_]/)[0];
		if (isUiLocale(code)) return code === current ? null : code;
	}
	return null;
}
