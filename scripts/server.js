// Production entry that adds the security headers to every response, static files included:
// adapter-node serves build/client with sirv before SvelteKit's handle hook runs, so `node build`
// sends JS, CSS, fonts, robots.txt and favicons without them. This wraps build/handler.js (the same
// SvelteKit app and sirv) in a plain node:http server that sets the headers first; SvelteKit's own
// headers (the page CSP with its script hashes, cache-control, ETag) still win where it sets them.
//   PORT=3000 HOST=127.0.0.1 ORIGIN=http://127.0.0.1:3000 node scripts/server.js   (after npm run build)
import http from 'node:http';
import process from 'node:process';
import { handler } from '../build/handler.js';

/** Keep in step with SECURITY_HEADERS in src/hooks.server.ts (tests/e2e/security.e2e.ts checks both). */
export const SECURITY_HEADERS = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'x-frame-options': 'DENY',
	'permissions-policy':
		'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=()',
	'cross-origin-opener-policy': 'same-origin',
	// Static files are never documents that run scripts; SvelteKit replaces this on its pages.
	'content-security-policy': "default-src 'none'; frame-ancestors 'none'"
};

/** A service worker runs under the CSP of its own script: it must be allowed to fetch from this origin. */
const WORKER_CSP = "default-src 'self'; frame-ancestors 'none'";

/** Set by src/hooks.server.ts once the app has loaded (response-cache.ts, cachedAnswer). */
const CACHED_ANSWER_KEY = Symbol.for('cities-mission-explorer.cachedAnswer');

/**
 * A repeat of a page or API answer, straight from the app's response cache (the same entry SvelteKit's
 * handle would answer from, with its ETag, 304 and compression), without building a Request and a
 * Response for SvelteKit: a cached page then costs about what a static file does. The URL is the one
 * adapter-node gives SvelteKit (ORIGIN, else the Host header); anything not cached goes on as before.
 */
function answerFromCache(req, res) {
	const cachedAnswer = globalThis[CACHED_ANSWER_KEY];
	if (!cachedAnswer || req.method !== 'GET') return false;
	const origin = process.env.ORIGIN ?? `http://${req.headers.host}`;
	const ifNoneMatch = req.headers['if-none-match'] ?? null;
	const found = cachedAnswer(origin + req.url, ifNoneMatch, req.headers['accept-encoding'] ?? '');
	if (!found) return false;
	res.statusCode = found.status;
	for (const [name, value] of found.headers) res.setHeader(name, value);
	res.end(found.body ?? undefined);
	return true;
}

const server = http.createServer((req, res) => {
	for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
	if (answerFromCache(req, res)) return;
	if (req.url?.split('?')[0] === '/service-worker.js')
		res.setHeader('content-security-policy', WORKER_CSP);
	handler(req, res, () => {
		res.statusCode = 404;
		res.setHeader('content-type', 'text/plain; charset=utf-8');
		res.end('Not found');
	});
});

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '0.0.0.0';
server.listen(port, host, () => console.log(`Listening on http://${host}:${port}`));

function shutdown() {
	server.closeIdleConnections();
	server.close(() => process.exit(0));
	setTimeout(() => server.closeAllConnections(), 10_000).unref();
}
process.on('SIGTERM', shutdown);
process.on('SIGINT', shutdown);
