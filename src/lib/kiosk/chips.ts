// Pure: no DOM, no Svelte. The kiosk's filter chip groups (kind, country, theme) from the search state
// and the facet counts of the current results.
import { KIND_VALUES } from '../model/facets';
import { countryName, facetTitle, facetValueLabel } from '../messages';
import type { FacetCounts } from '../search/filters';
import type { ExplorerState, FacetName } from '../search/url';

export interface ChipOption {
	value: string;
	label: string;
	count: number;
	on: boolean;
}
export interface ChipGroup {
	facet: FacetName;
	label: string;
	options: ChipOption[];
}

function options(
	facet: FacetName,
	values: string[],
	label: (v: string) => string,
	state: ExplorerState,
	counts: FacetCounts
): ChipOption[] {
	const chosen = state[facet] as string[];
	return [...new Set([...values, ...chosen])].map((value) => ({
		value,
		label: label(value),
		count: counts[facet].get(value) ?? 0,
		on: chosen.includes(value)
	}));
}

/** Kind in the data's own order, countries by name, themes in the data's order. */
export function chipGroups(
	state: ExplorerState,
	counts: FacetCounts,
	themes: { id: string; label: string }[]
): ChipGroup[] {
	const themeLabel = new Map(themes.map((t) => [t.id, t.label]));
	const countries = [...counts.country.keys()].sort((a, b) =>
		countryName(a).localeCompare(countryName(b), 'en')
	);
	return [
		{
			facet: 'kind',
			label: facetTitle('kind'),
			options: options(
				'kind',
				[...KIND_VALUES],
				(v) => facetValueLabel('kind', v, themeLabel),
				state,
				counts
			)
		},
		{
			facet: 'country',
			label: facetTitle('country'),
			options: options('country', countries, countryName, state, counts)
		},
		{
			facet: 'theme',
			label: facetTitle('theme'),
			options: options(
				'theme',
				themes.map((t) => t.id),
				(v) => themeLabel.get(v) ?? v,
				state,
				counts
			)
		}
	];
}
