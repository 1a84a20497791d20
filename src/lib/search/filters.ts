// Pure: no DOM, no Svelte. Facet filters and their counts. Values within a facet combine with OR,
// facets with AND; each value's count is how many results choosing it would give (other facets kept).
import { KIND_FACETS, type SearchRecord } from './records';
import { FACET_NAMES, type ExplorerState, type FacetName } from './url';

export type FacetCounts = Record<FacetName, Map<string, number>>;

/** The values a record has for a facet (cohorts as text, as in the URL). */
export function facetValues(record: SearchRecord, facet: FacetName): readonly string[] {
	switch (facet) {
		case 'kind':
			return record.kinds;
		case 'country':
			return record.countries;
		case 'theme':
			return record.themes;
		case 'cohort':
			return record.cohorts.map(String);
		case 'label':
			return record.label ? [record.label] : [];
		case 'ptype':
			return record.partnerType ? [record.partnerType] : [];
	}
}

/** Every value each facet takes anywhere in the data, so a value with 0 results can still be shown. */
export function facetUniverse(records: SearchRecord[]): Record<FacetName, string[]> {
	const out = {} as Record<FacetName, string[]>;
	for (const facet of FACET_NAMES) {
		const set = new Set<string>();
		for (const r of records) for (const v of facetValues(r, facet)) set.add(v);
		out[facet] = facet === 'kind' ? KIND_FACETS.filter((k) => set.has(k)) : [...set].sort();
	}
	return out;
}

function emptyCounts(): FacetCounts {
	return Object.fromEntries(FACET_NAMES.map((f) => [f, new Map()])) as FacetCounts;
}

/**
 * Keeps the candidates (in order) that pass every active facet, and counts facet values. A record
 * failing exactly one facet still counts towards that facet's values: choosing one would add it.
 */
export function applyFacets(
	records: SearchRecord[],
	candidates: Iterable<number>,
	state: Pick<ExplorerState, FacetName>
): { kept: number[]; counts: FacetCounts } {
	const active = FACET_NAMES.filter((f) => state[f].length > 0);
	const selected = new Map<FacetName, Set<string>>(
		active.map((f) => [f, new Set(state[f] as string[])])
	);
	const counts = emptyCounts();
	const kept: number[] = [];
	const countAll = (r: SearchRecord, only?: FacetName) => {
		for (const facet of only ? [only] : FACET_NAMES) {
			const map = counts[facet];
			for (const v of facetValues(r, facet)) map.set(v, (map.get(v) ?? 0) + 1);
		}
	};
	for (const i of candidates) {
		const r = records[i];
		let failed: FacetName | null = null;
		let failures = 0;
		for (const facet of active) {
			const want = selected.get(facet)!;
			if (!facetValues(r, facet).some((v) => want.has(v))) {
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
