// The response cache answers repeats without SvelteKit (scripts/server.js asks cachedAnswer first):
// the same headers, ETag, 304 and compression as through handle, and nothing of an older data set.
import { describe, expect, it } from 'vitest';
import { brotliDecompressSync } from 'node:zlib';
import { cachedAnswer, resetCache, respond, store } from '../../../src/lib/server/response-cache';

const html = '<!doctype html><p>' + 'Malmö '.repeat(400) + '</p>';
const page = () =>
	new Response(html, { headers: { 'content-type': 'text/html', 'x-data-version': 'v1' } });

describe('response cache', () => {
	it('answers a cached URL as handle does: headers, ETag, brotli, and 304 for a match', async () => {
		expect.hasAssertions();
		resetCache('v1');
		const href = 'http://test/';
		const entry = await store(href, page(), 'v1');
		const viaHandle = respond(entry, new Request(href, { headers: { 'accept-encoding': 'br' } }));
		const fast = cachedAnswer(href, null, 'br')!;
		expect(fast.status).toBe(200);
		expect(Object.fromEntries(fast.headers)).toEqual(Object.fromEntries(viaHandle.headers));
		expect(brotliDecompressSync(fast.body!).toString()).toBe(html);
		expect(cachedAnswer(href, entry.etag, 'br')).toMatchObject({ status: 304, body: null });
		expect(cachedAnswer('http://test/other', null, 'br')).toBeNull();
	});

	it('forgets every answer when a new data set is loaded', async () => {
		expect.hasAssertions();
		resetCache('v1');
		await store('http://test/', page(), 'v1');
		resetCache('v2');
		expect(cachedAnswer('http://test/', null, '')).toBeNull();
		// A render that began on the old set is not kept for the new one.
		await store('http://test/', page(), 'v1');
		expect(cachedAnswer('http://test/', null, '')).toBeNull();
	});
});
