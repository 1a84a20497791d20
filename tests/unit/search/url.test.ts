import { describe, expect, it } from 'vitest';
import {
	cleanQuery,
	DEFAULT_STATE,
	hasActiveFilters,
	MAX_QUERY_LENGTH,
	stateFromParams,
	stateToParams,
	stateToSearch,
	toggleFacet,
	type ExplorerState
} from '../../../src/lib/search/url';

const from = (search: string) => stateFromParams(new URLSearchParams(search));
const state = (s: Partial<ExplorerState>): ExplorerState => ({ ...DEFAULT_STATE, ...s });

describe('stateFromParams', () => {
	it('reads every field', () => {
		expect(
			from(
				'q=Łódź&kind=pilot,project&country=pl&theme=energy&cohort=1&label=awarded&ptype=research&sel=city:lodz&view=list&sort=name'
			)
		).toEqual({
			q: 'Łódź',
			kind: ['pilot', 'project'],
			country: ['PL'],
			theme: ['energy'],
			cohort: ['1'],
			label: ['awarded'],
			ptype: ['research'],
			sel: 'city:lodz',
			view: 'list',
			sort: 'name'
		});
	});

	it('takes repeated keys and comma lists alike, sorted and without repeats', () => {
		expect(from('country=FR&country=DE,FR&country=de').country).toEqual(['DE', 'FR']);
		expect(from('kind=project&kind=pilot&kind=project').kind).toEqual(['pilot', 'project']);
	});

	it('reads kind=city as every kind of city', () => {
		expect(from('kind=city').kind).toEqual(['mission-city', 'pilot-city', 'site-city']);
	});

	// Garbage in, a usable state out: every row names the field and what must come out of it.
	it.each<[string, string, Partial<ExplorerState>]>([
		['unknown kinds', 'kind=bogus,PILOT,cities,,pilot', { kind: ['pilot'] }],
		['lowercase country', 'country=de', { country: ['DE'] }],
		['country with junk', 'country=XX!,D,DEU,%20fr%20', { country: ['FR'] }],
		['cohort out of range', 'cohort=9,0,-1,2', { cohort: ['2'] }],
		['cohort not a plain digit', 'cohort=01,1.0,one,%201', { cohort: ['1'] }],
		['bad theme ids', 'theme=BAD THEME,<b>,energy,-x', { theme: ['energy'] }],
		[
			'unknown label and ptype',
			'label=yes,awarded&ptype=alien,ngo',
			{ label: ['awarded'], ptype: ['ngo'] }
		],
		['sel with markup', 'sel=<script>alert(1)</script>', { sel: null }],
		['sel of an unknown kind', 'sel=planet:mars', { sel: null }],
		['sel without a kind', 'sel=munich', { sel: null }],
		['sel with an upper-case id', 'sel=city:Munich', { sel: null }],
		['view=foo', 'view=foo', { view: 'auto' }],
		['sort=zzz', 'sort=zzz', { sort: 'relevance' }],
		['10,000-character q', `q=${'a'.repeat(10_000)}`, { q: 'a'.repeat(MAX_QUERY_LENGTH) }],
		['control characters in q', 'q=%00mun%01ich%7F%0A%0D%1B', { q: 'mun ich' }],
		['q of spaces', 'q=%20%20%20', { q: '' }],
		['repeated q (first wins)', 'q=munich&q=paris', { q: 'munich' }],
		['repeated view (first wins)', 'view=list&view=map', { view: 'list' }],
		['empty values', 'q=&kind=&country=,,&sel=&view=&sort=', {}],
		['unknown parameters', 'foo=bar&__proto__=x&constructor=y', {}],
		['Object.prototype names as values', 'kind=constructor,__proto__&label=toString', {}],
		['no parameters', '', {}],
		['a bare separator soup', '&&&==&=&', {}]
	])('tolerates %s', (_, search, expected) => {
		expect(from(search)).toEqual(state(expected));
	});

	it('caps the number of values per facet', () => {
		const many = Array.from({ length: 200 }, (_, i) => `t${i}`).join(',');
		expect(from(`theme=${many}`).theme.length).toBeLessThanOrEqual(50);
	});

	it('never throws on random input', () => {
		let seed = 42;
		const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const alphabet =
			'qkindcountrythemecohortlabelptypeselviewsort=&,:%<>"\'\u0000\u00ff\u2028😀 -_XxDE123';
		for (let n = 0; n < 500; n++) {
			const text = Array.from(
				{ length: Math.floor(rand() * 80) },
				() => alphabet[Math.floor(rand() * alphabet.length)]
			).join('');
			const s = from(text);
			expect(s.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
			// What comes out reads back as itself.
			expect(stateFromParams(stateToParams(s))).toEqual(s);
		}
	});
});

describe('stateToParams', () => {
	it('leaves defaults out', () => {
		expect(stateToParams(DEFAULT_STATE).toString()).toBe('');
		expect(stateToSearch(DEFAULT_STATE)).toBe('');
		expect(stateToParams(state({ view: 'auto', sort: 'relevance', q: '   ' })).toString()).toBe('');
	});

	it('is canonical: fixed key order, sorted values, no repeats', () => {
		const a = stateToParams(
			state({
				sort: 'name',
				country: ['FR', 'DE', 'FR'],
				q: 'munich',
				kind: ['project', 'pilot'],
				view: 'list'
			})
		);
		const b = stateToParams(
			state({
				kind: ['pilot', 'project'],
				country: ['DE', 'FR'],
				view: 'list',
				q: ' munich ',
				sort: 'name'
			})
		);
		expect(a.toString()).toBe('q=munich&kind=pilot%2Cproject&country=DE%2CFR&view=list&sort=name');
		expect(b.toString()).toBe(a.toString());
	});

	it('writes a link', () => {
		expect(stateToSearch({ q: 'Łódź', sel: 'city:lodz' })).toBe(
			'?q=%C5%81%C3%B3d%C5%BA&sel=city%3Alodz'
		);
	});
});

describe('round trip', () => {
	it.each<Partial<ExplorerState>>([
		{},
		{ q: 'munich' },
		{ q: 'Łódź & Kraków' },
		{ q: "'s-Hertogenbosch ^$|!'=" },
		{ kind: ['mission-city', 'pilot-city'], country: ['DE', 'PL'] },
		{
			theme: ['energy', 'mobility'],
			cohort: ['1', '3'],
			label: ['awarded', 'unknown'],
			ptype: ['ngo']
		},
		{ sel: 'partner:technical-university-of-munich-tum', view: 'list', sort: 'country' },
		{ q: 'a b', kind: ['partner'], sort: 'kind', view: 'list', sel: 'project:metaccaze' }
	])('state -> params -> state: %j', (s) => {
		expect(stateFromParams(stateToParams(s))).toEqual(state(s));
	});

	it.each([
		'q=munich&country=fr,de&kind=pilot&kind=city',
		'country=de,XX!&cohort=9,1&view=foo&sel=<script>',
		'sort=name&view=list&q=%20%20x%20%20'
	])('params -> state -> params is stable: %s', (search) => {
		const once = stateToParams(from(search)).toString();
		expect(stateToParams(stateFromParams(new URLSearchParams(once))).toString()).toBe(once);
	});
});

describe('helpers', () => {
	it('cleanQuery drops control characters and squeezes spaces', () => {
		expect(cleanQuery('\u0000 munich\t\n paris \u009f')).toBe('munich paris');
	});

	it('toggleFacet adds and removes a value, sorted, and clears the selection', () => {
		const before = state({ country: ['FR'], sel: 'city:paris', q: 'x' });
		const s = toggleFacet(before, 'country', 'DE');
		expect(s).toEqual(state({ country: ['DE', 'FR'], sel: null, q: 'x' }));
		expect(toggleFacet(s, 'country', 'FR').country).toEqual(['DE']);
		expect(before.country).toEqual(['FR']); // a new state, the old one untouched
	});

	it('hasActiveFilters looks at facets only', () => {
		expect(hasActiveFilters(state({ q: 'munich', view: 'list' }))).toBe(false);
		expect(hasActiveFilters(state({ cohort: ['2'] }))).toBe(true);
	});
});
