import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { datasetStats } from '$lib/data/stats';
import { facetUniverse } from '$lib/search/filters';
import { firstPaint } from '$lib/search/first-paint';
import { stateFromParams } from '$lib/search/url';
import type { SearchRecord } from '$lib/search/records';
import { currentLocale, facetValueLabel, recordName, themeLabelMap } from '$lib/messages';
import { FACETS, type FacetName, type FacetRow } from '$lib/model/facets';

/**
 * The filter values in the order the panel lists them: facets without an order of their own by label,
 * in the page's language. Sorted here, once per data set and language, not in the browser: a browser's
 * first localeCompare loads its collation data during hydration.
 */
let universeCache: { version: string; byLocale: Map<string, Record<FacetName, string[]>> } | null =
	null;
function listedUniverse(
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
		// The panel's own view of the table (FilterPanel reads it the same way).
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

// The URL is read untracked: the first paint (server render, or a navigation from another page) gets
// the rows of the state it shows, but typing and filtering never rerun this load on the server; the
// page searches the full records (fetched after the first paint) itself.
export const load: PageServerLoad = ({ url, untrack }) => {
	const { data, records, version } = dataset();
	// SvelteKit tracks each searchParams.get(), not the property: the reading itself is untracked.
	const state = untrack(() =>
		stateFromParams(url.searchParams, { themes: data.themes.map((t) => t.id) })
	);
	return {
		stats: datasetStats(data),
		version,
		universe: listedUniverse(records, version, data.themes),
		first: firstPaint(records, state, recordName)
	};
};

// The start page in another language is `/fr/` (as Paraglide writes it) as well as `/fr`: no redirect.
export const trailingSlash = 'ignore';
