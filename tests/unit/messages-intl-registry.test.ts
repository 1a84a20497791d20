import { afterEach, describe, expect, it } from 'vitest';
import { counted } from '$lib/messages';
import { isPlainSmallCount, number, plural } from '$lib/messages/intl-registry';
import { locales } from '$lib/paraglide/runtime';

const { PluralRules, NumberFormat } = Intl;
afterEach(() => Object.assign(Intl, { PluralRules, NumberFormat }));

/** Counts what is built from now on (the instances stay real). */
function countBuilt() {
	const built = { pluralRules: 0, numberFormats: 0 };
	Object.assign(Intl, {
		PluralRules: class extends PluralRules {
			constructor(...args: ConstructorParameters<typeof PluralRules>) {
				super(...args);
				built.pluralRules++;
			}
		},
		NumberFormat: class extends NumberFormat {
			constructor(...args: ConstructorParameters<typeof NumberFormat>) {
				super(...args);
				built.numberFormats++;
			}
		}
	});
	return built;
}

describe('the Intl registry of the compiled messages', () => {
	it('builds one PluralRules and one NumberFormat per language and options, not one per message', () => {
		const built = countBuilt();
		const texts = [1, 2, 5, 1200, 7].map((n) => counted('city', n));
		expect(texts).toEqual(['1 city', '2 cities', '5 cities', '1,200 cities', '7 cities']);
		// At most the first call builds them (another test may have already).
		expect(built.pluralRules).toBeLessThanOrEqual(1);
		expect(built.numberFormats).toBeLessThanOrEqual(1);
	});

	it('keeps languages and options apart', () => {
		expect(number('en', 1234.5, {})).toBe('1,234.5');
		expect(number('de', 1234.5, {})).toBe('1.234,5');
		expect(number('en', 0.5, { style: 'percent' })).toBe('50%');
		expect(plural('en', 1, {})).toBe('one');
		expect(plural('en', 1, { type: 'ordinal' })).toBe('one');
		expect(plural('en', 2, { type: 'ordinal' })).toBe('two');
		expect(plural('pl', 5, {})).toBe('many');
	});
});

describe('small counts', () => {
	it('read as plain digits in every language, as Intl itself writes them', () => {
		for (const locale of locales)
			for (const n of [0, 7, 42, 999]) {
				expect(isPlainSmallCount(n)).toBe(true);
				expect(number(locale, n, {})).toBe(new NumberFormat(locale).format(n));
			}
		for (const n of [1000, -1, 2.5]) expect(isPlainSmallCount(n)).toBe(false);
		expect(number('de', 1000, {})).toBe('1.000');
		expect(number('en', 2.5, {})).toBe('2.5');
	});
});
