// Client-only: the same marker layer on leaflet.markercluster, which the map used before supercluster.
// Kept only for the benchmark's comparison (/dev/map?engine=markercluster, `npm run bench -- --only=map`);
// the app never loads it. leaflet.markercluster patches the global L: the caller has imported leaflet.
import type * as Leaflet from 'leaflet';
import type { CmeMarker, MarkerKit } from './markers';
import { countStyles } from './markers';
import { chosenKey, type LayerOptions, type MapPoint, type MarkerLayer } from './cluster-layer';

/** Above this many markers to remove, rebuild the cluster layer in bulk instead. */
const BULK_REMOVE_LIMIT = 40;

export async function createMarkerclusterLayer(
	L: typeof Leaflet,
	map: Leaflet.Map,
	kit: MarkerKit,
	options: LayerOptions
): Promise<MarkerLayer> {
	await import('leaflet.markercluster');
	let loading = false;
	const group = L.markerClusterGroup({
		chunkedLoading: true,
		chunkInterval: 8,
		chunkDelay: 16,
		chunkProgress: (done, total) => {
			if (loading && done >= total) {
				loading = false;
				options.onshown();
			}
		},
		maxClusterRadius: options.radius,
		showCoverageOnHover: false,
		spiderfyOnMaxZoom: true,
		animate: !options.still,
		iconCreateFunction: (c) => kit.clusterIcon(countStyles(c.getAllChildMarkers() as CmeMarker[]))
	}).addTo(map);
	group.on('animationend', () => options.onrender());
	group.on('click', (e) => {
		const key = chosenKey(e);
		if (key) options.onchoose(key);
	});
	map.on('moveend', options.onrender);
	const byId = new Map<string, CmeMarker>();
	let hidden: ReadonlySet<string> = new Set();
	const idOf = (p: MapPoint) => `${p.key}@${p.point[0]},${p.point[1]}`;
	return {
		setPoints(points) {
			loading = true;
			const next = new Map(points.map((p) => [idOf(p), p]));
			const remove: CmeMarker[] = [];
			for (const [id, m] of byId) {
				if (next.get(id)?.record !== m.options.record) {
					if (!hidden.has(m.options.key)) remove.push(m);
					byId.delete(id);
				}
			}
			const add: CmeMarker[] = [];
			for (const [id, p] of next) {
				if (byId.has(id)) continue;
				const m = kit.marker(p.record, p.point);
				byId.set(id, m);
				if (!hidden.has(p.key)) add.push(m);
			}
			if (remove.length > BULK_REMOVE_LIMIT) {
				group.clearLayers();
				group.addLayers([...byId.values()].filter((m) => !hidden.has(m.options.key)));
			} else {
				group.removeLayers(remove);
				group.addLayers(add);
			}
			if (!add.length) {
				loading = false;
				options.onshown();
			}
		},
		setHidden(keys) {
			const of = (ks: ReadonlySet<string>) =>
				[...byId.values()].filter((m) => ks.has(m.options.key));
			group.addLayers(of(hidden));
			hidden = keys;
			group.removeLayers(of(keys));
		},
		openCluster: () => false,
		destroy() {
			map.off('moveend', options.onrender);
			group.clearLayers();
			group.remove();
		}
	};
}
