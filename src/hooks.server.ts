import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { createHash, randomUUID } from 'node:crypto';
import { json, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { DataError, loadData } from '$lib/server/dataset';

/** The server refuses to start with bad data: every problem is printed, then it exits non-zero. */
export const init: ServerInit = async () => {
	try {
		const { data, dir } = loadData();
		console.log(`Cities Mission Explorer: data from ${dir} (as of ${data.meta.asOf}): ${data.cities.length} cities, ${data.pilots.length} pilots, ${data.projects.length} projects, ${data.partners.length} partners`);
	} catch (err) {
		if (err instanceof DataError) {
			console.error(err.message);
			console.error('Fix the files (npm run data:check lists the same problems) and start again.');
			process.exit(1);
		}
		throw err;
	}
};

const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy': 'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin'
};

const COMPRESSIBLE = /^(text\/html|application\/json|text\/csv|text\/plain|application\/manifest\+json)/;
const MIN_COMPRESS_BYTES = 1024;
/** Compressed bodies by ETag and encoding: pages are the same for everyone until the data changes. */
const compressedCache = new Map<string, Uint8Array>();
const MAX_CACHED = 300;

function cachedCompress(key: string, make: () => Uint8Array): Uint8Array {
	let body = compressedCache.get(key);
	if (!body) {
		body = make();
		if (compressedCache.size >= MAX_CACHED) compressedCache.delete(compressedCache.keys().next().value!);
		compressedCache.set(key, body);
	}
	return body;
}

/** True when the path cannot be decoded (e.g. /api/cities/%zz): SvelteKit would answer with an HTML 400. */
function malformedPath(pathname: string): boolean {
	try {
		// Use the result: the bundler drops a bare decodeURI() call as free of side effects.
		return !decodeURI(pathname);
	} catch {
		return true;
	}
}

export const handle: Handle = async ({ event, resolve }) => {
	// The API answers in JSON even when the URL itself is broken (found by scripts/fuzz.ts).
	const response =
		event.url.pathname.startsWith('/api/') && malformedPath(event.url.pathname)
			? json({ error: 'malformed URL: invalid percent-encoding in the path' }, { status: 400, headers: { 'cache-control': 'no-store' } })
			: await resolve(event);
	for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!response.headers.has(k)) response.headers.set(k, v);
	if (!response.headers.has('content-security-policy') && !(response.headers.get('content-type') ?? '').startsWith('text/html')) {
		response.headers.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
	}

	const type = response.headers.get('content-type') ?? '';
	if (event.request.method !== 'GET' || response.status !== 200 || !COMPRESSIBLE.test(type) || response.headers.has('content-encoding')) {
		return response;
	}
	// Same body, same ETag: browsers, proxies and CDNs can revalidate instead of downloading again.
	const body = new Uint8Array(await response.arrayBuffer());
	const etag = `W/"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
	const headers = new Headers(response.headers);
	headers.set('etag', etag);
	headers.append('vary', 'Accept-Encoding');
	if (!headers.has('cache-control')) headers.set('cache-control', 'public, max-age=0, s-maxage=60, must-revalidate');
	if (event.request.headers.get('if-none-match') === etag) {
		headers.delete('content-length');
		return new Response(null, { status: 304, headers });
	}
	const accept = event.request.headers.get('accept-encoding') ?? '';
	let out: Uint8Array = body;
	if (body.byteLength >= MIN_COMPRESS_BYTES) {
		if (/\bbr\b/.test(accept)) {
			out = cachedCompress(`${etag}br`, () => brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }));
			headers.set('content-encoding', 'br');
		} else if (/\bgzip\b/.test(accept)) {
			out = cachedCompress(`${etag}gz`, () => gzipSync(body, { level: 6 }));
			headers.set('content-encoding', 'gzip');
		}
	}
	headers.set('content-length', String(out.byteLength));
	return new Response(out as BodyInit, { status: response.status, statusText: response.statusText, headers });
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	// Client errors (404, malformed URLs) are the client's: no log line, no error id.
	if (status < 500) return { message };
	const errorId = randomUUID().slice(0, 8);
	console.error(`[${errorId}] ${event.request.method} ${event.url.pathname}:`, error);
	return { message: 'Something went wrong on our side. Please try again.', errorId };
};
