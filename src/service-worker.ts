/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// Service worker: the app keeps working offline after one visit, including a full reload.
// - Built assets and static files (JS, CSS, fonts, the basemap's world-atlas JSON) are cached at
//   install and served cache-first: their names are hashed or fixed per version.
// - Pages, page data and /api/* are network-first, so data updates are picked up when online; the last
//   good response is kept and served when the network is gone.
//   The server can reload its data at any time (live reload), and these answers are
//   `max-age=0, must-revalidate` (never immutable), so the fetch below revalidates with the server
//   by ETag and a reload shows on the next load while online.
// - A new version takes over at once (skipWaiting + clients.claim). Safe because it keeps serving the
//   previous version's assets until they are pruned, and the kiosk reloads at its next idle reset.
import { build, files, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;
const ASSETS_CACHE = `assets-${version}`;
const PAGES_CACHE = 'pages';
const ASSETS = new Set([...build, ...files]);
/**
 * Worth having before they are first visited: the explorer, the kiosk, and the records and card details
 * they fetch after their first paint (saved without the data version they ask with; see networkFirst).
 */
const WARM_PAGES = ['/', '/kiosk', '/api/records', '/kiosk/details'];
/** Answers that stand for every query string of their path when the network is gone. */
const ANY_QUERY = (request: Request, url: URL) =>
	request.mode === 'navigate' ||
	url.pathname === '/api/records' ||
	url.pathname.endsWith('/kiosk/details');
/** Enough for every page a visitor touches in a day; oldest entries go first. */
const MAX_PAGES = 200;

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const assets = await caches.open(ASSETS_CACHE);
			await assets.addAll([...ASSETS]);
			const pages = await caches.open(PAGES_CACHE);
			// Best effort: a page that fails to load now is cached on its first visit instead.
			await Promise.allSettled(WARM_PAGES.map((p) => pages.add(p)));
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith('assets-') && key !== ASSETS_CACHE) await caches.delete(key);
			}
			await sw.clients.claim();
		})()
	);
});

async function trim(cache: Cache) {
	const keys = await cache.keys();
	for (const request of keys.slice(0, Math.max(0, keys.length - MAX_PAGES)))
		await cache.delete(request);
}

async function networkFirst(request: Request, url: URL): Promise<Response> {
	const cache = await caches.open(PAGES_CACHE);
	try {
		const response = await fetch(request);
		if (response.ok && response.type === 'basic') {
			await cache.put(request, response.clone());
			void trim(cache);
		}
		return response;
	} catch (err) {
		const cached =
			(await cache.match(request)) ??
			// A page with other query parameters renders the same app (the page itself reads the URL), and
			// the last records saved beat none when the page's data version was never fetched online.
			(ANY_QUERY(request, url) ? await cache.match(request, { ignoreSearch: true }) : undefined);
		if (cached) return cached;
		if (request.mode === 'navigate') return offlinePage();
		throw err;
	}
}

/** A page not saved yet, while offline: say so, and offer the pages that are saved. */
function offlinePage(): Response {
	const html = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Offline</title><body style="font-family:system-ui,sans-serif;padding:2rem;line-height:1.5"><h1>You are offline</h1><p>This page has not been saved on this device yet. It will work again when the network is back.</p><p><a href="/">Back to the explorer</a></p></body></html>`;
	return new Response(html, {
		status: 503,
		headers: { 'content-type': 'text/html; charset=utf-8' }
	});
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET' || request.headers.has('range')) return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin) return;
	if (ASSETS.has(url.pathname)) {
		event.respondWith((async () => (await caches.match(url.pathname)) ?? fetch(request))());
		return;
	}
	event.respondWith(networkFirst(request, url));
});
