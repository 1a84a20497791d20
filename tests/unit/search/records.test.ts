import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { recordUrl, toSearchRecords } from '../../../src/lib/search/records';
import { indexFor } from '../../../src/lib/search/engine';
import { matchQuery } from '../../../src/lib/search/fuzzy';
import { FIXTURES, loadDataset } from '../helpers/data';
import { data, records } from '../helpers/search';
import { recordName } from '../../../src/lib/messages';

const byKey = new Map(records.map((r) => [r.key, r]));

describe('toSearchRecords', () => {
	it('has one record per city, pilot, project and partner, with unique keys', () => {
		expect(records).toHaveLength(
			data.cities.length + data.pilots.length + data.projects.length + data.partners.length
		);
		expect(byKey.size).toBe(records.length);
	});

	it.each([
		['city:munich', ['mission-city', 'pilot-city'], 'awarded'],
		['city:brussels-capital-region', ['mission-city', 'pilot-city'], 'unknown'],
		['city:galway', ['pilot-city'], null],
		['city:berlin', ['site-city'], null],
		['city:glasgow', ['mission-city'], 'awarded']
	])('%s is %j with label %s', (key, kinds, label) => {
		expect(byKey.get(key)).toMatchObject({ kinds, label });
	});

	it('gives a city its other names, and an untitled pilot its cities instead of a name', () => {
		expect(byKey.get('city:munich')!.altNames).toEqual([
			'München',
			'Muenchen',
			'Monaco di Baviera'
		]);
		const unnamed = byKey.get('pilot:c1-netherlands')!;
		expect(unnamed.name).toBeNull();
		expect(unnamed.cityNames[0]).toBe('The Hague');
		expect(recordName(unnamed)).toMatch(/^Pilot activity in The Hague, /);
	});

	it('finds an untitled pilot by a city name, through the name people read', () => {
		const index = indexFor([...records], recordName);
		const found = matchQuery(index, 'the hague').map((m) => index.records[m.index].key);
		expect(found).toContain('pilot:c1-netherlands');
	});

	it('carries data, never sentences: flags and counts', () => {
		const malmo = byKey.get('city:malmo')!;
		expect(malmo).toMatchObject({ isMissionCity: true, isPilotCity: true, label: 'awarded' });
		expect(malmo.projectCount).toBe(
			data.projects.filter((p) => p.sites.some((s) => s.cityId === 'malmo')).length
		);
		const metaccaze = byKey.get('project:metaccaze')!;
		expect(metaccaze.cityCount).toBe(data.projects.find((p) => p.id === 'metaccaze')!.sites.length);
		expect(metaccaze.partnersComplete).toBe(
			data.projects.find((p) => p.id === 'metaccaze')!.partnersComplete
		);
		expect(Object.keys(malmo)).not.toContain('facts');
	});

	it('links each record to its page', () => {
		expect(byKey.get('city:malmo')!.url).toBe('/cities/malmo');
		expect(byKey.get('project:metaccaze')!.url).toBe('/projects/metaccaze');
		expect(recordUrl('partner', 'a b')).toBe('/partners/a%20b');
	});

	it('puts partners without coordinates nowhere on the map', () => {
		expect(byKey.get('partner:remoted')!.points).toEqual([]);
		expect(byKey.get('project:metaccaze')!.points).toHaveLength(10);
	});
});

describe('the hostile fixture', () => {
	const hostile = toSearchRecords(loadDataset(join(FIXTURES, 'hostile')));
	const get = (key: string) => hostile.find((r) => r.key === key)!;

	it('keeps markup as plain text in names (escaping is the renderer’s job, never done twice)', () => {
		expect(get('city:xss-city').name).toBe('<script>alert(1)</script>');
		expect(get('city:munich').name).toBe('Munich <img src=x onerror=alert(1)>');
		expect(get('partner:remoted').name).toBe('<script>alert(1)</script>');
	});

	it('is searchable like any other data', () => {
		const index = indexFor(hostile);
		expect(matchQuery(index, 'munich').map((m) => hostile[m.index].key)[0]).toBe('city:munich');
		expect(matchQuery(index, '<script>').map((m) => hostile[m.index].key)).toContain(
			'city:xss-city'
		);
	});
});
