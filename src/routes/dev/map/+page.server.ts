import { recordName } from '$lib/messages';
import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { indexFor, runSearch } from '$lib/search/engine';
import { stateFromParams } from '$lib/search/url';

// A test and benchmark harness for the map module (tests/e2e/map.e2e.ts): all records for lookups, and
// the keys the search gives for ?q= and the other explorer filters.
export const load: PageServerLoad = ({ url }) => {
	const { records } = dataset();
	const state = stateFromParams(url.searchParams);
	const outcome = runSearch(indexFor(records, recordName), state);
	return { records, shown: outcome.order, q: state.q };
};
