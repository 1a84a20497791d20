import { describe, expect, it } from 'vitest';
import {
	acronymParts,
	closestNames,
	createSearchIndex,
	createSearchIndexInSlices,
	matchQuery,
	Tier
} from '../../../src/lib/search/fuzzy';
import { abbreviationsIn, singularAbbreviation } from '../../../src/lib/model/abbreviations';
import { index, keys, records } from '../helpers/search';
import { recordName } from '../../../src/lib/messages';

describe('every name a person may type finds the record first', () => {
	it.each([
		['munich', 'city:munich'],
		['Munich', 'city:munich'],
		['München', 'city:munich'],
		['Muenchen', 'city:munich'],
		['munchen', 'city:munich'],
		['MÜNCHEN', 'city:munich'],
		['Monaco di Baviera', 'city:munich'],
		['Bruxelles', 'city:brussels-capital-region'],
		['Brussel', 'city:brussels-capital-region'],
		['brussels', 'city:brussels-capital-region'],
		['lodz', 'city:lodz'],
		['Łódź', 'city:lodz'],
		['malmo', 'city:malmo'],
		['vitoria gasteiz', 'city:vitoria-gasteiz'],
		['Vitoria-Gasteiz', 'city:vitoria-gasteiz'],
		['gasteiz', 'city:vitoria-gasteiz'],
		['gothenburg', 'city:gothenburg'],
		['goteborg', 'city:gothenburg'],
		['Göteborg', 'city:gothenburg'],
		['cracow', 'city:krakow'],
		['krakau', 'city:krakow'],
		['krakow', 'city:krakow'],
		['eindhoven', 'city:eindhoven-helmond'],
		['helmond', 'city:eindhoven-helmond'],
		['kobenhavn', 'city:copenhagen'],
		['Kopenhagen', 'city:copenhagen'],
		// pilots by name and acronym, projects by acronym and title, partners by name
		['Net Zero Malmö Pilot', 'pilot:c1-malmo'],
		['climate city dash', 'pilot:c3-climate-city-dash'],
		['EMPOWER', 'pilot:c3-brussels-empower'],
		['metaccaze', 'project:metaccaze'],
		['Creating Actionable Futures', 'project:craft'],
		['Technical University of Munich', 'partner:technical-university-of-munich-tum'],
		['Stadtwerke München', 'partner:stadtwerke-munchen-swm']
	])('%j -> %s', (query, key) => {
		expect(keys(query)[0]).toBe(key);
	});

	it('finds a pilot without a title by its display name', () => {
		expect(keys('pilot activity in the hague')).toContain('pilot:c1-netherlands');
	});
});

describe('typos within reason still find the city first', () => {
	it.each([
		['muncih', 'city:munich'],
		['munchin', 'city:munich'],
		['barcellona', 'city:barcelona'],
		['copenhagn', 'city:copenhagen'],
		['gothenberg', 'city:gothenburg'],
		['amsterdm', 'city:amsterdam']
	])('%j -> %s', (query, key) => {
		const matches = matchQuery(index, query);
		expect(records[matches[0].index].key).toBe(key);
		expect(matches[0].tier).toBe(Tier.Fuzzy);
	});
});

describe('acronyms inside names and known abbreviations', () => {
	it.each([
		['TIPS4PED', ['tips', '4', 'ped']],
		['NetZeroCities', ['net', 'zero', 'cities']],
		['metaCCAZE', ['meta', 'ccaze']],
		['SUN4Ukraine', ['sun', '4', 'ukraine']],
		['Lund', []],
		['UNIVERSITY of Lund', []]
	])('%s splits into %j', (name, parts) => {
		expect(acronymParts(name)).toEqual(parts);
	});

	it('reads abbreviations from spelled-out phrases, plurals included', () => {
		expect(
			abbreviationsIn('turning cities planning actions for positive energy districts')
		).toEqual(['ped']);
		expect(abbreviationsIn('co creative approaches in nature based solutions')).toEqual(['nbs']);
		expect(abbreviationsIn('positive thinking')).toEqual([]);
		expect(singularAbbreviation('peds')).toBe('ped');
		expect(singularAbbreviation('lunds')).toBe('lunds');
	});

	const projectKeys = (q: string) =>
		keys(q).filter((k) => k.startsWith('project:') || k.startsWith('pilot:'));

	it.each(['PED', 'PEDs', 'ped'])(
		'%s finds TIPS4PED and the projects on positive energy districts',
		(q) => {
			expect(projectKeys(q)).toEqual(
				expect.arrayContaining(['project:tips4ped', 'project:ascend', 'project:neutralpath'])
			);
		}
	);

	it('NBS finds the projects on nature-based solutions', () => {
		expect(projectKeys('NBS')).toEqual(
			expect.arrayContaining(['project:greenincities', 'project:urbreath'])
		);
	});

	it('a part of a project acronym finds it', () => {
		expect(keys('tips')[0]).toBe('project:tips4ped');
	});
});

describe('ranking', () => {
	it('exact and prefix matches rank above fuzzy ones', () => {
		for (const q of ['munich', 'malmo', 'barcelona', 'mun', 'copenhagen', 'a']) {
			const tiers = matchQuery(index, q).map((m) => m.tier);
			expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
		}
	});

	it('"malmo": the city (exact name) comes before the pilot that mentions it', () => {
		const found = keys('malmo');
		expect(found.indexOf('city:malmo')).toBe(0);
		expect(found.indexOf('pilot:c1-malmo')).toBeGreaterThan(0);
	});

	it('"munich": the city before the partners named after it', () => {
		const found = keys('munich');
		expect(found[0]).toBe('city:munich');
		expect(found).toContain('partner:technical-university-of-munich-tum');
		expect(found).toContain('partner:landeshauptstadt-munchen-city-of-munich');
	});

	it('a short name beats a long one with the same prefix', () => {
		const tiny = createSearchIndex([
			{ name: 'Paris Climate Agency of the Region', altNames: [], title: null },
			{ name: 'Parisian Bakery', altNames: [], title: null },
			{ name: 'Paris', altNames: [], title: null },
			{ name: 'Other', altNames: [], title: 'A project in Paris' }
		]);
		const got = matchQuery(tiny, 'paris').map((m) => [m.index, m.tier]);
		expect(got).toEqual([
			[2, Tier.Exact],
			[1, Tier.NamePrefix],
			[0, Tier.NamePrefix],
			[3, Tier.TitleWord]
		]);
	});

	it('every query word must match (AND)', () => {
		expect(keys('technical munich')).toEqual(['partner:technical-university-of-munich-tum']);
		expect(keys('munich xyzzyq')).toEqual([]);
	});
});

describe('junk and hostile queries', () => {
	it.each([
		'xyzzy',
		'!!!',
		'qqqq',
		"^$|!'=",
		'',
		'   ',
		'\u0000\u0001',
		'((()))',
		'🙂🙂',
		'zzzzzzzz'
	])('%j finds nothing and does not throw', (query) => {
		expect(matchQuery(index, query)).toEqual([]);
	});

	it.each([
		["'munich", 'exact-match operator'],
		['=munich', 'exact-match operator'],
		['^munich', 'prefix operator'],
		['munich$', 'suffix operator'],
		['!munich', 'inverse operator'],
		['!!munich', 'double inverse'],
		['munich | paris', 'OR operator'],
		['"munich"', 'quotes']
	])('fuse.js operators typed by a user are text: %j (%s)', (query) => {
		// An inverse operator would return every record *without* munich; OR would add Paris.
		expect(keys(query)).toEqual(keys(query.includes('paris') ? 'munich paris' : 'munich'));
		expect(keys(query)[0]).toBe(query.includes('paris') ? undefined : 'city:munich');
	});

	it('a 10,000-character query does not throw', () => {
		expect(() => matchQuery(index, 'munich '.repeat(1430))).not.toThrow();
		expect(matchQuery(index, 'x'.repeat(10_000))).toEqual([]);
		expect(keys('munich '.repeat(1430))[0]).toBe('city:munich');
	});
});

describe('closestNames ("did you mean")', () => {
	it.each(['munichh', 'munichhhh', 'zzmunichzz', 'MUNICHX'])(
		'suggests Munich first for %j',
		(query) => {
			const near = closestNames(index, query).map((i) => records[i].key);
			expect(near[0]).toBe('city:munich');
			expect(near.length).toBeLessThanOrEqual(5);
		}
	);

	it('respects the count', () => {
		expect(closestNames(index, 'munichh', 2)).toHaveLength(2);
	});

	it.each(['', '!!!', 'ab', 'qqqqqq'])('suggests nothing for %j', (query) => {
		expect(closestNames(index, query)).toEqual([]);
	});
});

describe('createSearchIndexInSlices', () => {
	it('builds the same index as createSearchIndex, yielding between slices', async () => {
		let yields = 0;
		let clock = 0;
		// A clock that moves 1 ms per reading and no budget: it yields at every chance.
		const sliced = await createSearchIndexInSlices(records, recordName, async () => void yields++, {
			budget: 0,
			now: () => clock++
		});
		expect(sliced).toEqual(createSearchIndex(records, recordName));
		expect(sliced).toEqual(index);
		// A chance every 32 records, and more over the words.
		expect(yields).toBeGreaterThan(records.length / 32);
	});

	it('does not yield when the work fits in the budget', async () => {
		let yields = 0;
		await createSearchIndexInSlices(records.slice(0, 10), recordName, async () => void yields++, {
			budget: 1e9
		});
		expect(yields).toBe(0);
	});
});
