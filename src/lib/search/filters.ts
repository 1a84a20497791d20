// Pure: no DOM, no Svelte. Facet filters and their counts, read from the facet table. Values within a
// facet combine with OR, facets with AND; each value's count is how many results choosing it would give
// (other facets kept).
import { FACETS, type FacetRow } from '../model/facets';
import type { SearchRecord } from './records';

export type FacetCounts<N extends string = string> = Record<N, Map<string, number>>;

/** The values a record has for a facet (cohorts as text, as in the URL). */
export function facetValues(
	record: SearchRecord,
	facet: string,
	facets: readonly FacetRow[] = FACETS
): readonly string[] {
	return facets.find((f) => f.name === facet)?.read(record) ?? [];
}

/** Every value each facet takes anywhere in the data, so a value with 0 results can still be shown. */
export function facetUniverse<N extends string>(
	records: SearchRecord[],
	facets: readonly FacetRow<N>[] = FACETS as unknown as readonly FacetRow<N>[]
): Record<N, string[]> {
	const out = {} as Record<N, string[]>;
	for (const facet of facets) {
		const set = new Set<string>();
		for (const r of records) for (const v of facet.read(r)) set.add(v);
		out[facet.name] = facet.order ? facet.order.filter((k) => set.has(k)) : [...set].sort();
	}
	return out;
}

/** One facet's values per record, as small integer codes: reading a record costs no allocation. */
interface CodedFacet {
	values: string[];
	/** Codes of record i are codes[start[i]] .. codes[start[i + 1] - 1]. */
	codes: Uint16Array;
	start: Uint32Array;
}

const codedCache = new WeakMap<SearchRecord[], WeakMap<readonly FacetRow[], CodedFacet[]>>();

/**
 * Every record's facet values as codes, built once per record array and facet table (memoised by
 * identity). At 100x data, counting facets by reading each record's values (arrays made per read)
 * took half of a one-letter query's time (scripts/bench-search.ts).
 */
function codedFacets(records: SearchRecord[], facets: readonly FacetRow[]): CodedFacet[] {
	let byFacets = codedCache.get(records);
	if (!byFacets) codedCache.set(records, (byFacets = new WeakMap()));
	let coded = byFacets.get(facets);
	if (coded) return coded;
	coded = facets.map((facet) => {
		// A throwaway lookup while building: nothing observes it.
		const codeOf = new Map<string, number>();
		const values: string[] = [];
		const start = new Uint32Array(records.length + 1);
		const list: number[] = [];
		records.forEach((r, i) => {
			start[i] = list.length;
			for (const v of facet.read(r)) {
				let code = codeOf.get(v);
				if (code === undefined) {
					codeOf.set(v, (code = values.length));
					values.push(v);
				}
				list.push(code);
			}
		});
		start[records.length] = list.length;
		return { values, codes: Uint16Array.from(list), start };
	});
	byFacets.set(facets, coded);
	return coded;
}

/**
 * Keeps the candidates (in order) that pass every active facet, and counts facet values. A record
 * failing exactly one facet still counts towards that facet's values: choosing one would add it.
 */
export function applyFacets<N extends string>(
	records: SearchRecord[],
	candidates: Iterable<number>,
	state: Record<N, readonly string[]>,
	facets: readonly FacetRow<N>[] = FACETS as unknown as readonly FacetRow<N>[]
): { kept: number[]; counts: FacetCounts<N> } {
	const coded = codedFacets(records, facets);
	const tallies = coded.map((c) => new Int32Array(c.values.length));
	// Active facets as a mask over their codes (a wanted value no record has matches nothing).
	const active: { k: number; want: Uint8Array }[] = [];
	facets.forEach((f, k) => {
		const wanted = state[f.name];
		if (!wanted?.length) return;
		const want = new Uint8Array(coded[k].values.length);
		for (const v of wanted) {
			const code = coded[k].values.indexOf(v);
			if (code >= 0) want[code] = 1;
		}
		active.push({ k, want });
	});
	const tally = (i: number, k: number) => {
		const { codes, start } = coded[k];
		const t = tallies[k];
		for (let j = start[i]; j < start[i + 1]; j++) t[codes[j]]++;
	};
	const kept: number[] = [];
	for (const i of candidates) {
		let failed = -1;
		let failures = 0;
		for (const { k, want } of active) {
			const { codes, start } = coded[k];
			let ok = false;
			for (let j = start[i]; j < start[i + 1] && !ok; j++) ok = want[codes[j]] === 1;
			if (!ok) {
				failed = k;
				if (++failures > 1) break;
			}
		}
		if (failures === 0) {
			kept.push(i);
			for (let k = 0; k < coded.length; k++) tally(i, k);
		} else if (failures === 1) tally(i, failed);
	}
	const counts = {} as FacetCounts<N>;
	facets.forEach((f, k) => {
		// A fresh result per search, handed to the page as data: no reactivity wanted.
		const map = new Map<string, number>();
		coded[k].values.forEach((v, code) => {
			if (tallies[k][code] > 0) map.set(v, tallies[k][code]);
		});
		counts[f.name] = map;
	});
	return { kept, counts };
}
