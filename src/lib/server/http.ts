// Server-only: JSON responses with the caching every API answer shares.
import { json } from '@sveltejs/kit';
import { dataset } from './dataset';
import { DEFAULT_CACHE_CONTROL } from './response-cache';

/**
 * The data can be reloaded at any time: the same policy as pages (browsers revalidate by ETag,
 * shared caches keep an answer 10 s at most), so a reload shows in the API and exports at once.
 */
export const DATA_CACHE_CONTROL = DEFAULT_CACHE_CONTROL;

export function jsonData(body: unknown, init: ResponseInit = {}): Response {
	const headers = new Headers(init.headers);
	headers.set('cache-control', DATA_CACHE_CONTROL);
	headers.set('x-data-version', dataset().version);
	return json(body, { ...init, headers });
}

export function jsonError(status: number, message: string): Response {
	return json({ error: message }, { status, headers: { 'cache-control': 'no-store' } });
}
