// Pure: no DOM, no Svelte, no Leaflet. The marker clusters of one set of points (supercluster), and what
// a view needs of them: for each cluster its position, how many distinct records of each marker style it
// holds and the zoom that splits it; the points outside clusters; and the members of a cluster that no
// zoom splits (to fan them out). Runs in a worker (cluster-worker.ts) so a rebuild never blocks input.
import Supercluster, { type ClusterProperties } from 'supercluster';

/** The points, as columns (transferable to a worker): position, style index, and the record it draws. */
export interface ClusterInput {
	lon: Float64Array;
	lat: Float64Array;
	/** Index into MARKER_STYLES. */
	style: Uint8Array;
	/** Index of the record the point belongs to: a record drawn at 3 places counts once in a cluster. */
	record: Uint32Array;
	/** Cluster radius in screen px (256 px tiles, as Leaflet's). */
	radius: number;
	/** The map's last zoom: clusters there cannot be split, so they are fanned out instead. */
	maxZoom: number;
}

export type ViewItem =
	| { kind: 'point'; index: number }
	| {
			kind: 'cluster';
			id: number;
			lon: number;
			lat: number;
			/** Distinct records per style index (0 where none). */
			counts: number[];
			/** The zoom at which it splits (capped at maxZoom). */
			expand: number;
	  }
	| { kind: 'fan'; id: number; lon: number; lat: number; members: number[] };

/** How many members of a cluster that no zoom splits are fanned out. */
export const FAN_MAX = 60;

/** What a cluster carries (supercluster's map/reduce): points per style, and the points of records drawn at
 * several places, which count once. New arrays in every reduce: supercluster clones cluster properties
 * shallowly, so changing an array in place would change another cluster's. */
interface Tally {
	perStyle: number[];
	shared: number[];
}

export function createClusterIndex(input: ClusterInput, styles: number) {
	const n = input.lon.length;
	const places = new Map<number, number>();
	for (let i = 0; i < n; i++) places.set(input.record[i], (places.get(input.record[i]) ?? 0) + 1);
	const index = new Supercluster<{ i: number }, Tally>({
		radius: input.radius,
		extent: 256,
		maxZoom: input.maxZoom,
		minPoints: 2,
		// Counted while clustering, so a view reads each cluster's counts instead of walking its leaves
		// (the first view of 20,000 points spent 90 ms there).
		map: ({ i }) => {
			const perStyle = new Array<number>(styles).fill(0);
			perStyle[input.style[i]] = 1;
			return { perStyle, shared: places.get(input.record[i])! > 1 ? [i] : [] };
		},
		reduce: (acc, props) => {
			acc.perStyle = acc.perStyle.map((count, s) => count + props.perStyle[s]);
			if (props.shared.length) acc.shared = acc.shared.concat(props.shared);
		}
	});
	const features = new Array(n);
	for (let i = 0; i < n; i++) {
		features[i] = {
			type: 'Feature',
			properties: { i },
			geometry: { type: 'Point', coordinates: [input.lon[i], input.lat[i]] }
		};
	}
	index.load(features);

	/** Distinct records per style: a record's second and later places in the cluster are taken off. */
	function counts({ perStyle, shared }: Tally): number[] {
		if (!shared.length) return perStyle;
		const out = [...perStyle];
		const seen = new Set<number>();
		for (const i of shared) {
			if (seen.has(input.record[i])) out[input.style[i]]--;
			else seen.add(input.record[i]);
		}
		return out;
	}

	/** What a view shows at `zoom` (rounded, as Leaflet's zoom may be fractional) within `bbox`. */
	function view(bbox: [number, number, number, number], zoom: number): ViewItem[] {
		const z = Math.max(0, Math.min(input.maxZoom, Math.round(zoom)));
		const items: ViewItem[] = [];
		for (const f of index.getClusters(bbox, z)) {
			const [lon, lat] = f.geometry.coordinates;
			const props = f.properties as { i: number } | (ClusterProperties & Tally);
			if (!('cluster' in props)) {
				items.push({ kind: 'point', index: props.i });
				continue;
			}
			const id = props.cluster_id;
			if (z >= input.maxZoom) {
				const members = index.getLeaves(id, FAN_MAX).map((l) => l.properties.i);
				items.push({ kind: 'fan', id, lon, lat, members });
			} else {
				const expand = Math.min(index.getClusterExpansionZoom(id), input.maxZoom);
				items.push({ kind: 'cluster', id, lon, lat, counts: counts(props), expand });
			}
		}
		return items;
	}

	return { view };
}

export type ClusterIndex = ReturnType<typeof createClusterIndex>;

/** Messages to the worker and back. */
export type ClusterRequest =
	| { type: 'load'; gen: number; input: ClusterInput; styles: number }
	| {
			type: 'view';
			gen: number;
			seq: number;
			bbox: [number, number, number, number];
			zoom: number;
	  };
export type ClusterReply = { gen: number; seq: number; items: ViewItem[] };
