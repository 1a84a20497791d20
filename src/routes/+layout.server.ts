import type { LayoutServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { dateTableFor } from '$lib/messages';

export const load: LayoutServerLoad = () => {
	const { data } = dataset();
	return {
		asOf: data.meta.asOf,
		// Dates in the browser are written from this table of the language's patterns and month names: a
		// browser's first Intl.DateTimeFormat loads its date data, 0.2 s of every page's hydration at 4x.
		dateTable: dateTableFor(),
		themes: data.themes.map((t) => ({ id: t.id, label: t.label }))
	};
};
