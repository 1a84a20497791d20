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
	const active = facets
		.filter((f) => (state[f.name]?.length ?? 0) > 0)
		.map((f) => ({ facet: f, want: new Set(state[f.name]) }));
	const counts = Object.fromEntries(facets.map((f) => [f.name, new Map()])) as FacetCounts<N>;
	const kept: number[] = [];
	const countAll = (r: SearchRecord, only?: FacetRow<N>) => {
		for (const facet of only ? [only] : facets) {
			const map = counts[facet.name];
			for (const v of facet.read(r)) map.set(v, (map.get(v) ?? 0) + 1);
		}
	};
	for (const i of candidates) {
		const r = records[i];
		let failed: FacetRow<N> | null = null;
		let failures = 0;
		for (const { facet, want } of active) {
			if (!facet.read(r).some((v) => want.has(v))) {
				failed = facet;
				if (++failures > 1) break;
			}
		}
		if (failures === 0) {
			kept.push(i);
			countAll(r);
		} else if (failures === 1) countAll(r, failed!);
	}
	return { kept, counts };
}
