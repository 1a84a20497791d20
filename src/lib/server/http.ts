// Server-only: JSON responses with the caching every API answer shares.
import { json } from '@sveltejs/kit';
import { dataset } from './dataset';

/** Data changes only on deploy or restart: let caches keep answers briefly, then revalidate by ETag. */
export const DATA_CACHE_CONTROL = 'public, max-age=300, stale-while-revalidate=3600';

export function jsonData(body: unknown, init: ResponseInit = {}): Response {
	const headers = new Headers(init.headers);
	headers.set('cache-control', DATA_CACHE_CONTROL);
	headers.set('x-data-version', dataset().version);
	return json(body, { ...init, headers });
}

export function jsonError(status: number, message: string): Response {
	return json({ error: message }, { status, headers: { 'cache-control': 'no-store' } });
}
