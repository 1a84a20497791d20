// @vitest-environment jsdom
// The explorer's records arrive in one fetch after the first paint, once per data version.
import { describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { createRecordFeed } from '../../../src/lib/search/record-feed.svelte';
import { searchRecord } from '../helpers/record';

/** The fetch, and the tasks the feed yields between parsing, preparing and showing. */
const settle = async () => {
	for (let i = 0; i < 4; i++) await new Promise((resolve) => setTimeout(resolve, 0));
	flushSync();
};

describe('record feed', () => {
	it('fetches the records of the version shown, once, and again for a new version', async () => {
		const rec = searchRecord({ kind: 'city', id: 'malmo' });
		const fetcher = vi.fn(async () => Response.json({ records: [rec] }));
		let box = $state({ v: 'a' });
		let feed!: ReturnType<typeof createRecordFeed>;
		const stop = $effect.root(() => {
			feed = createRecordFeed(() => box.v, fetcher as unknown as typeof fetch);
		});
		flushSync();
		expect(feed.records).toBeNull();
		await settle();
		expect(feed.records?.map((r) => r.key)).toEqual(['city:malmo']);
		expect(fetcher).toHaveBeenCalledTimes(1);
		expect(String((fetcher.mock.calls[0] as unknown[])[0])).toBe('/api/records?v=a');
		box = { v: 'b' };
		flushSync();
		await settle();
		expect(fetcher).toHaveBeenCalledTimes(2);
		expect(feed.failed).toBe(false);
		stop();
	});

	it('prepares the records in a task of its own before they are shown', async () => {
		const rec = searchRecord({ kind: 'city', id: 'malmo' });
		const fetcher = vi.fn(async () => Response.json({ records: [rec] }));
		const seen: (string[] | null)[] = [];
		let feed!: ReturnType<typeof createRecordFeed>;
		const prepare = vi.fn((records: { key: string }[]) => {
			seen.push(feed.records?.map((r) => r.key) ?? null);
			expect(records.map((r) => r.key)).toEqual(['city:malmo']);
		});
		const stop = $effect.root(() => {
			feed = createRecordFeed(() => 'a', fetcher as unknown as typeof fetch, prepare);
		});
		flushSync();
		await settle();
		expect(prepare).toHaveBeenCalledTimes(1);
		// Not shown yet while being prepared; shown after.
		expect(seen).toEqual([null]);
		expect(feed.records?.map((r) => r.key)).toEqual(['city:malmo']);
		stop();
	});

	it('a failed fetch (offline, nothing saved) leaves the records null and says so', async () => {
		const fetcher = vi.fn(async () => {
			throw new TypeError('offline');
		});
		let feed!: ReturnType<typeof createRecordFeed>;
		const stop = $effect.root(() => {
			feed = createRecordFeed(() => 'a', fetcher as unknown as typeof fetch);
		});
		flushSync();
		await settle();
		expect(feed.records).toBeNull();
		expect(feed.failed).toBe(true);
		stop();
	});
});
