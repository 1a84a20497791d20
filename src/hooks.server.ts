import { randomUUID } from 'node:crypto';
import { json, type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { currentDataset, DataError, loadData, withDataset } from '$lib/server/dataset';
import { startLiveReload } from '$lib/server/live-data';
import { notFoundMessage, suggestionsFor } from '$lib/server/suggest';
import {
	CACHED_ANSWER_KEY,
	cacheKey,
	cachedAnswer,
	isCacheable,
	lookup,
	respond,
	store
} from '$lib/server/response-cache';
import { env as privateEnv } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { checkQrBaseAtStart, checkQrBaseOnRequest } from '$lib/kiosk/qr-base.server';
import { paraglideMiddleware } from '$lib/paraglide/server';
import * as allMessages from '$lib/paraglide/messages/_index.js';
import { appPath, useCatalog } from '$lib/messages/catalog';
import { m } from '$lib/messages';
import { languageLinksHtml } from '$lib/messages/languages';
import { pseudoCatalog } from '$lib/messages/pseudo';

// The server speaks every language: each message answers in its request's (paraglideMiddleware).
// I18N_PSEUDO=1 wraps every message in ⟦…⟧ to find text that is not in messages (a test mode).
const pseudo = pseudoCatalog(allMessages);
useCatalog(() => (privateEnv.I18N_PSEUDO === '1' ? pseudo : allMessages));

/**
 * The server refuses to start with bad data: every problem is printed, then it exits non-zero. Once
 * started it watches the data and reloads it when it changes or on SIGHUP (live-data.ts).
 */
export const init: ServerInit = async () => {
	try {
		const { data, dir } = loadData();
		console.log(
			`Cities Mission Explorer: data from ${dir} (as of ${data.meta.asOf}): ${data.cities.length} cities, ${data.pilots.length} pilots, ${data.projects.length} projects, ${data.partners.length} partners`
		);
		// Kiosk QR codes that phones could not open: say so now if the origin is known, else on the
		// first kiosk request (see checkQrBaseOnRequest in handle).
		checkQrBaseAtStart({ ...privateEnv, PUBLIC_BASE_URL: publicEnv.PUBLIC_BASE_URL });
		startLiveReload();
	} catch (err) {
		if (err instanceof DataError) {
			console.error(err.message);
			console.error('Fix the files (npm run data:check lists the same problems) and start again.');
			process.exit(1);
		}
		throw err;
	}
};

// The production server (scripts/server.js) answers repeats from the response cache before SvelteKit.
(globalThis as Record<symbol, unknown>)[CACHED_ANSWER_KEY] = cachedAnswer;

const SECURITY_HEADERS: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy':
		'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin'
};

/** Scripts and styles as SvelteKit preloads them, plus Inter's Latin subset (every page's text). */
const preload = ({ type, path }: { type: string; path: string }) =>
	type === 'js' || type === 'css' || (type === 'font' && path.includes('inter-latin-wght'));

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
	checkQrBaseOnRequest(event.url);
	// The request's own URL: SvelteKit gives a page and its /__data.json the same event.url.
	const key = event.request.method === 'GET' ? cacheKey(new URL(event.request.url)) : null;
	const cached = lookup(key);
	if (cached) return respond(cached, event.request);
	// One data set for the whole request: every load and endpoint it runs reads this snapshot through
	// dataset(), even if a reload swaps in a new set meanwhile (see withDataset in dataset.ts).
	const snapshot = currentDataset();
	// The API answers in JSON even when the URL itself is broken (found by scripts/fuzz.ts).
	const response =
		event.url.pathname.startsWith('/api/') && malformedPath(event.url.pathname)
			? json(
					{ error: 'malformed URL: invalid percent-encoding in the path' },
					{ status: 400, headers: { 'cache-control': 'no-store' } }
				)
			: await withDataset(snapshot, () =>
					paraglideMiddleware(event.request, ({ request, locale }) => {
						event.request = request;
						return resolve(event, {
							preload,
							transformPageChunk: ({ html }) =>
								html
									.replace('%paraglide.lang%', locale)
									.replace('%cme.language-links%', () => languageLinksHtml(event.url, locale))
						});
					})
				);
	if (!response.headers.has('x-data-version'))
		response.headers.set('x-data-version', snapshot.version);
	for (const [k, v] of Object.entries(SECURITY_HEADERS))
		if (!response.headers.has(k)) response.headers.set(k, v);
	if (
		!response.headers.has('content-security-policy') &&
		!(response.headers.get('content-type') ?? '').startsWith('text/html')
	) {
		response.headers.set('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
	}

	if (!isCacheable(event.request, response)) return response;
	// Same URL, same answer: browsers, proxies and CDNs revalidate by ETag, and the next request for
	// this URL is served from memory without rendering again.
	return respond(await store(key, response, snapshot.version), event.request);
};

export const handleError: HandleServerError = ({ error, event, status, message }) => {
	// An address no route matches (e.g. an id that fails the matcher): say what, and suggest records.
	if (status === 404)
		return {
			message: notFoundMessage(appPath(event.url)) ?? message,
			suggestions: suggestionsFor(event.url.pathname.split('/').filter(Boolean).pop() ?? '')
		};
	// Other client errors (malformed URLs): the client's, so no log line and no error id.
	if (status < 500) return { message };
	const errorId = randomUUID().slice(0, 8);
	console.error(`[${errorId}] ${event.request.method} ${event.url.pathname}:`, error);
	return { message: m.server_error(), errorId };
};
