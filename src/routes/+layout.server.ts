import type { LayoutServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';

export const load: LayoutServerLoad = () => {
	const { data } = dataset();
	return {
		asOf: data.meta.asOf,
		themes: data.themes.map((t) => ({ id: t.id, label: t.label }))
	};
};
