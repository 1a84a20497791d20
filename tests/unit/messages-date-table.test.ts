// Dates written in the browser from the server's table read exactly as Intl writes them, in every
// language of the app, for every month.
import { afterEach, describe, expect, it } from 'vitest';
import { dateStyleTable, fillDate } from '../../src/lib/messages/date-table';
import { dateTableFor, formatDate, formatMonth, useDateTable } from '../../src/lib/messages';
import { locales, overwriteGetLocale } from '../../src/lib/paraglide/runtime';

const STYLES: Intl.DateTimeFormatOptions[] = [
	{ timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' },
	{ timeZone: 'UTC', year: 'numeric', month: 'short' },
	{ timeZone: 'UTC', year: 'numeric', month: 'long' }
];

describe('dateStyleTable and fillDate', () => {
	it.each(locales.map((l) => (l === 'en' ? 'en-GB' : l)))(
		'%s: every month and style as Intl',
		(locale) => {
			for (const options of STYLES) {
				const format = new Intl.DateTimeFormat(locale, options);
				const table = dateStyleTable(format)!;
				expect(table).not.toBeNull();
				for (let month = 1; month <= 12; month++)
					for (const day of [1, 2, 10, 28]) {
						const date = new Date(Date.UTC(2023, month - 1, day));
						expect(fillDate(table, 2023, month, day)).toBe(format.format(date));
					}
			}
		}
	);
});

describe('formatDate with the table', () => {
	afterEach(() => {
		overwriteGetLocale(() => 'en');
		useDateTable({});
	});

	it('writes the same text as without it, and only for the language it was made for', () => {
		overwriteGetLocale(() => 'fr');
		const intl = [formatDate('2026-12-02'), formatDate('2022-04'), formatMonth('2023-10')];
		useDateTable(dateTableFor());
		expect([formatDate('2026-12-02'), formatDate('2022-04'), formatMonth('2023-10')]).toEqual(intl);
		expect(formatDate('2026-12-02')).toBe('2 déc. 2026');
		overwriteGetLocale(() => 'de');
		expect(formatDate('2026-12-02')).toBe('2. Dez. 2026');
	});
});
