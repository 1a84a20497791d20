import type { RequestHandler } from './$types';
import { jsonError } from '$lib/server/http';

/** Anything else under /api answers in JSON too, never with an HTML error page. */
export const fallback: RequestHandler = ({ params }) =>
	jsonError(
		404,
		`unknown API path /api/${params.rest.slice(0, 80)}: see /api/search, /api/cities, /api/pilots, /api/projects, /api/partners`
	);
