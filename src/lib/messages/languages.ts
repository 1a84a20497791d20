// Pure: no DOM, no Svelte. The UI's languages: their own names (endonyms), the same page in another
// language, the Open Graph locale, and which language to suggest to a first-time visitor.
import { locales, baseLocale, localizeHref, type Locale } from '../paraglide/runtime.js';
import { appPath } from './catalog';

export { locales, baseLocale, type Locale };

/** True for one of the 24 UI languages. */
export function isUiLocale(code: string | null | undefined): code is Locale {
	return !!code && (locales as readonly string[]).includes(code);
}

const endonyms = new Map<Locale, string>();

/**
 * A language named in itself, as a person looks for it in a list: "Deutsch", "Français", "Suomi".
 * @example endonym('fr') // 'Français'
 */
export function endonym(locale: Locale): string {
	let name = endonyms.get(locale);
	if (!name) {
		const raw = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
		name = raw.charAt(0).toLocaleUpperCase(locale) + raw.slice(1);
		endonyms.set(locale, name);
	}
	return name;
}

/** The UI languages in the order a list shows them: by their own names, as the EU's sites do. */
export function languagesByEndonym(): Locale[] {
	const collator = new Intl.Collator('en', { sensitivity: 'base' });
	return [...locales].sort((a, b) => collator.compare(endonym(a), endonym(b)));
}

/**
 * The same page, with its query, in another language: `/fr/cities/malmo?x=1` for 'de' is
 * `/de/cities/malmo?x=1`, for 'en' `/cities/malmo?x=1`.
 */
export function pageIn(url: URL, locale: Locale): string {
	return localizeHref(`${appPath(url)}${url.search}`, { locale });
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
