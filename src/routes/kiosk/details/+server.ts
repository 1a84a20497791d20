import type { RequestHandler } from './$types';
import { kioskData } from '$lib/kiosk/kiosk-data.server';

/**
 * GET /kiosk/details?v=<data version> (and /<lang>/kiosk/details): the kiosk cards' details in the
 * page's language, as JSON. The kiosk fetches them after its first paint, so its HTML carries only what
 * the first view needs; the version in the URL makes each data set its own entry in the service worker.
 */
export const GET: RequestHandler = () =>
	new Response(kioskData().details, {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
