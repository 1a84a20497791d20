import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { datasetStats } from '$lib/data/stats';
import { firstPaint } from '$lib/search/first-paint';
import { stateFromParams } from '$lib/search/url';
import { recordName } from '$lib/messages';
import { listedUniverse } from '$lib/server/listed-universe';

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
