import { facetUniverse } from '$lib/search/filters';
import type { SearchRecord } from '$lib/search/records';
import { currentLocale, facetValueLabel, themeLabelMap } from '$lib/messages';
import { FACETS, type FacetName, type FacetRow } from '$lib/model/facets';

let universeCache: { version: string; byLocale: Map<string, Record<FacetName, string[]>> } | null =
	null;

/**
 * The filter values in the order the explorer's panel and the kiosk's picker list them: facets without
 * an order of their own by label, in the page's language. Sorted here, once per data set and language,
 * not in the browser: a browser's first localeCompare loads its collation data during hydration.
 */
export function listedUniverse(
	records: SearchRecord[],
	version: string,
	themes: { id: string; label: string }[]
): Record<FacetName, string[]> {
	if (universeCache?.version !== version) universeCache = { version, byLocale: new Map() };
	const locale = currentLocale();
	let listed = universeCache.byLocale.get(locale);
	if (!listed) {
		const universe = facetUniverse<FacetName>(records);
		const labels = themeLabelMap(themes);
		const collator = new Intl.Collator(locale);
		listed = { ...universe };
		// The panel's own view of the table (FilterPanel and pickerGroups read it the same way).
		for (const row of FACETS as readonly FacetRow<FacetName>[]) {
			if (row.order) continue;
			const label = (v: string) => facetValueLabel(row.name, v, labels);
			listed[row.name] = [...universe[row.name]].sort((a, b) =>
				collator.compare(label(a), label(b))
			);
		}
		universeCache.byLocale.set(locale, listed);
	}
	return listed;
}
