// Client-side (runes): the synergies of the selected city, fetched lazily from /api/synergies/{id} when a
// city is selected (never while typing, never for the first paint). A failed fetch (offline) draws none.
import { untrack } from 'svelte';
import { drawnSynergies, type DrawnSynergies } from '$lib/data/synergies';
import type { SearchRecord } from '$lib/search/records';

interface Fetched {
	key: string;
	drawn: DrawnSynergies | null;
}

const ids = (v: unknown): { id: string }[] =>
	Array.isArray(v) ? v.filter((x): x is { id: string } => typeof x?.id === 'string') : [];

/** `selected` is read inside an effect: call this while a component initialises. */
export function createSynergyFetch(
	selected: () => SearchRecord | null,
	fetcher: typeof fetch = (...args) => fetch(...args)
) {
	let fetched = $state.raw<Fetched | null>(null);
	/** Only a change of city refetches (a reloaded data set keeps the key, and the answer). */
	const cityKey = $derived.by(() => {
		const r = selected();
		return r?.kind === 'city' ? r.key : null;
	});

	// An effect, because the selection can come from the URL (a shared link) as well as a click; the
	// teardown aborts a fetch for a city that is no longer selected.
	$effect(() => {
		const key = cityKey;
		if (!key || untrack(() => fetched?.key) === key) return;
		const record = untrack(selected);
		if (!record) return;
		const abort = new AbortController();
		fetcher(`/api/synergies/${encodeURIComponent(record.id)}`, { signal: abort.signal })
			.then((res) => (res.ok ? res.json() : null))
			.then((body: { pilotCities?: unknown; missionCities?: unknown } | null) => {
				if (!body || abort.signal.aborted) return;
				const drawn = drawnSynergies(
					record.isMissionCity,
					ids(body.pilotCities),
					ids(body.missionCities)
				);
				fetched = { key, drawn };
			})
			.catch(() => {}); // offline or aborted: no synergy lines
		return () => abort.abort();
	});

	const current = $derived(fetched && fetched.key === cityKey ? fetched.drawn : null);
	const keys = $derived(current ? current.ids.map((id) => `city:${id}`) : []);
	return {
		/** Record keys of the suggested cities ([] until fetched, or for anything but a city). */
		get keys(): string[] {
			return keys;
		},
		/** Which list they are (what the legend and the card call them), or null. */
		get kind(): DrawnSynergies['kind'] | null {
			return current?.kind ?? null;
		}
	};
}
