// Pure: no DOM, no Svelte. The kiosk facet picker's groups: the facet table's kiosk rows, in table order,
// each with its values (the table's order, else the universe's), their labels from the messages and the
// counts of the current results.
import { FACETS, type FacetRow } from '../model/facets';
import { facetTitle, facetValueLabel } from '../messages';
import type { FacetCounts } from '../search/filters';
import type { ExplorerState, FacetName } from '../search/url';

export interface PickerOption {
	value: string;
	label: string;
	count: number;
	on: boolean;
}
export interface PickerGroup {
	facet: FacetName;
	label: string;
	options: PickerOption[];
}

/**
 * @param universe every value each facet takes in the data, in the order to list them (listedUniverse:
 *   by label, sorted on the server); a chosen value that the data does not have comes last
 * @param themeLabels theme id -> label, from themes.json
 */
export function pickerGroups(
	state: ExplorerState,
	counts: FacetCounts,
	universe: Record<FacetName, string[]>,
	themeLabels: ReadonlyMap<string, string>,
	facets: readonly FacetRow<FacetName>[] = FACETS
): PickerGroup[] {
	return facets
		.filter((row) => row.kiosk)
		.map((row) => {
			const chosen = state[row.name] as string[];
			const options = [...new Set([...universe[row.name], ...chosen])].map((value) => ({
				value,
				label: facetValueLabel(row.name, value, themeLabels),
				count: counts[row.name]?.get(value) ?? 0,
				on: chosen.includes(value)
			}));
			if (row.order) {
				const order = row.order;
				options.sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
			}
			return { facet: row.name, label: facetTitle(row.name), options };
		});
}
