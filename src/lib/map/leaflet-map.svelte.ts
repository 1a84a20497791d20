// Client-only: loads Leaflet. The attachment that creates the map once, keeps it in sync with the
// component's props through nested effects, and tears it down (even while the import is still in flight).
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { SearchRecord } from '$lib/search/records';
import type { MapController, MapVariant, SelectionNote } from './map-controller';
import { fetchCountries } from './basemap';
import { afterNextPaint } from '$lib/components/after-next-paint';
import { nextTask } from './slices';
import { startClusterWorker, WORKER_MIN_POINTS } from './cluster-worker-start';

/**
 * Resolves once the page has painted and the browser has a moment: the list comes first, the map adds
 * to it, so Leaflet is neither fetched nor run before the results are on screen.
 */
function afterPaint(): Promise<void> {
	return new Promise((resolve) =>
		requestAnimationFrame(() => {
			if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 400 });
			else setTimeout(resolve, 0);
		})
	);
}

/**
 * Resolves once the element has a box. A map that CSS hides (the explorer's list on a phone) fetches
 * and runs nothing until it is shown: a phone that only browses the list never pays for Leaflet, the
 * basemap or the markers.
 */
function whenShown(node: HTMLElement, signal: AbortSignal): Promise<void> {
	if (node.getClientRects().length > 0) return Promise.resolve();
	return new Promise((resolve) => {
		const observer = new ResizeObserver(() => {
			if (node.getClientRects().length === 0) return;
			observer.disconnect();
			resolve();
		});
		observer.observe(node);
		signal.addEventListener('abort', () => observer.disconnect());
	});
}

export interface MapInputs {
	records: SearchRecord[];
	lookup: (key: string) => SearchRecord | undefined;
	selected: string | null;
	/** Keys of the cities suggested for the selected city: drawn as dashed synergy lines and framed. */
	synergies?: readonly string[];
	onselect: (key: string | null) => void;
	fitToken?: string;
	variant: MapVariant;
	focusKey?: string | null;
	/** The country filter: a pilot or project is drawn only at its places in these countries. */
	countries?: readonly string[];
	/** Records whose cities the basemap names. */
	places?: SearchRecord[];
	/** Told how the selection itself is drawn (for the legend). */
	onnote?: (note: SelectionNote) => void;
	/** Told how many synergy lines are drawn (the legend names them only then). */
	onsynergies?: (count: number) => void;
	tileUrl?: string;
	tileAttribution?: string;
	/** The benchmark's comparison only (/dev/map?engine=markercluster); the app uses supercluster. */
	engine?: 'supercluster' | 'markercluster';
	/** Called once the map exists and holds its first records. */
	onready?: () => void;
}

/**
 * An effect's inputs signal more often than they change: `selected={current.sel}` signals with every
 * keystroke, since `current` is a new object each time (deriveds in between did not stop it). The
 * effect asks this before its work: only a changed value redraws, so a keystroke redraws neither the
 * selection nor the city names, and a new result set only the markers.
 */
function changeGuard(): (...values: unknown[]) => boolean {
	let last: unknown[] | null = null;
	return (...values) => {
		const same = last !== null && values.every((v, i) => Object.is(v, last![i]));
		last = values;
		return !same;
	};
}

/** `{@attach leafletMap(() => props)}`: `get` is read inside effects only, so the map is made once. */
export function leafletMap(get: () => MapInputs): Attachment<HTMLElement> {
	return (node) => {
		let cancelled = false;
		let map = $state.raw<MapController | null>(null);
		let hasRecords = false;
		const abort = new AbortController();
		/** Started before Leaflet loads, for many records; the map owns it once made. */
		let earlyWorker: Worker | null = null;

		(async () => {
			await whenShown(node, abort.signal);
			if (cancelled) return;
			const { records, engine: clustering } = untrack(get);
			if (clustering !== 'markercluster' && records.length >= WORKER_MIN_POINTS)
				earlyWorker = startClusterWorker();
			const countries = fetchCountries(abort.signal);
			countries.catch(() => {}); // reported by the controller, or moot after teardown
			await afterPaint();
			if (cancelled) return;
			performance.mark('cme-map-start'); // the benchmark reads the map's tasks from here on
			const [leaflet, { MapController }] = await Promise.all([
				import('leaflet'),
				import('./map-controller')
			]);
			// Running Leaflet's module, making the map and drawing its records are tasks of their own: a
			// phone takes a few hundred milliseconds over all three, and a tap meanwhile waits for none.
			await nextTask();
			if (cancelled) return;
			const L = (leaflet as unknown as { default?: typeof leaflet }).default ?? leaflet;
			const { variant, tileUrl, tileAttribution, engine } = untrack(get);
			const made = new MapController(L, node, {
				variant,
				tileUrl,
				tileAttribution,
				engine,
				countries,
				clusterWorker: earlyWorker,
				// Read the callback at call time: the parent may pass a new function on each render.
				onselect: (key) => untrack(get).onselect(key)
			});
			earlyWorker = null;
			await nextTask();
			if (cancelled) made.destroy();
			else map = made;
		})().catch((err) => console.error('The map could not start', err));

		// Choosing a record frames it: the record and all its relations, clear of the card and legend.
		// Synergies may arrive after the selection (the explorer fetches them): the frame grows to hold them.
		// So do the ends that were not among the first paint's records (a new lookup once they are here).
		// This effect comes before the records': the detail map leaves the selection's ends out of its first
		// markers, and a first view is framed before anything is drawn.
		let fitted: string | undefined | null = null;
		let framed: string | null = null;
		let framedPoints = 0;
		const selectionChanged = changeGuard();
		$effect(() => {
			const { selected, lookup, synergies = [] } = get();
			if (!map || !selectionChanged(map, selected, lookup, synergies)) return;
			// The first view with a selection (a shared link) is framed at once, before the selection is drawn.
			const first = fitted === null && !!selected;
			const drawn = map.setSelection(selected, lookup, synergies, { frame: first });
			untrack(get).onnote?.(drawn.note);
			untrack(get).onsynergies?.(drawn.synergies);
			const grew = selected === framed && drawn.points.length > framedPoints;
			if (selected && (selected !== framed || grew) && fitted !== null) map.fitSelection();
			framed = selected;
			framedPoints = drawn.points.length;
		});

		const recordsChanged = changeGuard();
		let cancelRedraw = () => {};
		let cancelFit = () => {};
		$effect(() => {
			const { records, countries, lookup } = get();
			const drawn = map;
			if (!drawn || !recordsChanged(drawn, records, countries?.join(','), lookup)) return;
			// Not the effect's teardown: a rerun that changes nothing must not cancel the redraw due.
			cancelRedraw();
			// The first records are drawn at once: the map appears with them.
			if (!hasRecords) {
				hasRecords = true;
				drawn.setRecords(records, countries ?? [], lookup);
				return;
			}
			cancelRedraw = afterNextPaint(() => drawn.setRecords(records, countries ?? [], lookup));
		});

		const placesChanged = changeGuard();
		$effect(() => {
			// Records are read only without places: a new result set leaves the city names alone.
			const inputs = get();
			const places = inputs.places ?? inputs.records;
			if (map && placesChanged(map, places)) map.setPlaces(places);
		});

		// A new search fits its results; the first view with a selection (a shared link) frames the selection.
		$effect(() => {
			const token = get().fitToken;
			if (!map || token === fitted) return;
			const first = fitted === null;
			fitted = token;
			const { records, selected, variant } = untrack(get);
			// A first selection is framed where it is drawn (above); other first views jump there too.
			if (first && selected) return;
			if (first && variant !== 'detail') map.fit(records, { animate: false });
			// After the records it fits (their effect comes first, so its task is queued first).
			else if (variant !== 'detail') {
				const drawn = map;
				cancelFit();
				cancelFit = afterNextPaint(() => drawn.fit(records));
			}
		});

		// The attract loop's tour frames its record through the selection; another key is flown to.
		const focusChanged = changeGuard();
		$effect(() => {
			const key = get().focusKey;
			if (!map || !focusChanged(map, key)) return;
			if (key && key !== untrack(get).selected) map.flyTo(untrack(get).lookup(key));
		});

		$effect(() => {
			if (map) untrack(() => get().onready?.());
		});

		return () => {
			cancelled = true;
			earlyWorker?.terminate();
			cancelRedraw();
			cancelFit();
			abort.abort();
			map?.destroy();
		};
	};
}
