// Client-only: the markers of a map, clustered with supercluster (Leaflet and the kit are passed in).
// Only what is in view is in the DOM: after each move the clusters and points of the view (plus a
// margin) are diffed against what is drawn, and the new ones added in slices, so no task blocks input
// however many records there are. A records change rebuilds the index in the next task, the latest
// change winning. Every drawn marker and cluster is a real, focusable button with a name.
import type * as Leaflet from 'leaflet';
import Supercluster, { type ClusterProperties } from 'supercluster';
import type { SearchRecord } from '$lib/search/records';
import { markerStyle, type StyleCounts } from './marker-style';
import { countStyles, type CmeMarker, type MarkerKit } from './markers';
import type { Point } from './map-geometry';
import { inSlices, nextTask } from './slices';

/** One place a record is drawn at. */
export interface MapPoint {
	key: string;
	record: SearchRecord;
	point: Point;
}

export interface MarkerLayer {
	/** Draws exactly these points (the work happens in later tasks; `onshown` says when it is done). */
	setPoints(points: MapPoint[]): void;
	/** A record not to draw here (the selection draws it in its own pane). */
	setHidden(key: string | null): void;
	/** Opens the cluster whose element this is (Enter or Space on a focused cluster); false if none. */
	openCluster(el: Element): boolean;
	destroy(): void;
}

export interface LayerOptions {
	/** Cluster radius in screen px (0: no clustering, e.g. the detail map). */
	radius: number;
	/** Called once a setPoints is fully on the map. */
	onshown: () => void;
	/** Called after every render (what is in the DOM changed). */
	onrender: () => void;
	/** Reduced motion: jump instead of animating into a cluster. */
	still: boolean;
	/** A marker was clicked (its record's key). */
	onchoose: (key: string) => void;
}

/** The record key of the marker an event came from, if it is one of ours. */
export const chosenKey = (e: Leaflet.LeafletEvent): string | undefined =>
	((e as Leaflet.LeafletEvent & { layer?: CmeMarker }).layer ?? (e.propagatedFrom as CmeMarker))
		?.options?.key;

type Props = { i: number };
type Item = { id: string; make: () => Leaflet.Marker };

/** How far beyond the view markers are kept in the DOM (share of its size), so short pans add none. */
const VIEW_MARGIN = 0.25;
/** At most this many of a cluster's records are fanned out where it cannot be split (the last zoom). */
const FAN_MAX = 60;

export function createClusterLayer(
	L: typeof Leaflet,
	map: Leaflet.Map,
	kit: MarkerKit,
	options: LayerOptions
): MarkerLayer {
	const group = L.featureGroup().addTo(map);
	const maxZoom = map.getMaxZoom();
	let points: MapPoint[] = [];
	let index: Supercluster<Props, Record<string, never>> | null = null;
	let generation = 0;
	let hidden: string | null = null;
	/** What is on the map now, by id. */
	const drawn = new Map<string, Leaflet.Marker>();
	/** Point markers are kept while their point is in the data, so a focused one survives a rebuild. */
	const pointMarkers = new Map<string, CmeMarker>();
	/** Cluster icons of this index, by cluster id (their counts need the cluster's leaves). */
	let clusterCache = new Map<number, StyleCounts>();
	const clusterOf = new WeakMap<Element, () => void>();
	let renderAbort = new AbortController();
	let loadAbort = new AbortController();
	let pendingShown = false;

	const pointId = (p: MapPoint) => `${p.key}@${p.point[0]},${p.point[1]}`;

	function pointMarker(p: MapPoint): CmeMarker {
		const id = pointId(p);
		let m = pointMarkers.get(id);
		if (!m || m.options.record !== p.record) {
			m = kit.marker(p.record, p.point);
			pointMarkers.set(id, m);
		}
		return m;
	}

	function clusterMarker(id: number, at: Point, gen: number): Leaflet.Marker {
		let counts = clusterCache.get(id);
		if (!counts) {
			const leaves = index!.getLeaves(id, Infinity).map((f) => {
				const p = points[f.properties.i];
				return { key: p.key, style: markerStyle(p.record) };
			});
			clusterCache.set(id, (counts = countStyles(leaves)));
		}
		const m = L.marker(at, { icon: kit.clusterIcon(counts), keyboard: true, riseOnHover: true });
		const open = () => {
			if (gen !== generation || !index) return;
			const zoom = Math.min(index.getClusterExpansionZoom(id), maxZoom);
			map.setView(at, Math.max(zoom, map.getZoom() + 1), { animate: !options.still });
		};
		m.on('click', open);
		m.on('add', () => {
			const el = m.getElement();
			if (el) clusterOf.set(el, open);
		});
		return m;
	}

	/** Points of a cluster that cannot be split any more, fanned out in a ring around it. */
	function fan(id: number, at: Point): Item[] {
		const leaves = index!.getLeaves(id, FAN_MAX).map((f) => points[f.properties.i]);
		const centre = map.latLngToLayerPoint(at);
		const r = Math.max(24, (leaves.length * 26 * kit.scale) / (2 * Math.PI));
		return leaves.map((p, n) => {
			const a = (2 * Math.PI * n) / leaves.length - Math.PI / 2;
			const ll = map.layerPointToLatLng(
				L.point(centre.x + r * Math.cos(a), centre.y + r * Math.sin(a))
			);
			const spot: Point = [ll.lat, ll.lng];
			return {
				id: `fan:${pointId(p)}`,
				make: () => kit.marker(p.record, spot)
			};
		});
	}

	/** What the view shows: clusters and points in it (plus a margin), or every point unclustered. */
	function wanted(): Item[] {
		const items: Item[] = [];
		if (!index) {
			for (const p of points) {
				if (p.key !== hidden) items.push({ id: pointId(p), make: () => pointMarker(p) });
			}
			return items;
		}
		const b = map.getBounds().pad(VIEW_MARGIN);
		const zoom = Math.max(0, Math.min(maxZoom, Math.round(map.getZoom())));
		const west = Math.max(-180, b.getWest());
		const east = Math.min(180, b.getEast());
		const features = index.getClusters(
			[west, Math.max(-85, b.getSouth()), east, Math.min(85, b.getNorth())],
			zoom
		);
		const gen = generation;
		for (const f of features) {
			const [lon, lat] = f.geometry.coordinates;
			const props = f.properties as Props | ClusterProperties;
			if ('cluster' in props && props.cluster) {
				const id = props.cluster_id;
				if (zoom >= maxZoom) items.push(...fan(id, [lat, lon]));
				else items.push({ id: `c${gen}:${id}`, make: () => clusterMarker(id, [lat, lon], gen) });
			} else {
				const p = points[(props as Props).i];
				if (p.key !== hidden) items.push({ id: pointId(p), make: () => pointMarker(p) });
			}
		}
		return items;
	}

	/** Brings the DOM in line with the view: removes what left, adds what came, in slices. */
	async function render() {
		renderAbort.abort();
		const abort = (renderAbort = new AbortController());
		const items = wanted();
		const next = new Set(items.map((i) => i.id));
		for (const [id, m] of drawn) {
			if (!next.has(id)) {
				group.removeLayer(m);
				drawn.delete(id);
			}
		}
		const add = items.filter((i) => !drawn.has(i.id));
		const done = await inSlices(
			add,
			(item) => {
				const m = item.make();
				drawn.set(item.id, m);
				group.addLayer(m);
			},
			{ signal: abort.signal }
		);
		if (!done) return;
		options.onrender();
		if (pendingShown) {
			pendingShown = false;
			options.onshown();
		}
	}

	const onMove = () => void render();
	map.on('moveend', onMove);
	group.on('click', (e) => {
		const key = chosenKey(e);
		if (key) options.onchoose(key);
	});

	return {
		setPoints(next) {
			loadAbort.abort();
			const abort = (loadAbort = new AbortController());
			pendingShown = true;
			// In the next task: a burst of changes (typing) rebuilds once, for the latest.
			void nextTask().then(() => {
				if (abort.signal.aborted) return;
				points = next;
				const ids = new Set(next.map(pointId));
				for (const id of pointMarkers.keys()) if (!ids.has(id)) pointMarkers.delete(id);
				generation++;
				clusterCache = new Map();
				if (options.radius > 0) {
					index = new Supercluster<Props, Record<string, never>>({
						radius: options.radius,
						extent: 256,
						maxZoom,
						minPoints: 2
					});
					index.load(
						next.map((p, i) => ({
							type: 'Feature' as const,
							properties: { i },
							geometry: { type: 'Point' as const, coordinates: [p.point[1], p.point[0]] }
						}))
					);
				} else index = null;
				void render();
			});
		},
		openCluster(el) {
			const open = clusterOf.get(el);
			open?.();
			return !!open;
		},
		setHidden(key) {
			if (key === hidden) return;
			hidden = key;
			void render();
		},
		destroy() {
			renderAbort.abort();
			loadAbort.abort();
			map.off('moveend', onMove);
			group.clearLayers();
			group.remove();
		}
	};
}
