// Client-only: loads Leaflet. The attachment that creates the map once, keeps it in sync with the
// component's props through nested effects, and tears it down (even while the import is still in flight).
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { SearchRecord } from '$lib/search/records';
import type { MapController, MapVariant } from './map-controller';
import { fitBox } from './map-geometry';
import { fetchCountries } from './basemap';

export interface MapInputs {
	records: SearchRecord[];
	lookup: (key: string) => SearchRecord | undefined;
	selected: string | null;
	onselect: (key: string | null) => void;
	fitToken?: string;
	variant: MapVariant;
	focusKey?: string | null;
	tileUrl?: string;
	tileAttribution?: string;
	/** Called once the map exists and holds its first records. */
	onready?: () => void;
}

/** `{@attach leafletMap(() => props)}`: `get` is read inside effects only, so the map is made once. */
export function leafletMap(get: () => MapInputs): Attachment<HTMLElement> {
	return (node) => {
		let cancelled = false;
		let map = $state.raw<MapController | null>(null);
		const abort = new AbortController();

		(async () => {
			const countries = fetchCountries(abort.signal);
			countries.catch(() => {}); // reported by the controller, or moot after teardown
			const leaflet = await import('leaflet');
			await import('leaflet.markercluster');
			const { MapController } = await import('./map-controller');
			if (cancelled) return;
			const L = (leaflet as unknown as { default?: typeof leaflet }).default ?? leaflet;
			const { variant, tileUrl, tileAttribution } = untrack(get);
			map = new MapController(L, node, {
				variant,
				tileUrl,
				tileAttribution,
				countries,
				// Read the callback at call time: the parent may pass a new function on each render.
				onselect: (key) => untrack(get).onselect(key)
			});
		})().catch((err) => console.error('The map could not start', err));

		$effect(() => {
			const records = get().records;
			map?.setRecords(records);
		});

		$effect(() => {
			const { selected, lookup, variant } = get();
			if (!map) return;
			const points = map.setSelection(selected, lookup);
			// The detail map is about one record: it always shows the record and all its relations.
			const box = variant === 'detail' ? fitBox([{ points }]) : null;
			if (box) map.fitBox(box);
		});

		let fitted: string | undefined | null = null;
		$effect(() => {
			const token = get().fitToken;
			if (!map || get().variant === 'detail' || token === fitted) return;
			fitted = token;
			const records = untrack(get).records;
			map.fit(records);
		});

		$effect(() => {
			const key = get().focusKey;
			if (map && key) map.flyTo(untrack(get).lookup(key));
		});

		$effect(() => {
			if (map) untrack(() => get().onready?.());
		});

		return () => {
			cancelled = true;
			abort.abort();
			map?.destroy();
		};
	};
}
