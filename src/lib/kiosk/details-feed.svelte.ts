// Client-side (runes): the kiosk cards' details (summaries, links, partners, synergies), fetched once per
// data version and language after the first paint, so the kiosk's HTML carries only what its first view
// needs. The service worker keeps the answer, so an offline reload finds it too. Until it arrives a card
// shows what the records hold; a failed fetch is tried again when the network is back, or after a while.
import { afterNextPaint } from '../components/after-next-paint';
import type { KioskDetail } from './details.server';

/** An unattended screen whose Wi-Fi dropped tries again this often (and at once when back online). */
const RETRY_MS = 30_000;

export function createKioskDetails(
	url: () => string,
	fetcher: typeof fetch = (...a) => fetch(...a)
) {
	let got = $state.raw<{ url: string; details: Record<string, KioskDetail> } | null>(null);

	$effect(() => {
		const wanted = url();
		if (got?.url === wanted) return;
		const abort = new AbortController();
		let retry: ReturnType<typeof setTimeout> | undefined;
		let asking = false;
		const load = () => {
			clearTimeout(retry);
			// Back online while a fetch is on its way: that one answers.
			if (asking) return;
			asking = true;
			fetcher(wanted, { signal: abort.signal })
				.then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
				.then((body: unknown) => {
					if (abort.signal.aborted) return;
					if (!body || typeof body !== 'object') throw new Error('no details');
					got = { url: wanted, details: body as Record<string, KioskDetail> };
				})
				.catch(() => {
					if (!abort.signal.aborted) retry = setTimeout(load, RETRY_MS);
				})
				.finally(() => (asking = false));
		};
		const cancelStart = afterNextPaint(load);
		addEventListener('online', load);
		return () => {
			abort.abort();
			cancelStart();
			clearTimeout(retry);
			removeEventListener('online', load);
		};
	});

	return {
		/** By record key; empty until the details have arrived. */
		get details(): Record<string, KioskDetail> {
			return got?.details ?? {};
		}
	};
}
