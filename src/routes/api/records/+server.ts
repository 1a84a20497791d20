import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { dataset } from '$lib/server/dataset';

/**
 * GET /api/records?v=<data version>: every search record, as the explorer searches and maps them. The
 * explorer fetches it after its first paint (the HTML inlines only what is on screen); the version in
 * the URL makes each data set its own cache entry (response cache, service worker).
 */
export const GET: RequestHandler = () => {
	const { records, version } = dataset();
	return json({ version, records });
};
