// The CORDIS export's codes and our names: partner kinds, roles, countries, amounts, coordinates, and
// the names the import derives (match keys, readable names, slug ids, city administrations).
import { describe, expect, it } from 'vitest';
import {
	RowError,
	countryCode,
	isMissionTopic,
	linkRole,
	organisationFromCells,
	parseAmount,
	parseGeolocation,
	partnerKind,
	projectFromCells
} from '../../../src/lib/data/import/cordis';
import {
	isCityAdministration,
	matchKey,
	readableName,
	slugId
} from '../../../src/lib/data/import/names';

describe('CORDIS codes', () => {
	it.each([
		['HES', 'TECHNISCHE UNIVERSITAET DARMSTADT', 'research'],
		['REC', 'EXAMPLE RESEARCH INSTITUTE (FIXTURE)', 'research'],
		['PRC', 'STADTWERKE EXAMPLE GMBH', 'company'],
		['PRC', 'CITY OF LONDON CONSULTING LTD', 'company'],
		['PUB', 'EXAMPLE MINISTRY OF ENERGY', 'public-body'],
		['PUB', 'CITY OF TESTVILLE', 'city'],
		['PUB', 'COMUNE DI ESEMPIO', 'city'],
		['PUB', 'GEMEENTE VOORBEELD', 'city'],
		['PUB', 'LANDESHAUPTSTADT MUENCHEN', 'city'],
		['PUB', 'STADT BEISPIEL', 'city'],
		['PUB', 'AYUNTAMIENTO DE EJEMPLO', 'city'],
		['PUB', 'MIASTO PRZYKLAD', 'city'],
		['PUB', 'TAMPEREEN KAUPUNKI', 'city'],
		['PUB', 'EXAMPLE KOMMUNE', 'city'],
		['OTH', 'MUNICIPALITY OF EXAMPLE', 'city'],
		['OTH', 'EXAMPLE ASSOCIATION', 'other'],
		['', 'UNKNOWN TYPE', 'other']
	])('%s %s is a %s', (type, name, kind) => {
		expect(partnerKind(type, name)).toBe(kind);
	});

	it.each([
		['coordinator', 'coordinator'],
		['participant', 'partner'],
		['associatedPartner', 'associated'],
		['thirdParty', 'associated']
	])('role %s → %s', (role, link) => {
		expect(linkRole(role)).toBe(link);
	});

	it('refuses an unknown role', () => {
		expect(() => linkRole('sponsor')).toThrow(RowError);
	});

	it.each([
		['EL', 'GR'],
		['UK', 'GB'],
		['de', 'DE'],
		['', null],
		['QQ', null]
	])('country %s → %s', (code, ours) => {
		expect(countryCode(code).code).toBe(ours);
	});

	it.each([
		['24699999,5', 24699999.5],
		['24699999.50', 24699999.5],
		['1.234.567,89', 1234567.89],
		['1,234,567.89', 1234567.89],
		['1 000', 1000],
		['', null]
	])('amount %j → %j', (text, n) => {
		expect(parseAmount(text, 'ecMaxContribution')).toBe(n);
	});

	it('names the column of a bad amount', () => {
		expect(() => parseAmount('about 3 million', 'ecMaxContribution')).toThrow(
			'ecMaxContribution: expected an amount in euro, got "about 3 million"'
		);
	});

	it.each([
		['48.1371,11.5754', { lat: 48.1371, lon: 11.5754 }],
		['(50.8466, 4.3528)', { lat: 50.8466, lon: 4.3528 }],
		['', null],
		['0,0', null],
		['95,10', null],
		['somewhere', null]
	])('geolocation %j', (text, geo) => {
		expect(parseGeolocation(text)).toEqual(geo);
	});

	it.each([
		['HORIZON-MISS-2021-CIT-02-01', true],
		['HORIZON-MISS-2023-CIT-SGA-01', true],
		['HORIZON-MISS-2023-CLIMA-CITIES-01-01', false],
		['HORIZON-CL5-2023-D4-01-01', false]
	])('%s is a Cities Mission topic: %s', (topic, yes) => {
		expect(isMissionTopic(topic)).toBe(yes);
	});

	const cells =
		(row: Record<string, string>) =>
		(c: string): string =>
			row[c] ?? '';

	it('reads a project row; a bad date names its column', () => {
		const row = {
			id: '199999901',
			acronym: 'TESTPROJ',
			title: 'Test',
			startDate: '2099-01-01',
			endDate: '2100-12-31 00:00:00',
			ecMaxContribution: '10,5',
			topics: 'HORIZON-MISS-2099-CIT-01-01'
		};
		expect(projectFromCells(cells(row))).toEqual({
			cordisId: '199999901',
			acronym: 'TESTPROJ',
			title: 'Test',
			startDate: '2099-01-01',
			endDate: '2100-12-31',
			ecMaxContribution: 10.5,
			topics: ['HORIZON-MISS-2099-CIT-01-01']
		});
		expect(() => projectFromCells(cells({ ...row, startDate: '01/01/2099' }))).toThrow(
			'startDate: expected a date (YYYY-MM-DD), got "01/01/2099"'
		);
		expect(() => projectFromCells(cells({ ...row, id: 'TESTPROJ' }))).toThrow(/^id: /);
	});

	it('reads an organisation row', () => {
		const org = organisationFromCells(
			cells({
				projectID: '199999901',
				organisationID: '999000005',
				name: 'EXAMPLE CLIMATE ASSOCIATION (FIXTURE)',
				activityType: 'oth',
				country: 'EL',
				city: 'ATHINA',
				geolocation: '37.9838,23.7275',
				role: 'associatedPartner',
				order: '5'
			})
		);
		expect(org).toMatchObject({
			orgId: '999000005',
			kind: 'other',
			country: 'GR',
			lat: 37.9838,
			lon: 23.7275,
			role: 'associated',
			order: 5,
			ecContribution: null
		});
	});
});

describe('names', () => {
	it.each([
		['adelphi research gGmbH', 'adelphi research'],
		['ADELPHI RESEARCH', 'adelphi research'],
		['Łódź Energy Agency Sp. z o.o.', 'lodz energy agency'],
		['GmbH', 'gmbh']
	])('matchKey(%j) = %j', (name, key) => {
		expect(matchKey(name)).toBe(key);
	});

	it.each([
		['EXAMPLE RESEARCH INSTITUTE OF TESTVILLE', 'Example Research Institute of Testville'],
		['EXAMPLE CONSULTING GMBH (FIXTURE)', 'Example Consulting GmbH (Fixture)'],
		['TU EXAMPLE', 'TU Example'],
		['Already Mixed Case e.V.', 'Already Mixed Case e.V.']
	])('readableName(%j) = %j', (registered, name) => {
		expect(readableName(registered)).toBe(name);
	});

	it('makes unique slug ids the schema accepts', () => {
		const taken = new Set(['example-institute']);
		expect(slugId('Example Institute', taken)).toBe('example-institute-2');
		expect(slugId('Łódź: Miasto!', new Set())).toBe('lodz-miasto');
		const long = slugId('word '.repeat(40), new Set());
		expect(long.length).toBeLessThanOrEqual(60);
		expect(long).toMatch(/^[a-z0-9][a-z0-9-]{0,79}$/);
		expect(slugId('—', new Set())).toBe('record');
	});

	it('recognises city administrations by name only', () => {
		expect(isCityAdministration('Ville de Exemple')).toBe(true);
		expect(isCityAdministration('Example University')).toBe(false);
	});
});
