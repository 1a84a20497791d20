// Whole numbers written in the browser from the server's table read exactly as Intl writes them, in
// every language of the app.
import { afterEach, describe, expect, it } from 'vitest';
import { fillNumber, numberTable } from '../../src/lib/messages/number-table';
import { formatNumber, numberTableFor, useNumberTable } from '../../src/lib/messages';
import { locales, overwriteGetLocale } from '../../src/lib/paraglide/runtime';

const NUMBERS = [
	0, 5, 42, 999, 1000, 1001, 1234, 5000, 9999, 10_000, 10_001, 12_345, 99_999, 100_000, 358_962,
	999_999, 1_000_000, 1_400_000, 12_345_678, 123_456_789, 2_147_483_647
];

describe('numberTable and fillNumber', () => {
	it.each(locales.map((l) => (l === 'en' ? 'en-GB' : l)))('%s: whole numbers as Intl', (locale) => {
		const format = new Intl.NumberFormat(locale);
		const table = numberTable(format)!;
		expect(table).not.toBeNull();
		for (const n of NUMBERS) expect(fillNumber(table, n), String(n)).toBe(format.format(n));
	});

	it('has no table for a grouping it cannot write (the browser keeps Intl)', () => {
		expect(numberTable(new Intl.NumberFormat('en-IN'))).toBeNull(); // 12,34,567
	});
});

describe('formatNumber with the table', () => {
	afterEach(() => {
		overwriteGetLocale(() => 'en');
		useNumberTable(null);
	});

	it('writes from the table, and only for the language it was made for', () => {
		overwriteGetLocale(() => 'de');
		const intl = NUMBERS.map(formatNumber);
		useNumberTable(numberTableFor());
		expect(NUMBERS.map(formatNumber)).toEqual(intl);
		// A table that says otherwise is what is written: no Intl is asked.
		useNumberTable({ group: '_', groupFrom: 4 });
		expect(formatNumber(358_962)).toBe('358_962');
		expect(formatNumber(2.5)).toBe('2,5'); // not a whole number: Intl
		overwriteGetLocale(() => 'fr');
		expect(formatNumber(358_962)).toBe('358\u202f962');
	});
});
