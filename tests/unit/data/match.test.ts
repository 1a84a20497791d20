import { describe, expect, it } from 'vitest';
import { buildRelations } from '../../../src/lib/data/relations';
import {
	matchSuggestions,
	parseMatchParams,
	compareSuggestions,
	MATCH_SCORING,
	isOwnAdministration,
	matchStrength,
	splitCommonReasons,
	type Suggestion
} from '../../../src/lib/data/match';
import { readDataDir } from '../../../src/lib/server/read-data';
import type { City, Dataset } from '../../../src/lib/data/schema';
import type { Reason } from '../../../src/lib/data/match';
import { reasonText, recordName } from '../../../src/lib/messages';

const { result } = readDataDir('data');
if (!result.ok) throw new Error('data/ does not load');
const data = result.dataset;
const rel = buildRelations(data);
const text = (r: Reason) => reasonText(r, new Map(tiny.themes.map((t) => [t.id, t.label])));
const realText = (r: Reason) => reasonText(r, new Map(data.themes.map((t) => [t.id, t.label])));

const city = (
	id: string,
	country: string,
	lat: number,
	lon: number,
	population: number | null = null
): City => ({
	id,
	name: id[0].toUpperCase() + id.slice(1),
	nameLocal: null,
	nameEn: null,
	altNames: [],
	country,
	lat,
	lon,
	population,
	mission: null,
	sources: [],
	confidence: 'high',
	notes: null
});

/** A tiny hand-made data set whose ranking can be worked out by hand. */
const tiny: Dataset = {
	meta: { asOf: '2026-01-01' },
	themes: [
		{ id: 'energy', label: 'Energy', description: null },
		{ id: 'mobility', label: 'Mobility', description: null }
	],
	cities: [
		city('home', 'DE', 50, 10, 100000),
		city('near', 'DE', 50.5, 10, 90000),
		city('far', 'PT', 38.7, -9.1, 500000),
		city('twin', 'FR', 48.8, 2.3, 100000),
		city('quiet', 'DE', 51, 10)
	],
	pilots: [
		{
			id: 'p-near',
			name: 'Near pilot',
			acronym: null,
			cohort: 1,
			startYear: null,
			kind: 'single-city',
			cities: [{ cityId: 'near', role: 'lead' }],
			themes: ['energy'],
			summary: null,
			fundingEUR: null,
			fundingNote: null,
			startDate: null,
			endDate: null,
			duration: null,
			url: null,
			sources: [],
			confidence: 'high',
			notes: null
		},
		{
			id: 'p-far',
			name: 'Far pilot',
			acronym: null,
			cohort: 2,
			startYear: null,
			kind: 'single-city',
			cities: [{ cityId: 'far', role: 'lead' }],
			themes: ['energy', 'mobility'],
			summary: null,
			fundingEUR: null,
			fundingNote: null,
			startDate: null,
			endDate: null,
			duration: null,
			url: null,
			sources: [],
			confidence: 'high',
			notes: null
		},
		{
			id: 'p-twin',
			name: null,
			acronym: null,
			cohort: 2,
			startYear: null,
			kind: 'single-city',
			cities: [{ cityId: 'twin', role: 'lead' }],
			themes: ['mobility'],
			summary: null,
			fundingEUR: null,
			fundingNote: null,
			startDate: null,
			endDate: null,
			duration: null,
			url: null,
			sources: [],
			confidence: 'high',
			notes: null
		}
	],
	projects: [],
	partners: [
		{
			id: 'local-uni',
			name: 'Local University',
			kind: 'research',
			country: 'DE',
			city: 'Home',
			cityId: 'home',
			lat: 50,
			lon: 10,
			aliases: [],
			notes: [],
			sources: []
		},
		{
			id: 'nowhere',
			name: 'Nowhere Ltd',
			kind: 'company',
			country: null,
			city: null,
			cityId: null,
			lat: null,
			lon: null,
			aliases: [],
			notes: [],
			sources: []
		}
	]
};
const tinyRel = buildRelations(tiny);

const ids = (list: Suggestion[]) => list.map((s) => s.id);

describe('matchSuggestions', () => {
	it('gives the same ranking for the same input', () => {
		const a = matchSuggestions(data, rel, { city: 'malmo', country: null, themes: [] });
		const b = matchSuggestions(data, buildRelations(data), {
			city: 'malmo',
			country: null,
			themes: []
		});
		expect(b).toEqual(a);
		expect(a.cities.length).toBeGreaterThan(0);
	});

	it('ranks a near city of the same country above a far one, and explains why', () => {
		const m = matchSuggestions(tiny, tinyRel, { city: 'home', country: null, themes: [] });
		// home has no pilots or projects, so no themes: place and size decide.
		expect(m.profile.themes).toEqual([]);
		expect(ids(m.cities)[0]).toBe('near');
		const near = m.cities[0];
		expect(near.reasons.map((r) => r.kind)).toEqual(['distance', 'country', 'size']);
		expect(text(near.reasons.find((r) => r.kind === 'distance')!)).toMatch(/^56 km from Home$/);
		expect(text(near.reasons.find((r) => r.kind === 'size')!)).toContain('90,000');
		// twin is a neighbour (FR-DE) with an equal population
		const twin = m.cities.find((s) => s.id === 'twin')!;
		expect(twin.reasons.map((r) => r.kind)).toContain('neighbour');
		expect(twin.reasons.map((r) => r.kind)).toContain('size');
	});

	it('a city with no pilots still gets useful suggestions of every kind', () => {
		// Frankfurt am Main is a Mission City with no pilot and no project in the data.
		expect(rel.pilotsOfCity.get('frankfurt-am-main')).toBeUndefined();
		const m = matchSuggestions(data, rel, { city: 'frankfurt-am-main', country: null, themes: [] });
		expect(m.cities.length).toBeGreaterThan(3);
		expect(m.pilots.length).toBeGreaterThan(3);
		expect(m.projects.length).toBeGreaterThan(0);
		expect(m.partners.length).toBeGreaterThan(0);
		for (const list of [m.cities, m.pilots, m.projects, m.partners]) {
			for (const s of list) {
				expect(s.reasons.length).toBeGreaterThan(0);
				expect(s.score).toBeGreaterThan(0);
			}
		}
		// German Pilot Cities rank near the top, with a same-country reason
		expect(m.cities[0].country).toBe('DE');
		expect(m.cities[0].reasons.some((r) => r.kind === 'country')).toBe(true);
	});

	it('scores themes, country and a partner in your own city with the named weights', () => {
		const m = matchSuggestions(tiny, tinyRel, { city: null, country: 'DE', themes: ['energy'] });
		const near = m.pilots.find((s) => s.id === 'p-near')!;
		expect(near.score).toBe(MATCH_SCORING.theme + MATCH_SCORING.country);
		expect(near.reasons.map(text)).toEqual(['Shared themes: Energy', 'Same country: Germany']);
		const far = m.pilots.find((s) => s.id === 'p-far')!;
		expect(far.score).toBe(MATCH_SCORING.theme);
		// twin (FR) shares no theme but is a neighbour; named "Pilot activity in Twin"
		const twin = m.pilots.find((s) => s.id === 'p-twin')!;
		expect(twin.score).toBe(MATCH_SCORING.neighbour);
		expect(twin.name).toBeNull();
		expect(recordName(twin)).toBe('Pilot activity in Twin');
		expect(ids(m.pilots)).toEqual(['p-near', 'p-far', 'p-twin']);

		const fromHome = matchSuggestions(tiny, tinyRel, { city: 'home', country: null, themes: [] });
		// a partner based in your city is one you already know: listed apart, not suggested
		expect(ids(fromHome.partners)).not.toContain('local-uni');
		const uni = fromHome.known.find((s) => s.id === 'local-uni')!;
		expect(uni.reasons[0]).toEqual({ kind: 'city', city: 'Home' });
		expect(text(uni.reasons[0])).toBe('Based in Home');
		expect(uni.score).toBeGreaterThanOrEqual(MATCH_SCORING.city + MATCH_SCORING.country);
		// a partner with no country, coordinates or themes earns nothing and is left out
		expect(ids(fromHome.partners)).not.toContain('nowhere');
	});

	it('leaves out your own pilots and projects, and finds partners of your projects', () => {
		const m = matchSuggestions(data, rel, { city: 'malmo', country: null, themes: [] });
		const own = new Set((rel.pilotsOfCity.get('malmo') ?? []).map((p) => p.pilot.id));
		for (const s of m.pilots) expect(own.has(s.id)).toBe(false);
		const ownProjects = new Set((rel.projectsOfCity.get('malmo') ?? []).map((p) => p.project.id));
		for (const s of m.projects) expect(ownProjects.has(s.id)).toBe(false);
		expect(m.partners.some((s) => s.reasons.some((r) => r.kind === 'projects'))).toBe(false);
		expect(m.known.length).toBeGreaterThan(0);
	});

	it('Lund: its own municipality is left out, partners it already has are listed apart', () => {
		const m = matchSuggestions(data, rel, { city: 'lund', country: null, themes: [] });
		const all = [...m.partners, ...m.known].map((s) => s.id);
		expect(all).not.toContain('lund-municipality');
		expect(ids(m.partners)).not.toContain('future-by-lund');
		expect(ids(m.partners)).not.toContain('sensative');
		expect(ids(m.known)).toEqual(expect.arrayContaining(['future-by-lund', 'sensative']));
		const lundProjects = new Set((rel.projectsOfCity.get('lund') ?? []).map((p) => p.project.id));
		for (const s of m.partners) {
			expect(rel.partnerById.get(s.id)?.cityId).not.toBe('lund');
			const theirs = (rel.projectsOfPartner.get(s.id) ?? []).map((x) => x.project.id);
			expect(theirs.some((id) => lundProjects.has(id))).toBe(false);
		}
		// another city's administration is still a partner to find
		expect(isOwnAdministration({ kind: 'city', cityId: 'malmo' }, rel.cityById.get('lund')!)).toBe(
			false
		);
	});

	it('says which site or city a place reason is about', () => {
		const m = matchSuggestions(data, rel, { city: 'lund', country: null, themes: [] });
		const words = (list: Suggestion[]) =>
			[...list.flatMap((s) => s.reasons), ...m.common.projects].map(realText);
		// a project is not a place: distance and country are those of one of its sites
		for (const s of m.projects)
			for (const r of s.reasons)
				if (r.kind === 'distance' || r.kind === 'country' || r.kind === 'neighbour')
					expect(r.part).toBe('site');
		const projectWords = words(m.projects);
		expect(projectWords.some((t) => /^A site in .+, [\d,.]+ km away$/.test(t))).toBe(true);
		for (const t of projectWords) expect(t).not.toMatch(/^Neighbouring country|from Lund \(/);
		expect(projectWords.filter((t) => t.startsWith('A site in Finland'))).toContain(
			'A site in Finland, a neighbour of Sweden'
		);
	});

	it('a reason every shown suggestion shares is said once, not on each', () => {
		const m = matchSuggestions(data, rel, { city: 'lund', country: null, themes: [] });
		for (const list of ['cities', 'pilots', 'projects', 'partners', 'known'] as const) {
			const shown = m[list];
			if (shown.length < 2) continue;
			const key = (r: Reason) => JSON.stringify(r);
			const first = new Set(shown[0].reasons.map(key));
			const everywhere = [...first].filter((k) =>
				shown.every((s) => s.reasons.map(key).includes(k))
			);
			expect(everywhere).toEqual([]);
			const themeSets = shown.map((s) => s.reasons.find((r) => r.kind === 'themes')?.themes ?? []);
			const inAll = themeSets[0].filter((t) => themeSets.every((ts) => ts.includes(t)));
			expect(inAll).toEqual([]);
		}
		// Lund's Pilot Cities all share three of its themes: said once for the list
		expect(m.common.cities.map(realText)).toEqual([
			'Shared themes: Mobility, Citizen engagement, Data & digital'
		]);
	});

	it('splitCommonReasons keeps a list of one whole and strips shared reasons', () => {
		const base = { kind: 'project' as const, country: null, name: 'A', score: 1 };
		const fin: Reason = { kind: 'neighbour', country: 'FI', of: 'SE', part: 'site' };
		const one = [{ ...base, id: 'a', reasons: [fin] }];
		expect(splitCommonReasons(one)).toEqual({ list: one, common: [] });
		const two = [
			{ ...base, id: 'a', reasons: [{ kind: 'themes', themes: ['energy', 'mobility'] }, fin] },
			{ ...base, id: 'b', reasons: [{ kind: 'themes', themes: ['energy'] }, fin] }
		] as Suggestion[];
		const split = splitCommonReasons(two);
		expect(split.common).toEqual([{ kind: 'themes', themes: ['energy'] }, fin]);
		expect(split.list.map((s) => s.reasons)).toEqual([
			[{ kind: 'themes', themes: ['mobility'] }],
			[]
		]);
	});

	it.each([
		[MATCH_SCORING.strong, 'strong'],
		[MATCH_SCORING.strong - 0.01, 'good'],
		[MATCH_SCORING.good, 'good'],
		[MATCH_SCORING.good - 0.01, 'weak'],
		[0.5, 'weak']
	])('matchStrength(%d) is %s', (score, strength) => {
		expect(matchStrength(score)).toBe(strength);
	});

	it('breaks ties by name, then id', () => {
		const base = { kind: 'city' as const, country: null, reasons: [], score: 1 };
		const list = [
			{ ...base, id: 'b', name: 'Same' },
			{ ...base, id: 'a', name: 'Same' },
			{ ...base, id: 'c', name: 'Alpha' }
		];
		expect(list.sort(compareSuggestions).map((s) => s.id)).toEqual(['c', 'a', 'b']);
	});
});

describe('parseMatchParams', () => {
	it.each([
		['city=malmo', { city: 'malmo', country: null, themes: [], ignored: [] }],
		[
			'country=de&theme=energy,buildings',
			{ city: null, country: 'DE', themes: ['buildings', 'energy'], ignored: [] }
		],
		[
			'city=atlantis&country=XX&theme=energy,<script>',
			{
				city: null,
				country: null,
				themes: ['energy'],
				ignored: [
					{ param: 'city', value: 'atlantis' },
					{ param: 'country', value: 'XX' },
					{ param: 'theme', value: '<script>' }
				]
			}
		],
		['theme=energy&theme=energy', { city: null, country: null, themes: ['energy'], ignored: [] }],
		['', { city: null, country: null, themes: [], ignored: [] }]
	])('%s', (query, expected) => {
		expect(parseMatchParams(new URLSearchParams(query), data)).toEqual(expected);
	});

	it('junk parameters are ignored and the ranking is unchanged', () => {
		const clean = parseMatchParams(new URLSearchParams('city=malmo'), data);
		const junk = parseMatchParams(new URLSearchParams('city=malmo&theme=zzz&foo=bar'), data);
		expect(matchSuggestions(data, rel, junk)).toEqual(matchSuggestions(data, rel, clean));
	});
});
