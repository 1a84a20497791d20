import { describe, expect, it } from 'vitest';
import { Tier, type Match } from '../../../src/lib/search/fuzzy';
import { clearBestMatch } from '../../../src/lib/search/match-quality';
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
