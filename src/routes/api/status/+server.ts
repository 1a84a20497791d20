import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { dataset } from '$lib/server/dataset';
import { statusJson } from '$lib/server/status';

/** GET /api/status: the data set served now and the last rejected reload; never cached. */
export const GET: RequestHandler = () =>
	json(statusJson(dataset()), { headers: { 'cache-control': 'no-store' } });
