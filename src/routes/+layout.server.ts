import type { LayoutServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { formatDate } from '$lib/messages';

export const load: LayoutServerLoad = () => {
	const { data } = dataset();
	return {
		asOf: data.meta.asOf,
		// Written here, in the request's language: a browser's first Intl.DateTimeFormat loads its date
		// data, which cost 0.2 s of every page's hydration at 4x CPU (the footer shows this date).
		asOfText: formatDate(data.meta.asOf),
		themes: data.themes.map((t) => ({ id: t.id, label: t.label }))
	};
};
