// Client-side (runes): the explorer's full records, fetched once per data version after the first
// paint (the HTML inlines only the rows on screen). The service worker keeps the answer, so an
// offline reload finds it too. A failed fetch leaves `records` null: the page keeps the server's
// rows, and its GET form searches on the server.
import type { SearchRecord } from './records';
import { nextTask } from '../map/slices';

/**
 * `prepare` runs on the records before they are shown (the page builds their search index there, in
 * slices): parsing, preparing and showing them are separate tasks, not one long one, so a tap or a key
 * pressed meanwhile waits for none of it.
 */
export function createRecordFeed(
	version: () => string,
	fetcher: typeof fetch = (...args) => fetch(...args),
	prepare: (records: SearchRecord[]) => void | Promise<void> = () => {}
) {
	let got = $state.raw<{ version: string; records: SearchRecord[] } | null>(null);
	let failed = $state(false);

	// An effect, because the version changes when a navigation brings another data set's page; the
	// teardown aborts a fetch for a version no longer shown. It runs after the first paint (hydration).
	$effect(() => {
		const v = version();
		if (got?.version === v) return;
		const abort = new AbortController();
		failed = false;
		fetcher(`/api/records?v=${encodeURIComponent(v)}`, { signal: abort.signal })
			.then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
			.then(async (body: { records?: SearchRecord[] }) => {
				if (abort.signal.aborted) return;
				const records = body.records;
				if (!Array.isArray(records)) throw new Error('no records');
				await nextTask();
				if (abort.signal.aborted) return;
				await prepare(records);
				await nextTask();
				if (!abort.signal.aborted) got = { version: v, records };
			})
			.catch(() => {
				if (!abort.signal.aborted) failed = true;
			});
		return () => abort.abort();
	});

	return {
		/** Every record, or null until they have arrived. */
		get records() {
			return got?.records ?? null;
		},
		/** The fetch failed (offline with nothing saved): the page falls back to its GET form. */
		get failed() {
			return failed;
		}
	};
}
