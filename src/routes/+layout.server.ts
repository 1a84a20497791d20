import type { LayoutServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { currentLocale, dateTableFor, formatDate } from '$lib/messages';

const dateTables = new Map<string, ReturnType<typeof dateTableFor>>();
function cacheDateTable() {
	const table = dateTableFor();
	dateTables.set(currentLocale(), table);
	return table;
}

export const load: LayoutServerLoad = () => {
	const { data } = dataset();
	return {
		asOf: data.meta.asOf,
		// Written here, in the request's language: a browser's first Intl.DateTimeFormat loads its date
		// data, which cost 0.2 s of every page's hydration at 4x CPU (the footer shows this date).
		asOfText: formatDate(data.meta.asOf),
		// The other dates: the browser writes them from this table of the language's patterns and months.
		dateTable: dateTables.get(currentLocale()) ?? cacheDateTable(),
		themes: data.themes.map((t) => ({ id: t.id, label: t.label }))
	};
};
