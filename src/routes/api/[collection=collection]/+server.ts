import type { RequestHandler } from './$types';
import { dataset } from '$lib/server/dataset';
import { jsonData } from '$lib/server/http';

/** GET /api/cities, /api/pilots, /api/projects, /api/partners: every record of a kind, as in data/. */
export const GET: RequestHandler = ({ params }) => {
	const d = dataset();
	return jsonData({
		asOf: d.data.meta.asOf,
		total: d.data[params.collection].length,
		results: d.data[params.collection]
	});
};
