// Merging CORDIS rows into the valid fixture (metaCCAZE, cordisId 101139678): matching partners (PIC,
// then name + country), what a known project gains, new projects and partners, curated fields kept,
// --prune, and that a second import of the same rows changes nothing.
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../../src/lib/data/check';
import type { CordisOrganisation, CordisProject } from '../../../src/lib/data/import/cordis';
import { diffDatasets } from '../../../src/lib/data/import/diff';
import { mergeCordis, type CordisInput } from '../../../src/lib/data/import/merge-cordis';
import { insertRecord } from '../../../src/lib/data/import/records';
import type { Dataset } from '../../../src/lib/data/schema';
import { METACCAZE, TESTPROJ, validData } from './helpers';

const URL_M = `https://cordis.europa.eu/project/id/${METACCAZE}`;

function project(over: Partial<CordisProject> = {}): CordisProject {
	return {
		cordisId: METACCAZE,
		acronym: 'metaCCAZE',
		title: 'Fixture title',
		startDate: '2024-01-01',
		endDate: '2027-12-31',
		ecMaxContribution: 1,
		topics: ['HORIZON-MISS-2023-CIT-01-01'],
		...over
	};
}

function org(over: Partial<CordisOrganisation> = {}): CordisOrganisation {
	return {
		projectId: METACCAZE,
		orgId: '999000001',
		name: 'EXAMPLE RESEARCH INSTITUTE (FIXTURE)',
		shortName: null,
		activityType: 'REC',
		kind: 'research',
		city: 'MUENCHEN',
		country: 'DE',
		unknownCountry: null,
		lat: 48.1,
		lon: 11.5,
		role: 'partner',
		ecContribution: null,
		order: null,
		...over
	};
}

const input = (orgs: CordisOrganisation[], projects = [project()]): CordisInput => ({
	projects,
	organisations: orgs
});
const byId = <T extends { id: string }>(list: T[], id: string): T => {
	const r = list.find((x) => x.id === id);
	if (!r) throw new Error(`no ${id}`);
	return r;
};
const metaccaze = (d: Dataset) => byId(d.projects, 'metaccaze');
const linkOf = (d: Dataset, partnerId: string) =>
	metaccaze(d).partners.find((l) => l.partnerId === partnerId);
const valid = (d: Dataset) => checkDataset(JSON.parse(JSON.stringify(d))).problems;

describe('insertRecord', () => {
	it('keeps a file in id order when it is (partners.json is), else appends', () => {
		const sorted = [{ id: 'a' }, { id: 'c' }];
		insertRecord(sorted, { id: 'b' });
		expect(sorted.map((r) => r.id)).toEqual(['a', 'b', 'c']);
		const unsorted = [{ id: 'c' }, { id: 'a' }];
		insertRecord(unsorted, { id: 'b' });
		expect(unsorted.map((r) => r.id)).toEqual(['c', 'a', 'b']);
	});
});

describe('mergeCordis', () => {
	it('fills what a known project lacks and keeps what it has; its partner list becomes complete', () => {
		const before = validData();
		const { data } = mergeCordis(before, input([org()]));
		const p = metaccaze(data);
		expect(p.startDate).toBe('2024-01-01');
		expect(p.endDate).toBe('2027-12-31');
		expect(p.euContributionEUR).toBe(24700000); // curated, not replaced
		expect(p.title).toBe(metaccaze(before).title);
		expect(p.partnersComplete).toBe(true);
		expect(p.sources).toContain(URL_M);
		expect(p.review).toBeUndefined();
		expect(metaccaze(before).startDate).toBeNull(); // the input is not changed
		expect(valid(data)).toEqual([]);
	});

	it('gives a known project its EU contribution when it has none', () => {
		const before = validData();
		metaccaze(before).euContributionEUR = null;
		const { data } = mergeCordis(before, input([org()], [project({ ecMaxContribution: 123.5 })]));
		expect(metaccaze(data).euContributionEUR).toBe(123.5);
	});

	it('matches a partner by PIC first, whatever CORDIS calls it', () => {
		const before = validData();
		byId(before.partners, 'technical-university-of-munich-tum').cordisOrgId = '999000009';
		const { data } = mergeCordis(
			before,
			input([
				org({ orgId: '999000009', name: 'TECHNISCHE UNIVERSITAET MUENCHEN', kind: 'research' })
			])
		);
		expect(data.partners).toHaveLength(before.partners.length);
		const tum = byId(data.partners, 'technical-university-of-munich-tum');
		expect(tum.name).toBe('Technical University of Munich (TUM)');
		expect(tum.aliases).toContain('TECHNISCHE UNIVERSITAET MUENCHEN');
	});

	it('matches by name (or short name) and country, stores the PIC and keeps the display name', () => {
		const { data } = mergeCordis(
			validData(),
			input([
				org({
					orgId: '999000001',
					name: 'EUROPEAN ROAD TRANSPORT TELEMATICS (FIXTURE ROW)',
					shortName: 'ERTICO - ITS Europe',
					country: 'BE',
					role: 'coordinator'
				}),
				org({ orgId: '999000002', name: 'CITY OF TAMPERE', country: 'FI', kind: 'city' })
			])
		);
		const ertico = byId(data.partners, 'ertico-its-europe');
		expect(ertico).toMatchObject({ name: 'ERTICO - ITS Europe', cordisOrgId: '999000001' });
		expect(ertico.aliases).toEqual(['EUROPEAN ROAD TRANSPORT TELEMATICS (FIXTURE ROW)']);
		expect(byId(data.partners, 'city-of-tampere').cordisOrgId).toBe('999000002');
		expect(byId(data.partners, 'city-of-tampere').aliases).toEqual([]); // same name, folded
		expect(linkOf(data, 'ertico-its-europe')?.sources).toEqual([URL_M]);
	});

	it('does not match the same name in another country, nor a partner with another PIC', () => {
		const before = validData();
		byId(before.partners, 'city-of-tampere').cordisOrgId = '999000077';
		const { data } = mergeCordis(
			before,
			input([
				org({ orgId: '999000003', name: 'ERTICO - ITS EUROPE', country: 'FR' }),
				org({ orgId: '999000004', name: 'CITY OF TAMPERE', country: 'FI' })
			])
		);
		expect(data.partners).toHaveLength(before.partners.length + 2);
		expect(byId(data.partners, 'ertico-its-europe-2').country).toBe('FR');
		expect(byId(data.partners, 'city-of-tampere-2').kind).toBe('research'); // from the row
	});

	it('confirms a low-confidence link (high), keeps its note, gives it the CORDIS role and source', () => {
		const before = validData();
		const link = linkOf(before, 'landeshauptstadt-munchen-city-of-munich')!;
		link.confidence = 'low';
		link.sources = ['https://example.org/curated'];
		byId(before.partners, 'landeshauptstadt-munchen-city-of-munich').cordisOrgId = '999000010';
		const { data } = mergeCordis(
			before,
			input([
				org({
					orgId: '999000010',
					name: 'LANDESHAUPTSTADT MUENCHEN',
					kind: 'city',
					role: 'coordinator'
				})
			])
		);
		expect(linkOf(data, 'landeshauptstadt-munchen-city-of-munich')).toEqual({
			partnerId: 'landeshauptstadt-munchen-city-of-munich',
			role: 'coordinator',
			confidence: 'high',
			note: link.note,
			sources: ['https://example.org/curated', URL_M]
		});
		const munich = byId(data.partners, 'landeshauptstadt-munchen-city-of-munich');
		expect(munich.notes).toEqual(byId(before.partners, munich.id).notes);
		expect(munich.sources).toEqual([...byId(before.partners, munich.id).sources, URL_M]);
	});

	it('keeps links and partners the export does not list, unless pruning', () => {
		const before = validData();
		const rows = input([org({ orgId: '999000002', name: 'CITY OF TAMPERE', country: 'FI' })]);
		const kept = mergeCordis(before, rows).data;
		expect(metaccaze(kept).partners.map((l) => l.partnerId)).toEqual(
			metaccaze(before).partners.map((l) => l.partnerId)
		);
		const pruned = mergeCordis(before, rows, { prune: true }).data;
		expect(metaccaze(pruned).partners.map((l) => l.partnerId)).toEqual(['city-of-tampere']);
		// Partners that lost their only link go; one no project listed before stays.
		const linked = new Set(metaccaze(before).partners.map((l) => l.partnerId));
		const stay = before.partners.filter((p) => p.id === 'city-of-tampere' || !linked.has(p.id));
		expect(pruned.partners.map((p) => p.id)).toEqual(stay.map((p) => p.id));
		expect(pruned.meta.counts?.partners).toBe(stay.length);
		expect(valid(pruned)).toEqual([]);
	});

	it('makes a new partner from a row: readable name, registered alias, kind, city, coordinates', () => {
		const { data } = mergeCordis(
			validData(),
			input([
				org(),
				org({
					orgId: '999000007',
					name: 'EXAMPLE MUNICIPALITY OF KRAKOW (FIXTURE)',
					activityType: 'PUB',
					kind: 'city',
					city: 'KRAKOW',
					country: 'PL',
					lat: null,
					lon: null
				})
			])
		);
		expect(byId(data.partners, 'example-research-institute-fixture')).toEqual({
			id: 'example-research-institute-fixture',
			name: 'Example Research Institute (Fixture)',
			kind: 'research',
			country: 'DE',
			city: 'Muenchen',
			cityId: 'munich',
			lat: 48.1,
			lon: 11.5,
			aliases: ['EXAMPLE RESEARCH INSTITUTE (FIXTURE)'],
			notes: [],
			sources: [URL_M],
			cordisOrgId: '999000001'
		});
		const krakow = byId(data.partners, 'example-municipality-of-krakow-fixture');
		const city = byId(data.cities, 'krakow');
		expect(krakow).toMatchObject({ kind: 'city', cityId: 'krakow', lat: city.lat, lon: city.lon });
		expect(linkOf(data, krakow.id)).toMatchObject({ role: 'partner', confidence: 'high' });
		// The fixture's partners are not in id order: new ones go at the end.
		expect(data.partners.slice(-2).map((p) => p.id)).toEqual([
			'example-research-institute-fixture',
			'example-municipality-of-krakow-fixture'
		]);
	});

	it('adds a new mission project, marked imported, with empty themes and sites', () => {
		const { data } = mergeCordis(
			validData(),
			input(
				[org({ projectId: TESTPROJ, role: 'coordinator' })],
				[
					project({
						cordisId: TESTPROJ,
						acronym: 'TESTPROJ',
						title: 'Test',
						ecMaxContribution: 1234567.89,
						topics: ['HORIZON-MISS-2099-CIT-01-01']
					})
				]
			)
		);
		const p = byId(data.projects, 'testproj');
		expect(p).toMatchObject({
			acronym: 'TESTPROJ',
			cordisId: TESTPROJ,
			euContributionEUR: 1234567.89,
			topic: 'HORIZON-MISS-2099-CIT-01-01',
			coordinator: { name: 'Example Research Institute (Fixture)', country: 'DE' },
			themes: [],
			sites: [],
			partnersComplete: true,
			review: 'imported',
			sources: [`https://cordis.europa.eu/project/id/${TESTPROJ}`]
		});
		expect(p.partners.map((l) => [l.partnerId, l.role])).toEqual([
			['example-research-institute-fixture', 'coordinator']
		]);
		expect(data.meta.counts?.projects).toBe(2);
		expect(valid(data)).toEqual([]);
	});

	it('drops the review mark once an imported project has themes and sites', () => {
		const before = validData();
		Object.assign(metaccaze(before), { review: 'imported' });
		expect(metaccaze(mergeCordis(before, input([org()])).data).review).toBeUndefined();
		metaccaze(before).sites = [];
		expect(metaccaze(mergeCordis(before, input([org()])).data).review).toBe('imported');
	});

	it('changes nothing when the same rows are imported again', () => {
		const rows = input(
			[
				org({ role: 'coordinator' }),
				org({ orgId: '999000002', name: 'CITY OF TAMPERE', country: 'FI' }),
				org({ orgId: '999000005', name: 'EXAMPLE AFFILIATE', role: 'associated' }),
				org({ orgId: '999000005', name: 'EXAMPLE AFFILIATE', role: 'partner' })
			],
			[project()]
		);
		const once = mergeCordis(validData(), rows).data;
		const twice = mergeCordis(once, rows).data;
		const diff = diffDatasets(once, twice);
		expect([diff.added, diff.changed, diff.removed]).toEqual([0, 0, 0]);
		// One organisation twice in a project: one link, the stronger role.
		expect(linkOf(once, 'example-affiliate')?.role).toBe('partner');
	});

	it('notes a project without participants and a country we do not know', () => {
		const { notes } = mergeCordis(
			validData(),
			input(
				[org({ projectId: TESTPROJ, country: null, unknownCountry: 'QQ' })],
				[project(), project({ cordisId: TESTPROJ, acronym: 'T' })]
			)
		);
		expect(notes).toEqual([
			`project ${METACCAZE} (metaccaze): the export lists no participants; its partners are left as they are`,
			'EXAMPLE RESEARCH INSTITUTE (FIXTURE) (PIC 999000001): country "QQ" is not in our country list; left empty'
		]);
	});
});
