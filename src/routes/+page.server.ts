import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { datasetStats } from '$lib/data/stats';

// Never reads url.searchParams: the page filters from page.url, so typing never reruns this on the server.
export const load: PageServerLoad = () => {
	const { data, records } = dataset();
	return { records, stats: datasetStats(data) };
};

// The start page in another language is `/fr/` (as Paraglide writes it) as well as `/fr`: no redirect.
export const trailingSlash = 'ignore';
