import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMIT, MAX_LIMIT, parseApiSearch } from '../../../src/lib/search/api-params';
import { DEFAULT_STATE, MAX_QUERY_LENGTH } from '../../../src/lib/search/url';

const parse = (search: string) => parseApiSearch(new URLSearchParams(search));

describe('parseApiSearch: bad parameters give a clear error', () => {
	it.each([
		[
			'query too long',
			`q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`,
			'query too long: 201 characters, at most 200'
		],
		[
			'10,000-character query',
			`q=${'x'.repeat(10_000)}`,
			'query too long: 10000 characters, at most 200'
		],
		[
			'unknown kind',
			'kind=planet',
			'unknown kind "planet": use city, mission-city, pilot-city, site-city, pilot, project, partner'
		],
		['one bad kind among good ones', 'kind=pilot,Partner', 'unknown kind "Partner"'],
		[
			'unknown country',
			'country=XX',
			'unknown country "XX": use ISO 3166-1 alpha-2 codes such as DE'
		],
		['country with junk', 'country=DE!', 'unknown country "DE!"'],
		['three-letter country', 'country=DEU', 'unknown country "DEU"'],
		['unknown cohort', 'cohort=4', 'unknown cohort "4": use 1, 2, 3'],
		['cohort not a number', 'cohort=first', 'unknown cohort "first"'],
		['malformed theme', 'theme=<script>', 'unknown theme "<script>"'],
		['unknown label', 'label=gold', 'unknown label "gold": use awarded, unknown'],
		[
			'unknown partner type',
			'ptype=alien',
			'unknown ptype "alien": use city, research, company, ngo, public-body, network, other'
		],
		['unknown sort', 'sort=random', 'unknown sort "random": use relevance, name, kind, country'],
		['limit 0', 'limit=0', 'limit must be a whole number from 1 to 1000, got 0'],
		['limit 1001', 'limit=1001', 'limit must be a whole number from 1 to 1000, got 1001'],
		['limit abc', 'limit=abc', 'limit must be a whole number from 1 to 1000, got "abc"'],
		['limit -5', 'limit=-5', 'limit must be a whole number from 1 to 1000, got "-5"'],
		['limit 2.5', 'limit=2.5', 'limit must be a whole number from 1 to 1000, got "2.5"'],
		['limit 1e3', 'limit=1e3', 'limit must be a whole number from 1 to 1000, got "1e3"'],
		[
			'limit huge',
			`limit=${'9'.repeat(400)}`,
			'limit must be a whole number from 1 to 1000, got "9999999999'
		],
		['offset -1', 'offset=-1', 'offset must be a whole number from 0 to 1000000, got "-1"'],
		[
			'offset too big',
			'offset=1000001',
			'offset must be a whole number from 0 to 1000000, got 1000001'
		]
	])('%s', (_, search, error) => {
		const result = parse(search);
		expect(result.ok).toBe(false);
		if (!result.ok) {
			expect(result.error).toContain(error);
			expect(result.error.length).toBeLessThan(200); // never echoes a huge parameter back
		}
	});
});

describe('parseApiSearch: good parameters parse', () => {
	it('defaults', () => {
		expect(parse('')).toEqual({
			ok: true,
			value: { state: DEFAULT_STATE, limit: DEFAULT_LIMIT, offset: 0 }
		});
		expect(parse('q=&limit=&offset=')).toEqual(parse(''));
	});

	it.each<[string, string, object]>([
		['a query', 'q=malmo', { state: { q: 'malmo' } }],
		[
			'a query at the length limit',
			`q=${'a'.repeat(MAX_QUERY_LENGTH)}`,
			{ state: { q: 'a'.repeat(MAX_QUERY_LENGTH) } }
		],
		['a query with operators, kept as text', 'q=!munich$', { state: { q: '!munich$' } }],
		['control characters dropped', 'q=%00munich%07', { state: { q: 'munich' } }],
		[
			'kind=city as every kind of city',
			'kind=city',
			{ state: { kind: ['mission-city', 'pilot-city', 'site-city'] } }
		],
		[
			'kinds, repeated and comma-separated',
			'kind=project&kind=partner,pilot',
			{ state: { kind: ['partner', 'pilot', 'project'] } }
		],
		['lower-case countries', 'country=de,fr&country=DE', { state: { country: ['DE', 'FR'] } }],
		[
			'themes, cohorts, labels, partner types',
			'theme=mobility,energy&cohort=3,1&label=awarded&ptype=ngo',
			{
				state: {
					theme: ['energy', 'mobility'],
					cohort: ['1', '3'],
					label: ['awarded'],
					ptype: ['ngo']
				}
			}
		],
		['sort', 'sort=name', { state: { sort: 'name' } }],
		['limit 1 and 1000', 'limit=1', { limit: 1 }],
		['limit max', `limit=${MAX_LIMIT}`, { limit: MAX_LIMIT }],
		['offset', 'offset=40', { offset: 40 }],
		['offset 0', 'offset=0', { offset: 0 }]
	])('%s', (_, search, expected) => {
		const result = parse(search);
		expect(result.ok).toBe(true);
		if (result.ok) expect(result.value).toMatchObject(expected);
	});
});
