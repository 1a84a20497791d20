import type { LayoutServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { dateTableFor, numberTableFor, regionTableFor } from '$lib/messages';
import { COUNTRY_NAMES } from '$lib/data/schema';
import { BASEMAP_COUNTRIES } from '$lib/map/place-labels';

/** Every country a page may name in the browser: the data's, and those the basemap labels. */
const NAMED_COUNTRIES = [...new Set([...Object.keys(COUNTRY_NAMES), ...BASEMAP_COUNTRIES])].sort();

export const load: LayoutServerLoad = () => {
	const { data } = dataset();
	return {
		asOf: data.meta.asOf,
		// Dates in the browser are written from this table of the language's patterns and month names: a
		// browser's first Intl.DateTimeFormat loads its date data, 0.2 s of every page's hydration at 4x.
		dateTable: dateTableFor(),
		// Country names likewise: a browser's first Intl.DisplayNames loads its region data (0.2 s at 4x).
		regionNames: regionTableFor(NAMED_COUNTRIES),
		// And whole numbers (a city's population): the first Intl.NumberFormat loads number data.
		numberTable: numberTableFor(),
		themes: data.themes.map((t) => ({ id: t.id, label: t.label }))
	};
};
