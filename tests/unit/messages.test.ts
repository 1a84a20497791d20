import { describe, expect, it } from 'vitest';
import {
	countsText,
	formatDate,
	formatDateTime,
	formatEuro,
	formatKm,
	formatNumber,
	counted
} from '../../src/lib/messages';
import { overwriteGetLocale } from '../../src/lib/paraglide/runtime';

describe('formatDate', () => {
	it.each([
		['2023', '2023'],
		['2023-06', 'Jun 2023'],
		['2023-10-12', '12 Oct 2023'],
		['2022-04-28', '28 Apr 2022'],
		['2024-01-01', '1 Jan 2024'],
		['2025-12', 'Dec 2025'],
		[null, 'date unknown'],
		[undefined, 'date unknown'],
		['', 'date unknown']
	])('%j -> %j', (iso, text) => {
		expect(formatDate(iso)).toBe(text);
	});
});

describe('formatNumber', () => {
	it.each([
		[0, '0'],
		[999, '999'],
		[1260391, '1,260,391'],
		[-1500, '-1,500']
	])('%d -> %s', (n, text) => {
		expect(formatNumber(n)).toBe(text);
	});
});

describe('formatEuro', () => {
	it.each([
		[24_700_000, '€24.7 million'],
		[1_500_000, '€1.5 million'],
		[1_000_000, '€1 million'],
		[12_345_678, '€12.3 million'],
		[1_250_000_000, '€1,250 million'],
		[999_999, '€999,999'],
		[0, '€0'],
		[null, 'not published'],
		[undefined, 'not published']
	])('%j -> %s', (n, text) => {
		expect(formatEuro(n)).toBe(text);
	});
});

describe('formatKm', () => {
	it.each([
		[0, '0.0 km'],
		[3.14159, '3.1 km'],
		[9.94, '9.9 km'],
		[9.96, '10 km'],
		[10, '10 km'],
		[14.1, '14 km'],
		[56.5, '57 km'],
		[878.4, '878 km'],
		[5570.2, '5,570 km']
	])('%d -> %s', (km, text) => {
		expect(formatKm(km)).toBe(text);
	});
});

describe('counted', () => {
	it.each([
		[0, 'city', '0 cities'],
		[1, 'city', '1 city'],
		[2, 'project', '2 projects'],
		[1, 'partner', '1 partner'],
		[1234, 'partner', '1,234 partners']
	] as const)('%d %s', (n, noun, text) => {
		expect(counted(noun, n)).toBe(text);
	});

	it('asked again in another language, answers in that language', () => {
		try {
			expect(counted('result', 3)).toBe('3 results');
			overwriteGetLocale(() => 'de');
			expect(counted('result', 3)).toBe('3 Ergebnisse');
			expect(counted('result', 1)).toBe('1 Ergebnis');
			overwriteGetLocale(() => 'en');
			expect(counted('result', 3)).toBe('3 results');
		} finally {
			overwriteGetLocale(() => 'en');
		}
	});
});

describe('data status words', () => {
	it.each([
		['2026-12-06T15:58:31.626Z', '6 Dec 2026, 15:58 UTC'],
		['2026-01-01T00:00:00.000Z', '1 Jan 2026, 00:00 UTC']
	])('formatDateTime %s', (iso, text) => {
		expect(formatDateTime(iso)).toBe(text);
	});

	it('countsText names every kind with its plural', () => {
		expect(countsText({ cities: 190, pilots: 1, projects: 27, partners: 1305, themes: 12 })).toBe(
			'190 cities, 1 pilot, 27 projects, 1,305 partners and 12 themes'
		);
	});
});
