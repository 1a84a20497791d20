import type { RequestHandler } from './$types';
import { dataset } from '$lib/server/dataset';
import { jsonData, jsonError } from '$lib/server/http';
import { resultJson } from '$lib/server/record-json';
import { parseApiSearch } from '$lib/search/api-params';
import { runSearch } from '$lib/search/engine';

/** GET /api/search?q=&kind=&country=&theme=&cohort=&label=&ptype=&sort=&limit=&offset= */
export const GET: RequestHandler = ({ url }) => {
	const d = dataset();
	const parsed = parseApiSearch(url.searchParams, d.facetContext);
	if (!parsed.ok) return jsonError(400, parsed.error);
	const { state, limit, offset } = parsed.value;
	const outcome = runSearch(d.index, state);
	return jsonData({
		query: state.q,
		total: outcome.total,
		offset,
		limit,
		results: outcome.order.slice(offset, offset + limit).map((i) => resultJson(d.records[i])),
		facets: Object.fromEntries(
			Object.entries(outcome.counts).map(([k, m]) => [k, Object.fromEntries(m)])
		),
		suggestions: outcome.suggestions.map(resultJson)
	});
};
