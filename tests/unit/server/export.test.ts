import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
	exportRow,
	neutraliseCell,
	toCsv,
	slug,
	UTF8_BOM,
	EXPORT_COLUMNS
} from '../../../src/lib/server/export';
import type { SearchRecord } from '../../../src/lib/search/records';
import { searchRecord } from '../helpers/record';

const labels = new Map([
	['energy', 'Energy'],
	['buildings', 'Buildings'],
	['governance-policy', 'Governance & policy']
]);

const rec = (over: Partial<SearchRecord>): SearchRecord =>
	searchRecord({
		kind: 'partner',
		id: 'x',
		name: 'X',
		country: 'CZ',
		countries: ['CZ'],
		themes: ['energy', 'buildings'],
		kinds: ['partner'],
		partnerType: 'company',
		projectCount: 1,
		place: 'Prague',
		url: '/partners/x',
		...over
	});

describe('neutraliseCell', () => {
	it.each([
		['=HYPERLINK("http://evil","x")', `'=HYPERLINK("http://evil","x")`],
		['+33 1', "'+33 1"],
		['-2+3', "'-2+3"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tcmd', "'\tcmd"],
		['Malmö', 'Malmö'],
		['', '']
	])('%j', (input, expected) => expect(neutraliseCell(input)).toBe(expected));
});

describe('toCsv', () => {
	const rows = [
		exportRow(
			rec({ id: 'pds', name: 'Pražská developerská společnost (PDS, Prague Development Company)' }),
			'http://h',
			labels
		),
		exportRow(rec({ id: 'evil', name: '=cmd|"/C calc"!A0' }), 'http://h', labels),
		exportRow(
			rec({
				kind: 'city',
				id: 'malmo',
				name: 'Malmö',
				kinds: ['mission-city', 'pilot-city'],
				isMissionCity: true,
				isPilotCity: true,
				projectCount: 2,
				label: 'awarded',
				url: '/cities/malmo'
			}),
			'http://h',
			labels
		)
	];
	const csv = toCsv(rows);

	it('starts with a UTF-8 byte order mark and a header', () => {
		expect(csv.startsWith(UTF8_BOM)).toBe(true);
		expect(csv.slice(1).split('\r\n')[0]).toBe(EXPORT_COLUMNS.join(','));
	});

	it('quotes a name with a comma and keeps accents, so it parses back whole', () => {
		expect(csv).toContain('"Pražská developerská společnost (PDS, Prague Development Company)"');
		const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
		expect(parsed[0].name).toBe(
			'Pražská developerská společnost (PDS, Prague Development Company)'
		);
		// a person reads the labels; the codes keep their own column, in the same order
		expect(parsed[0].themes).toBe('Energy;Buildings');
		expect(parsed[0].theme_codes).toBe('energy;buildings');
		expect(parsed[2]).toMatchObject({
			name: 'Malmö',
			url: 'http://h/cities/malmo',
			mission_city: 'yes',
			pilot_city: 'yes',
			mission_label: 'yes',
			projects: '2',
			pilots: '0',
			cities: ''
		});
		expect(parsed[0].mission_city).toBe('');
		// Data, not sentences: a partner's city and project count in their own columns.
		expect(parsed[0]).toMatchObject({ place: 'Prague', projects: '1', partner_type: 'company' });
	});

	it('neutralises a hostile name', () => {
		const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true }).data;
		expect(parsed[1].name).toBe(`'=cmd|"/C calc"!A0`);
	});
});

describe('exportRow themes', () => {
	it.each([
		[['governance-policy'], 'Governance & policy', 'governance-policy'],
		[['energy', 'governance-policy'], 'Energy;Governance & policy', 'energy;governance-policy'],
		[['not-in-the-table'], 'not-in-the-table', 'not-in-the-table'],
		[[], '', '']
	])('%j', (themes, label, codes) => {
		const row = exportRow(rec({ themes }), 'http://h', labels);
		expect(row.themes).toBe(label);
		expect(row.theme_codes).toBe(codes);
	});
	it('the codes column follows the labels column in the header', () => {
		expect(EXPORT_COLUMNS.indexOf('theme_codes')).toBe(EXPORT_COLUMNS.indexOf('themes') + 1);
	});
});

describe('slug', () => {
	it.each([
		['Malmö, SE', 'malmo-se'],
		['', 'all'],
		['city:malmo', 'city-malmo']
	])('%j', (a, b) => expect(slug(a)).toBe(b));
});
