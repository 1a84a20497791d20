// GET /api/export?format=csv|json&<explorer parameters>, &related=<kind>:<id> or &items=<key>,<key>: a
// download of the current selection (from the explorer's filters), of the records listed on a detail
// page, or of a visitor's list.
import type { RequestHandler } from './$types';
import { dataset } from '$lib/server/dataset';
import { jsonError, DATA_CACHE_CONTROL } from '$lib/server/http';
import { parseApiSearch } from '$lib/search/api-params';
import { runSearch } from '$lib/search/engine';
import { stateToParams } from '$lib/search/url';
import { exportRow, relatedKeys, slug, toCsv, MAX_EXPORT_ROWS } from '$lib/server/export';
import type { SearchRecord } from '$lib/search/records';
import { parseRecordKey } from '$lib/model/kinds';
import { MAX_LIST_ITEMS, parseListItems } from '$lib/data/shortlist';

export const GET: RequestHandler = ({ url }) => {
	const format = url.searchParams.get('format');
	if (format !== 'csv' && format !== 'json') return jsonError(400, 'format must be csv or json');
	const d = dataset();
	let records: SearchRecord[];
	let name: string;
	let selection: Record<string, unknown>;
	let truncated = false;
	const related = url.searchParams.get('related');
	const items = url.searchParams.get('items');
	if (items !== null) {
		const byKey = new Map(d.records.map((r) => [r.key, r]));
		const list = parseListItems(items, (k) => byKey.has(k));
		if (list.requested > MAX_LIST_ITEMS)
			return jsonError(
				400,
				`items: a list holds at most ${MAX_LIST_ITEMS} records, got ${list.requested}`
			);
		if (!list.keys.length)
			return jsonError(
				400,
				'items must list records as <kind>:<id>, e.g. city:malmo,project:up2030'
			);
		records = list.keys.map((k) => byKey.get(k)!);
		name = 'my-list';
		selection = { items: list.keys.join(','), missing: list.missing };
	} else if (related !== null) {
		if (!parseRecordKey(related))
			return jsonError(400, 'related must be <kind>:<id>, e.g. city:malmo');
		const keys = relatedKeys(d, related);
		if (!keys) return jsonError(404, `no record ${related}`);
		const byKey = new Map(d.records.map((r) => [r.key, r]));
		records = keys.map((k) => byKey.get(k)).filter((r): r is SearchRecord => !!r);
		name = `related-${slug(related)}`;
		selection = { related };
	} else {
		const parsed = parseApiSearch(url.searchParams, d.facetContext);
		if (!parsed.ok) return jsonError(400, parsed.error);
		const outcome = runSearch(d.index, parsed.value.state);
		records = outcome.order.slice(0, MAX_EXPORT_ROWS).map((i) => d.records[i]);
		truncated = outcome.total > MAX_EXPORT_ROWS;
		const params = stateToParams(parsed.value.state).toString();
		name = params ? slug(params) : 'all';
		selection = Object.fromEntries(stateToParams(parsed.value.state));
	}
	const themeLabels = new Map(d.data.themes.map((t) => [t.id, t.label]));
	const rows = records.map((r) => exportRow(r, url.origin, themeLabels));
	const filename = `cities-mission-${name}-${d.data.meta.asOf}.${format}`;
	const headers = {
		'content-disposition': `attachment; filename="${filename}"`,
		'cache-control': DATA_CACHE_CONTROL,
		'x-data-version': d.version
	};
	if (format === 'csv')
		return new Response(toCsv(rows), {
			headers: { ...headers, 'content-type': 'text/csv; charset=utf-8' }
		});
	const body = { asOf: d.data.meta.asOf, selection, total: rows.length, truncated, records: rows };
	return new Response(JSON.stringify(body, null, 1), {
		headers: { ...headers, 'content-type': 'application/json; charset=utf-8' }
	});
};
