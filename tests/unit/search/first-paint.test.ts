// The explorer's first paint: the server sends the rows on screen and the counts, not every record.
import { describe, expect, it } from 'vitest';
import { firstPaint } from '../../../src/lib/search/first-paint';
import {
	rowsOnScreen,
	ROWS_PER_KIND_BROWSING,
	ROWS_PER_KIND_SEARCHING
} from '../../../src/lib/search/rows';
import { indexFor, runSearch } from '../../../src/lib/search/engine';
import { searchKey } from '../../../src/lib/search/search-memo';
import { DEFAULT_STATE } from '../../../src/lib/search/url';
import type { SearchRecord } from '../../../src/lib/search/records';
import { searchRecord } from '../helpers/record';

const cities: SearchRecord[] = Array.from({ length: 40 }, (_, i) =>
	searchRecord({
		kind: 'city',
		id: `c${i}`,
		name: `Munster ${String(i).padStart(2, '0')}`,
		kinds: ['mission-city'],
		country: i % 2 ? 'DE' : 'SE',
		altNames: [`Other ${i}`],
		related: ['partner:p0']
	})
);
const partners: SearchRecord[] = Array.from({ length: 3 }, (_, i) =>
	searchRecord({ kind: 'partner', id: `p${i}`, name: `Munster Lab ${i}`, kinds: ['partner'] })
);
const records = [...cities, ...partners];

describe('first paint', () => {
	it.each([
		['browsing', '', ROWS_PER_KIND_BROWSING],
		['searching', 'munster', ROWS_PER_KIND_SEARCHING]
	])('%s: each kind’s first rows in result order, with the counts of all results', (_, q, per) => {
		expect.hasAssertions();
		const state = { ...DEFAULT_STATE, q };
		const first = firstPaint(records, state);
		const full = runSearch(indexFor(records), state);
		const results = full.order.map((i) => records[i]);
		expect(first.rows.map((r) => r.key)).toEqual(
			[...results.filter((r) => r.kind === 'city').slice(0, per), ...partners]
				.sort((a, b) => results.indexOf(a) - results.indexOf(b))
				.map((r) => r.key)
		);
		expect(first.total).toBe(full.total);
		expect(first.counts).toEqual(full.counts);
		expect(Object.fromEntries(first.kindCounts)).toEqual({ city: 40, partner: 3 });
		expect(first.key).toBe(searchKey(state));
	});

	it('rows carry what the list draws, not what only search and the map read', () => {
		expect.hasAssertions();
		const [row] = firstPaint(records, DEFAULT_STATE).rows;
		expect(row.altNames).toEqual([]);
		expect(row.related).toEqual([]);
		expect(row.name).toMatch(/^Munster/);
	});

	it('a selected record comes whole, with the records its card names', () => {
		expect.hasAssertions();
		const first = firstPaint(records, { ...DEFAULT_STATE, sel: 'city:c3' });
		expect(first.selected.map((r) => r.key)).toEqual(['city:c3', 'partner:p0']);
		expect(first.selected[0].related).toEqual(['partner:p0']);
	});

	it('the table view also gets its first rows, beyond each kind’s list rows', () => {
		expect.hasAssertions();
		const results = [...cities, ...partners];
		expect(rowsOnScreen(results, '', false)).toHaveLength(ROWS_PER_KIND_BROWSING + 3);
		expect(rowsOnScreen(results, '', true)).toHaveLength(43);
	});
});
