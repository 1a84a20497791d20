// Pure: the formatting functions Paraglide's compiled messages call (its `registry.js`, swapped for this
// module by vite.config.ts). Paraglide builds a new Intl object on every call; a result list formats a
// count per row and the filter panel one per value, so at 4x CPU slowdown that alone cost hundreds of
// milliseconds per committed keystroke. Here each (locale, options) pair builds its Intl object once.

type RelativeTimeFormatUnit = Intl.RelativeTimeFormatUnit;

function cachedBy<T>(make: (locale: string, options: object | undefined) => T) {
	const cache = new Map<string, T>();
	return (locale: string, options: object | undefined): T => {
		// The compiled messages pass small literal objects ({} mostly): their JSON is a stable key.
		const key = options ? `${locale}|${JSON.stringify(options)}` : locale;
		let value = cache.get(key);
		if (value === undefined) cache.set(key, (value = make(locale, options)));
		return value;
	};
}

const pluralRules = cachedBy((l, o) => new Intl.PluralRules(l, o as Intl.PluralRulesOptions));
/** One Intl.NumberFormat per language and options (the messages module's formatters use them too). */
export const numberFormats = cachedBy(
	(l, o) => new Intl.NumberFormat(l, o as Intl.NumberFormatOptions)
);
/** One Intl.DateTimeFormat per language and options. */
export const dateTimeFormats = cachedBy(
	(l, o) => new Intl.DateTimeFormat(l, o as Intl.DateTimeFormatOptions)
);
const relativeTimeFormats = cachedBy(
	(l, o) => new Intl.RelativeTimeFormat(l, o as Intl.RelativeTimeFormatOptions)
);

export function plural(locale: string, input: unknown, options?: Intl.PluralRulesOptions): string {
	return pluralRules(locale, options).select(Number(input));
}

export function number(locale: string, input: unknown, options?: Intl.NumberFormatOptions): string {
	const n = Number(input);
	if (isPlainSmallCount(n) && (!options || Object.keys(options).length === 0)) return String(n);
	return numberFormats(locale, options).format(n);
}

/**
 * A whole number from 0 to 999 reads the same in all 24 languages (Latin digits, no grouping), so it
 * needs no Intl.NumberFormat: building the first one loads the language's number data, 0.2 s of a first
 * page's hydration at 4x CPU slowdown, for counts like "12".
 */
export function isPlainSmallCount(n: number): boolean {
	return Number.isInteger(n) && n >= 0 && n < 1000;
}

export function datetime(
	locale: string,
	input: unknown,
	options?: Intl.DateTimeFormatOptions
): string {
	return dateTimeFormats(locale, options).format(new Date(input as string));
}

export function relativetime(
	locale: string,
	input: unknown,
	options: Intl.RelativeTimeFormatOptions & { unit: RelativeTimeFormatUnit }
): string {
	const { unit, ...intlOptions } = options;
	return relativeTimeFormats(locale, intlOptions).format(Number(input), unit);
}
