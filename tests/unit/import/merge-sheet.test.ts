// Merging spreadsheet rows (our own layout) into the valid fixture, and the diff the CLI prints.
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../../src/lib/data/check';
import { diffDatasets, formatDiff } from '../../../src/lib/data/import/diff';
import {
	SheetRowsError,
	mergeSheet,
	type SheetInput,
	type SheetKind
} from '../../../src/lib/data/import/merge-sheet';
import { validData } from './helpers';

function rows(kind: SheetKind, ...list: Record<string, string>[]): SheetInput {
	return {
		[kind]: list.map((r, i) => ({
			where: `${kind}.csv line ${i + 2}`,
			cell: (c: string) => r[c] ?? ''
		}))
	};
}

describe('mergeSheet', () => {
	it('adds a partner, a project with themes, sites and partners, and the result passes the check', () => {
		const { data, notes } = mergeSheet(validData(), {
			...rows('partners', {
				name: 'Example Energy Agency (fixture)',
				kind: 'public-body',
				country: 'EL',
				lat: '37,98',
				lon: '23.72',
				aliases: 'EEA; Example Agency',
				source: 'https://example.org/eea',
				note: 'sheetproj: from the fixture sheet'
			}),
			...rows('projects', {
				acronym: 'SHEETPROJ',
				title: 'Sheet fixture project',
				startDate: '2099-01',
				euContributionEUR: '1.000.000,50',
				themes: 'energy, mobility',
				source: 'https://example.org/sheetproj'
			}),
			...rows('project-partners', {
				project: 'sheetproj',
				partner: 'Example Energy Agency (fixture)',
				role: 'coordinator'
			}),
			...rows('project-sites', { project: 'sheetproj', city: 'Cracow', role: 'pilot' })
		});
		expect(data.partners.at(-1)).toEqual({
			id: 'example-energy-agency-fixture',
			name: 'Example Energy Agency (fixture)',
			kind: 'public-body',
			country: 'GR',
			city: null,
			cityId: null,
			lat: 37.98,
			lon: 23.72,
			aliases: ['EEA', 'Example Agency'],
			notes: ['sheetproj: from the fixture sheet'],
			sources: ['https://example.org/eea']
		});
		const p = data.projects.find((x) => x.id === 'sheetproj')!;
		expect(p).toMatchObject({
			startDate: '2099-01',
			euContributionEUR: 1000000.5,
			themes: ['energy', 'mobility'],
			sites: [{ cityId: 'krakow', role: 'pilot', sources: [] }],
			partners: [
				{
					partnerId: 'example-energy-agency-fixture',
					role: 'coordinator',
					confidence: 'high',
					note: null,
					sources: []
				}
			]
		});
		expect(p.review).toBeUndefined(); // it has themes and sites
		expect(notes).toEqual([]);
		expect(checkDataset(JSON.parse(JSON.stringify(data))).problems).toEqual([]);
	});

	it('sets filled cells, leaves empty ones, and only adds to lists and notes', () => {
		const before = validData();
		const { data } = mergeSheet(before, {
			...rows('partners', { id: 'remoted', name: 'Remoted', country: 'FI', note: 'checked' }),
			...rows('projects', {
				id: 'metaccaze',
				acronym: 'metaCCAZE',
				themes: 'energy, buildings',
				note: 'Reviewed.'
			})
		});
		const remoted = data.partners.find((p) => p.id === 'remoted')!;
		const old = before.partners.find((p) => p.id === 'remoted')!;
		expect(remoted).toEqual({ ...old, country: 'FI', notes: [...old.notes, 'checked'] });
		const p = data.projects.find((x) => x.id === 'metaccaze')!;
		expect(p.themes).toEqual(['mobility', 'energy', 'data-digital', 'buildings']);
		expect(p.notes).toBe(`${before.projects[0].notes} Reviewed.`);
		expect(p.title).toBe(before.projects[0].title);
	});

	it('names every bad row by file and line, and merges nothing', () => {
		let error: unknown;
		try {
			mergeSheet(validData(), {
				...rows(
					'partners',
					{ name: 'No Kind (fixture)' },
					{ name: 'X', kind: 'alien' },
					{ name: 'Y', kind: 'company', lat: '91', lon: '0' }
				),
				...rows('projects', { acronym: 'P', startDate: '1.1.2099', themes: 'weather' }),
				...rows('project-sites', { project: 'nope', city: 'krakow' })
			});
		} catch (err) {
			error = err;
		}
		expect(error).toBeInstanceOf(SheetRowsError);
		expect((error as SheetRowsError).lines).toEqual([
			'partners.csv line 2: kind: needed for a new partner (city, research, company, ngo, public-body, network, other)',
			'partners.csv line 3: kind: expected city, research, company, ngo, public-body, network, other, got "alien"',
			'partners.csv line 4: lat: expected a number between -90 and 90, got "91"',
			'projects.csv line 2: themes: unknown theme "weather" (not in themes.json)',
			'project-sites.csv line 2: project: unknown project "nope"'
		]);
	});
});

describe('diff', () => {
	it('lists added, changed (field by field) and removed records, and the totals last', () => {
		const before = validData();
		const after = structuredClone(before);
		after.partners[0].name = 'Renamed (fixture)';
		after.partners[0].aliases.push('Old name');
		after.projects[0].partners[0].confidence = 'low';
		after.partners.pop();
		after.cities.push({ ...after.cities[0], id: 'testville', name: 'Testville' });
		const lines = formatDiff(diffDatasets(before, after));
		expect(lines).toEqual([
			'cities: 1 added, 0 changed, 0 removed',
			'  + testville  Testville',
			'projects: 0 added, 1 changed, 0 removed',
			'  ~ metaccaze  metaCCAZE',
			`      partners[${before.projects[0].partners[0].partnerId}].confidence: "high" → "low"`,
			'partners: 0 added, 1 changed, 1 removed',
			`  ~ ${before.partners[0].id}  Renamed (fixture)`,
			`      name: ${JSON.stringify(before.partners[0].name)} → "Renamed (fixture)"`,
			'      aliases: + "Old name"',
			`  - ${before.partners.at(-1)!.id}  ${before.partners.at(-1)!.name}`,
			'1 added, 2 changed, 1 removed (4 records)'
		]);
	});
});
