import { describe, expect, it } from 'vitest';
import { Tier, type Match } from '../../../src/lib/search/fuzzy';
import {
	clearBestMatch,
	isNameMatch,
	looksLikePlaceName
} from '../../../src/lib/search/match-quality';
import { indexFor, runSearch } from '../../../src/lib/search/engine';
import { DEFAULT_STATE, type ExplorerState } from '../../../src/lib/search/url';
import { index, records } from '../helpers/search';

const match = (index: number, tier: Tier, score = 5): Match => ({ index, tier, score });
const search = (state: Partial<ExplorerState>) => runSearch(index, { ...DEFAULT_STATE, ...state });
const bestKey = (state: Partial<ExplorerState>) => {
	const best = search(state).best;
	return best === null ? null : records[best].key;
};

describe('clearBestMatch', () => {
	it.each<[string, Match[], number | null]>([
		['no results', [], null],
		['one exact name', [match(1, Tier.Exact)], 1],
		['an exact name ahead of prefixes', [match(1, Tier.Exact), match(2, Tier.NamePrefix)], 1],
		['two exact names', [match(1, Tier.Exact), match(2, Tier.Exact)], null],
		[
			'one name prefix ahead of word matches',
			[match(1, Tier.NamePrefix), match(2, Tier.WordPrefix)],
			1
		],
		['two name prefixes', [match(1, Tier.NamePrefix, 5), match(2, Tier.NamePrefix, 20)], null],
		['one word-prefix match alone', [match(1, Tier.WordPrefix)], 1],
		['two word-prefix matches', [match(1, Tier.WordPrefix), match(2, Tier.WordPrefix)], null],
		['a title word only', [match(1, Tier.TitleWord)], null],
		['a single fuzzy match', [match(1, Tier.Fuzzy, 0.1)], null]
	])('%s', (_, results, expected) => {
		expect(clearBestMatch(results)?.index ?? null).toBe(expected);
	});
});

describe('runSearch: the clear best match (Enter opens it)', () => {
	it.each<[Partial<ExplorerState>, string | null]>([
		[{ q: 'munich' }, 'city:munich'],
		[{ q: 'München' }, 'city:munich'],
		[{ q: 'malm' }, 'city:malmo'],
		[{ q: 'netzerocities' }, 'project:netzerocities'],
		// Another result of the same tier: no clear best.
		[{ q: 'energy' }, null],
		[{ q: 'ped' }, null],
		// Only fuzzy matches: never opened ("vienna" is not Zaragoza Vivienda).
		[{ q: 'vienna' }, null],
		[{ q: 'barcellona' }, null],
		// Filters count: among partners, "munich" has no single best.
		[{ q: 'munich', kind: ['partner'] }, null],
		// ...and a filter can leave one clear match: Lund Municipality among partners in Sweden.
		[{ q: 'lund', kind: ['partner'] }, 'partner:lund-municipality'],
		[{ q: '' }, null],
		[{ q: 'zzyzx' }, null]
	])('%j → %s', (state, expected) => {
		expect(bestKey(state)).toBe(expected);
	});

	it('is the same index the results start with', () => {
		const out = runSearch(indexFor(records), { ...DEFAULT_STATE, q: 'munich' });
		expect(out.best).toBe(out.order[0]);
	});
});

describe('isNameMatch', () => {
	it.each<[string, Match, boolean]>([
		['an exact name', match(1, Tier.Exact), true],
		['a title word', match(1, Tier.TitleWord, 80), true],
		['a close spelling', match(1, Tier.Fuzzy, 0.27), true],
		['a far fuzzy guess', match(1, Tier.Fuzzy, 0.69), false]
	])('%s', (_, m, expected) => {
		expect(isNameMatch(m)).toBe(expected);
	});
});

describe('runSearch: is anything in the data called that?', () => {
	it.each<[Partial<ExplorerState>, boolean]>([
		[{ q: '' }, true],
		[{ q: 'munich' }, true],
		[{ q: 'positive energy' }, true],
		// Typos of names in the data are found, so nothing is said.
		[{ q: 'barcellona' }, true],
		[{ q: 'gotenburg' }, true],
		[{ q: 'zaragosa' }, true],
		// Not in the data: only a far guess ("Zaragoza Vivienda"), or nothing at all.
		[{ q: 'vienna' }, false],
		[{ q: 'zurich' }, false],
		[{ q: 'praha' }, false],
		// Filters aside: Lund is in the data even when only projects are shown.
		[{ q: 'lund', kind: ['project'] }, true]
	])('%j → %s', (state, expected) => {
		expect(search(state).nameFound).toBe(expected);
	});
});

describe('looksLikePlaceName', () => {
	it.each<[string, boolean]>([
		['vienna', true],
		['Zürich', true],
		['san sebastián', true],
		["l'aquila", true],
		['st. pölten', true],
		['Vitoria-Gasteiz', true],
		['zone 42', false],
		['a1b2', false],
		['foo@bar', false],
		['one two three four five', false]
	])('%s → %s', (q, expected) => {
		expect(looksLikePlaceName(q)).toBe(expected);
	});
});
