import { describe, expect, it } from 'vitest';
import {
	browse,
	indexFor,
	knowNameOrder,
	nameOrderFor,
	prepareIndex,
	runSearch
} from '../../../src/lib/search/engine';
import { facetUniverse, facetValues } from '../../../src/lib/search/filters';
import { toSearchRecords } from '../../../src/lib/search/records';
import {
	DEFAULT_STATE,
	FACET_NAMES,
	type ExplorerState,
	type FacetName
} from '../../../src/lib/search/url';
import { data, index, records } from '../helpers/search';
import { recordName } from '../../../src/lib/messages';

const search = (state: Partial<ExplorerState>) => runSearch(index, { ...DEFAULT_STATE, ...state });
const keysOf = (order: number[]) => order.map((i) => records[i].key);

describe('runSearch', () => {
	it('an empty query returns every record, ordered by name', () => {
		const out = search({});
		expect(out.total).toBe(records.length);
		expect(out.total).toBe(
			data.cities.length + data.pilots.length + data.projects.length + data.partners.length
		);
		const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
		const names = out.order.map((i) => recordName(records[i]));
		for (let k = 1; k < names.length; k++)
			expect(collator.compare(names[k - 1], names[k])).toBeLessThanOrEqual(0);
		expect(out.suggestions).toEqual([]);
	});

	it('a blank or junk query is handled without throwing', () => {
		expect(search({ q: '   ' }).total).toBe(records.length);
		for (const q of ['xyzzy', '!!!', "^$|!'=", 'x'.repeat(10_000)])
			expect(search({ q }).total).toBe(0);
	});

	it.each(['munich', 'München', 'Muenchen', 'munchen'])('%j puts city:munich first', (q) => {
		const out = search({ q });
		expect(records[out.order[0]].key).toBe('city:munich');
		expect(out.total).toBe(out.order.length);
	});

	it('offers the closest names when nothing matched', () => {
		const out = search({ q: 'zzmunichzz' });
		expect(out.total).toBe(0);
		expect(out.suggestions[0].key).toBe('city:munich');
		expect(search({ q: 'munich' }).suggestions).toEqual([]);
	});

	it('builds the index once per record array', () => {
		expect(indexFor(records)).toBe(index);
		expect(indexFor(toSearchRecords(data))).not.toBe(index);
	});
});

describe('facets combine with the query', () => {
	it.each<[string, Partial<ExplorerState>, (r: (typeof records)[number]) => boolean]>([
		['kind=project', { kind: ['project'] }, (r) => r.kind === 'project'],
		['kind=pilot-city', { kind: ['pilot-city'] }, (r) => r.kinds.includes('pilot-city')],
		[
			'kind=mission-city,partner',
			{ kind: ['mission-city', 'partner'] },
			(r) => r.kinds.includes('mission-city') || r.kind === 'partner'
		],
		['country=DE', { country: ['DE'] }, (r) => r.countries.includes('DE')],
		[
			'country=DE,FR',
			{ country: ['DE', 'FR'] },
			(r) => r.countries.includes('DE') || r.countries.includes('FR')
		],
		['theme=mobility', { theme: ['mobility'] }, (r) => r.themes.includes('mobility')],
		['cohort=3', { cohort: ['3'] }, (r) => r.cohorts.includes(3)],
		['label=awarded', { label: ['awarded'] }, (r) => r.label === 'awarded'],
		['ptype=research', { ptype: ['research'] }, (r) => r.partnerType === 'research'],
		[
			'country=DE&kind=partner',
			{ country: ['DE'], kind: ['partner'] },
			(r) => r.countries.includes('DE') && r.kind === 'partner'
		],
		[
			'country=DE&theme=mobility',
			{ country: ['DE'], theme: ['mobility'] },
			(r) => r.countries.includes('DE') && r.themes.includes('mobility')
		]
	])('%s: keeps exactly the matches passing the filter, in query order', (_, filters, pass) => {
		for (const q of ['', 'munich', 'city', 'energy']) {
			const all = search({ q });
			const filtered = search({ q, ...filters });
			expect(keysOf(filtered.order)).toEqual(keysOf(all.order.filter((i) => pass(records[i]))));
		}
	});

	it('examples: "munich" among projects, "munich" in Germany, cohort 1 pilot cities', () => {
		expect(keysOf(search({ q: 'munich', kind: ['project'] }).order)).toEqual([]);
		expect(keysOf(search({ q: 'metaccaze', kind: ['project'] }).order)).toEqual([
			'project:metaccaze'
		]);
		expect(keysOf(search({ q: 'munich', kind: ['mission-city'] }).order)[0]).toBe('city:munich');
		expect(search({ q: 'munich', country: ['FR'] }).order.map((i) => records[i].key)).not.toContain(
			'city:munich'
		);
		expect(keysOf(search({ q: 'krakow', cohort: ['1'] }).order)).toEqual(['city:krakow']);
		expect(keysOf(search({ q: 'krakow', cohort: ['2'] }).order)).toEqual([]);
	});
});

describe('facet counts', () => {
	const universe = facetUniverse(records);
	const bases: Partial<ExplorerState>[] = [
		{},
		{ q: 'munich' },
		{ q: 'city' },
		{ country: ['DE'] },
		{ kind: ['partner'], q: 'university' },
		{ theme: ['mobility'], cohort: ['1'] },
		{ q: 'energy', kind: ['project', 'partner'], country: ['ES', 'IT'] },
		{ label: ['awarded'], theme: ['energy', 'buildings'] }
	];

	it.each(bases.map((b) => [JSON.stringify(b), b] as const))(
		'each count equals the results that choosing the value gives: %s',
		(_, base) => {
			const out = search(base);
			let checked = 0;
			for (const facet of FACET_NAMES) {
				for (const value of universe[facet]) {
					const chosen = search({ ...base, [facet]: [value] } as Partial<ExplorerState>);
					expect({ facet, value, count: out.counts[facet].get(value) ?? 0 }).toEqual({
						facet,
						value,
						count: chosen.total
					});
					// When the facet is not in use yet, choosing a value adds exactly that many.
					if (!(base[facet as FacetName] as string[] | undefined)?.length) {
						expect(chosen.order.every((i) => facetValues(records[i], facet).includes(value))).toBe(
							true
						);
					}
					checked++;
				}
			}
			expect(checked).toBeGreaterThan(60);
		}
	);

	it('counts only values that appear among the results', () => {
		const out = search({ q: 'munich' });
		expect([...out.counts.country.keys()].sort()).toEqual(
			[...new Set(out.order.flatMap((i) => records[i].countries))].sort()
		);
		expect(out.counts.kind.get('project')).toBeUndefined();
	});
});

describe('sort', () => {
	it('sort=kind lists cities, then pilots, projects, partners; by name within a kind', () => {
		const out = search({ q: 'munich', sort: 'kind' });
		const kinds = out.order.map((i) => records[i].kind);
		const rank = { city: 0, pilot: 1, project: 2, partner: 3 };
		expect(kinds.map((k) => rank[k])).toEqual(kinds.map((k) => rank[k]).sort());
		expect(new Set(out.order)).toEqual(new Set(search({ q: 'munich' }).order));
	});

	it('sort=name with a query lists the matches by name', () => {
		const out = search({ q: 'munich', sort: 'name' });
		const byName = search({}).order.filter((i) => out.order.includes(i));
		expect(out.order).toEqual(byName);
	});

	it('sort=country groups by country code, unknown country last', () => {
		const out = search({ q: 'a', sort: 'country' });
		const countries = out.order.map((i) => records[i].country ?? '~~');
		expect(countries).toEqual([...countries].sort());
	});
});

describe('a search without a query needs no index', () => {
	// A copy of the records: an array whose index nothing has built yet.
	const fresh = () => [...records];

	it.each([
		['nothing', {}],
		['a country', { country: ['SE'] }],
		['kinds and a theme', { kind: ['city', 'project'], theme: ['energy'] }],
		['by kind', { sort: 'kind' }],
		['by country', { sort: 'country', kind: ['partner'] }]
	] as const)('browsing %s gives what the full search gives', (_, state) => {
		const asked = { ...DEFAULT_STATE, ...(state as Partial<ExplorerState>) };
		const full = runSearch(index, asked);
		const light = browse(nameOrderFor(fresh(), recordName), asked);
		expect(light).toEqual(full);
	});

	it('takes a name order known already (the server’s), for a first view and for the index', async () => {
		const own = fresh();
		// Reversed, so that an order worked out here instead would show.
		const known = [...nameOrderFor(fresh(), recordName).byName].reverse();
		knowNameOrder(own, known);
		expect([...nameOrderFor(own, recordName).byName]).toEqual(known);
		await prepareIndex(own, recordName, async () => {});
		expect([...indexFor(own, recordName).byName]).toEqual(known);
		// Built at once (a search before the slices are done): the same.
		const now = fresh();
		knowNameOrder(now, known);
		expect([...indexFor(now, recordName).byName]).toEqual(known);
		// One of another length is not theirs: ignored.
		const other = fresh();
		knowNameOrder(other, known.slice(1));
		expect(nameOrderFor(other, recordName).byName).toEqual(indexFor(fresh(), recordName).byName);
	});

	it('builds the index in later tasks, none of it in the task that asks', async () => {
		const own = fresh();
		let named = 0;
		const namedAtYields: number[] = [];
		await prepareIndex(
			own,
			(r) => (named++, recordName(r)),
			async () => void namedAtYields.push(named)
		);
		expect(namedAtYields[0]).toBe(0);
		expect(named).toBeGreaterThan(0);
	});

	it('is the name order alone until the index is built, then the index itself', () => {
		const own = fresh();
		expect('vocab' in nameOrderFor(own, recordName)).toBe(false);
		const built = indexFor(own, recordName);
		expect(nameOrderFor(own, recordName)).toBe(built);
	});
});
