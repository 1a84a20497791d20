// Server-only: whole GET responses, kept by URL. Nothing here is per-user: pages and API answers
// depend only on the URL and the data set; a reload of the data empties the cache (resetCache). Rendering / costs ~45 ms of CPU
// (506 records serialised, hashed for the CSP and the ETag); from this cache it costs a lookup.
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import { createHash } from 'node:crypto';

const COMPRESSIBLE =
	/^(text\/html|application\/json|text\/csv|text\/plain|application\/manifest\+json)/;
const MIN_COMPRESS_BYTES = 1024;
/** Bounded by bytes, not entries: a fuzzer's thousands of distinct URLs must not grow memory. */
export const MAX_CACHE_BYTES = 48 * 1024 * 1024;
const MAX_KEY_LENGTH = 2048;
/**
 * The data can change at run time (live reload), so browsers revalidate every time (a 304 by ETag
 * costs a lookup) and shared caches (nginx, a CDN) keep an answer 10 s at most.
 */
export const DEFAULT_CACHE_CONTROL = 'public, max-age=0, s-maxage=10, must-revalidate';

interface Entry {
	status: number;
	headers: [string, string][];
	body: Uint8Array;
	etag: string;
	br?: Uint8Array;
	gzip?: Uint8Array;
	bytes: number;
}

const entries = new Map<string, Entry>();
let totalBytes = 0;
/** The data version the entries belong to (null until the first store or reset). */
let cacheVersion: string | null = null;

/**
 * Empties the cache for a newly loaded data set. From now on only responses rendered from `version`
 * are kept: a request that started before the swap still finishes with the old set, and its
 * response must not land in the emptied cache.
 */
export function resetCache(version: string): void {
	entries.clear();
	totalBytes = 0;
	cacheVersion = version;
}

function remember(key: string, entry: Entry, version: string) {
	cacheVersion ??= version;
	if (version !== cacheVersion) return;
	if (entry.bytes > MAX_CACHE_BYTES / 8) return;
	entries.set(key, entry);
	totalBytes += entry.bytes;
	for (const [oldKey, old] of entries) {
		if (totalBytes <= MAX_CACHE_BYTES) break;
		entries.delete(oldKey);
		totalBytes -= old.bytes;
	}
}

/** Whether a response may be kept and compressed: a plain 200 text answer to a GET. */
export function isCacheable(request: Request, response: Response): boolean {
	const type = response.headers.get('content-type') ?? '';
	return (
		request.method === 'GET' &&
		response.status === 200 &&
		COMPRESSIBLE.test(type) &&
		!response.headers.has('content-encoding') &&
		!response.headers.has('set-cookie') &&
		!(response.headers.get('cache-control') ?? '').includes('no-store')
	);
}

/**
 * The full request URL: pages name their own origin (Open Graph), so two host names are two entries,
 * and a page and its `__data.json` (which SvelteKit reports under the page's URL) are two entries.
 */
export function cacheKey(url: URL): string | null {
	const key = url.href;
	return key.length <= MAX_KEY_LENGTH ? key : null;
}

export function lookup(key: string | null): Entry | undefined {
	if (key === null) return undefined;
	const entry = entries.get(key);
	if (entry) {
		// Least recently used goes first: move a hit to the end.
		entries.delete(key);
		entries.set(key, entry);
	}
	return entry;
}

/**
 * Keeps a response rendered from data version `version`. Its ETag names the version too, so every
 * ETag changes with a reload, even for a page whose text the change did not touch.
 */
export async function store(
	key: string | null,
	response: Response,
	version: string
): Promise<Entry> {
	const body = new Uint8Array(await response.arrayBuffer());
	const hash = createHash('sha1').update(body).digest('base64url').slice(0, 22);
	const etag = `W/"${version.slice(0, 8)}-${hash}"`;
	const headers: [string, string][] = [...response.headers].filter(
		([k]) => k !== 'content-length' && k !== 'etag'
	);
	if (!response.headers.has('cache-control'))
		headers.push(['cache-control', DEFAULT_CACHE_CONTROL]);
	const entry: Entry = { status: response.status, headers, body, etag, bytes: body.byteLength };
	if (key !== null) remember(key, entry, version);
	return entry;
}

/** An answer as plain parts, for a Response or for node:http directly (scripts/server.js). */
export interface Answer {
	status: number;
	headers: [string, string][];
	body: Uint8Array | null;
}

/** The answer for one request from an entry: 304 when the client has it, else compressed if accepted. */
export function answer(entry: Entry, ifNoneMatch: string | null, accept: string): Answer {
	const headers: [string, string][] = [...entry.headers, ['etag', entry.etag]];
	const vary = headers.findIndex(([k]) => k === 'vary');
	if (vary >= 0) headers[vary] = ['vary', `${headers[vary][1]}, Accept-Encoding`];
	else headers.push(['vary', 'Accept-Encoding']);
	if (ifNoneMatch === entry.etag) return { status: 304, headers, body: null };
	let out = entry.body;
	if (entry.body.byteLength >= MIN_COMPRESS_BYTES) {
		if (/\bbr\b/.test(accept)) {
			if (!entry.br) {
				entry.br = brotliCompressSync(entry.body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } });
				entry.bytes += entry.br.byteLength;
				totalBytes += entry.br.byteLength;
			}
			out = entry.br;
			headers.push(['content-encoding', 'br']);
		} else if (/\bgzip\b/.test(accept)) {
			if (!entry.gzip) {
				entry.gzip = gzipSync(entry.body, { level: 6 });
				entry.bytes += entry.gzip.byteLength;
				totalBytes += entry.gzip.byteLength;
			}
			out = entry.gzip;
			headers.push(['content-encoding', 'gzip']);
		}
	}
	headers.push(['content-length', String(out.byteLength)]);
	return { status: entry.status, headers, body: out };
}

/** The answer for one request from an entry, as a Response (SvelteKit's handle). */
export function respond(entry: Entry, request: Request): Response {
	const a = answer(
		entry,
		request.headers.get('if-none-match'),
		request.headers.get('accept-encoding') ?? ''
	);
	return new Response(a.body as BodyInit | null, { status: a.status, headers: a.headers });
}

/**
 * The cached answer for a GET of `href`, or null: the production server (scripts/server.js) asks
 * this before handing a request to SvelteKit, so a repeat costs a lookup and a write, as a static
 * file does. Only entries of the data version served now exist (a reload empties the cache).
 */
export function cachedAnswer(
	href: string,
	ifNoneMatch: string | null,
	accept: string
): Answer | null {
	const entry = lookup(href.length <= MAX_KEY_LENGTH ? href : null);
	return entry ? answer(entry, ifNoneMatch, accept) : null;
}

/** Where scripts/server.js finds cachedAnswer (the app's modules load inside SvelteKit's bundle). */
export const CACHED_ANSWER_KEY = Symbol.for('cities-mission-explorer.cachedAnswer');
