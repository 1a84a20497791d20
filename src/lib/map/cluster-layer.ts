// Client-only: the markers of a map, clustered with supercluster (Leaflet and the kit are passed in). A
// records change rebuilds the index in a later task: a map's first few points in this thread, every later
// set (and a first set of WORKER_MIN_POINTS or more) in a worker, off the main thread (see clientFor).
// After each move the index says what the view (plus a margin) holds, and the DOM is brought in line in
// slices, the newest answer winning. Only what is in view is in the DOM, and every drawn marker and
// cluster is a real, focusable button with a name.
import type * as Leaflet from 'leaflet';
import type { SearchRecord } from '$lib/search/records';
import { MARKER_STYLES, markerStyle, type StyleCounts } from './marker-style';
import type { CmeMarker, MarkerKit } from './markers';
import type { Point } from './map-geometry';
import {
	createClusterIndex,
	type ClusterInput,
	type ClusterReply,
	type ClusterRequest,
	type ViewItem
} from './cluster-index';
import { inSlices, nextTask, SLICE_MS } from './slices';
import { startClusterWorker, WORKER_MIN_POINTS } from './cluster-worker-start';

/** One place a record is drawn at. */
export interface MapPoint {
	key: string;
	record: SearchRecord;
	point: Point;
}

export interface MarkerLayer {
	/** Draws exactly these points (the work happens later; `onshown` says when it is on the map). */
	setPoints(points: MapPoint[]): void;
	/** Records not to draw here (the selection draws them in its own pane). */
	setHidden(keys: ReadonlySet<string>): void;
	/** Opens the cluster whose element this is (Enter or Space on a focused cluster); false if none. */
	openCluster(el: Element): boolean;
	destroy(): void;
}

export interface LayerOptions {
	/** Cluster radius in screen px (0: no clustering, e.g. the detail map). */
	radius: number;
	/** A clustering worker started early (cluster-worker-start.ts), for a set of points that needs one. */
	worker?: Worker | null;
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

type Item = { id: string; make: () => Leaflet.Marker };

/**
 * A map's very first markers go in one task when they fit in this many ms. In slices of SLICE_MS they
 * waited on a frame and the basemap's slices after each one: 48 clusters took 180–470 ms instead of
 * 20–30. Still under a long task (50 ms), and only once: later draws keep to SLICE_MS.
 */
const FIRST_DRAW_MS = 40;

/** How far beyond the view markers are kept in the DOM (share of its size, as markercluster did), so
 * a pan of up to a screen adds none. */
const VIEW_MARGIN = 1;

/** Where the index is built and asked (a worker, or this thread), answering in a later task. */
interface ClusterClient {
	post(msg: ClusterRequest, transfer?: Transferable[]): void;
	stop(): void;
}

function workerClient(worker: Worker, onreply: (reply: ClusterReply) => void): ClusterClient {
	worker.onmessage = (e: MessageEvent<ClusterReply>) => onreply(e.data);
	return {
		post: (msg, transfer = []) => worker.postMessage(msg, transfer),
		stop: () => worker.terminate()
	};
}

function inThreadClient(onreply: (reply: ClusterReply) => void): ClusterClient {
	let index: ReturnType<typeof createClusterIndex> | null = null;
	let gen = -1;
	let stopped = false;
	return {
		post: (msg) =>
			void nextTask().then(() => {
				if (stopped) return;
				if (msg.type === 'load')
					[index, gen] = [createClusterIndex(msg.input, msg.styles), msg.gen];
				else if (index && msg.gen === gen)
					onreply({ gen, seq: msg.seq, items: index.view(msg.bbox, msg.zoom) });
			}),
		stop: () => (stopped = true)
	};
}

export function createClusterLayer(
	L: typeof Leaflet,
	map: Leaflet.Map,
	kit: MarkerKit,
	options: LayerOptions
): MarkerLayer {
	const group = L.featureGroup().addTo(map);
	const clustered = options.radius > 0;
	let points: MapPoint[] = [];
	let gen = 0;
	let seq = 0;
	let hidden: ReadonlySet<string> = new Set();
	let lastItems: ViewItem[] = [];
	/** What is on the map now, by id. */
	const drawn = new Map<string, Leaflet.Marker>();
	/** Point markers are kept while their point is in the data, so a focused one survives a rebuild. */
	let pointMarkers = new Map<string, CmeMarker>();
	const opener = new WeakMap<Element, () => void>();
	let renderAbort = new AbortController();
	let pendingShown = false;
	let firstDrawn = false;
	let stopped = false;

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

	function clusterMarker(item: Extract<ViewItem, { kind: 'cluster' }>): Leaflet.Marker {
		const counts: StyleCounts = {};
		item.counts.forEach((n, i) => n && (counts[MARKER_STYLES[i]] = n));
		const at: Point = [item.lat, item.lon];
		const m = L.marker(at, { icon: kit.clusterIcon(counts), keyboard: true, riseOnHover: true });
		const open = () =>
			map.setView(at, Math.max(item.expand, map.getZoom() + 1), { animate: !options.still });
		m.on('click', open);
		m.on('add', () => {
			const el = m.getElement();
			if (el) opener.set(el, open);
		});
		return m;
	}

	/** Members of a cluster that no zoom splits, fanned out in a ring around it. */
	function fan(item: Extract<ViewItem, { kind: 'fan' }>): Item[] {
		const centre = map.latLngToLayerPoint([item.lat, item.lon]);
		const members = item.members.map((i) => points[i]).filter((p) => !hidden.has(p.key));
		const r = Math.max(24, (members.length * 26 * kit.scale) / (2 * Math.PI));
		return members.map((p, n) => {
			const a = (2 * Math.PI * n) / members.length - Math.PI / 2;
			const ll = map.layerPointToLatLng(
				L.point(centre.x + r * Math.cos(a), centre.y + r * Math.sin(a))
			);
			return { id: `fan:${pointId(p)}`, make: () => kit.marker(p.record, [ll.lat, ll.lng]) };
		});
	}

	function itemsOf(view: ViewItem[]): Item[] {
		const items: Item[] = [];
		for (const v of view) {
			if (v.kind === 'point') {
				const p = points[v.index];
				if (p && !hidden.has(p.key)) items.push({ id: pointId(p), make: () => pointMarker(p) });
			} else if (v.kind === 'cluster') {
				items.push({ id: `c${gen}:${v.id}`, make: () => clusterMarker(v) });
			} else items.push(...fan(v));
		}
		return items;
	}

	/** Brings the DOM in line with `view`: removes what left, adds what came, in slices. */
	async function render(view: ViewItem[]) {
		lastItems = view;
		renderAbort.abort();
		const abort = (renderAbort = new AbortController());
		const items = itemsOf(view);
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
			{ signal: abort.signal, budget: firstDrawn ? SLICE_MS : FIRST_DRAW_MS }
		);
		if (!done) return;
		if (!firstDrawn && clustered) void nextTask().then(() => !stopped && useWorker());
		firstDrawn = true;
		options.onrender();
		if (pendingShown) {
			pendingShown = false;
			options.onshown();
		}
	}

	const onreply = (reply: ClusterReply) => {
		if (reply.gen === gen && reply.seq === seq) void render(reply.items);
	};
	let unusedWorker = options.worker ?? null;
	let worker: ClusterClient | null = null;
	let inThread: ClusterClient | null = null;
	/** The one holding the index of the points drawn now. */
	let client: ClusterClient | null = null;

	/** The worker (the one started early, else a new one); null where workers cannot start. */
	function useWorker(): ClusterClient | null {
		if (!worker) {
			const started = unusedWorker ?? startClusterWorker();
			unusedWorker = null;
			if (started) worker = workerClient(started, onreply);
		}
		return worker;
	}

	/**
	 * A map's first points, when they are few, are clustered in this thread: the first markers wait for
	 * no worker's boot. Every later set goes to a worker, started once those markers are drawn: 720
	 * points take 10–30 ms to cluster at full speed, a task that would land between two keystrokes.
	 */
	function clientFor(count: number): ClusterClient {
		if (firstDrawn || count >= WORKER_MIN_POINTS) {
			const off = useWorker();
			if (off) return off;
		}
		return (inThread ??= inThreadClient(onreply));
	}

	/** Asks what the view holds now (every point, without clustering). */
	function refresh() {
		if (!clustered) {
			void render(points.map((_, index) => ({ kind: 'point', index })));
			return;
		}
		if (!client) return;
		const b = map.getBounds().pad(VIEW_MARGIN);
		client.post({
			type: 'view',
			gen,
			seq: ++seq,
			bbox: [
				Math.max(-180, b.getWest()),
				Math.max(-85, b.getSouth()),
				Math.min(180, b.getEast()),
				Math.min(85, b.getNorth())
			],
			zoom: map.getZoom()
		});
	}

	map.on('moveend', refresh);
	group.on('click', (e) => {
		const key = chosenKey(e);
		if (key) options.onchoose(key);
	});

	return {
		setPoints(next) {
			points = next;
			pendingShown = true;
			gen++;
			// (20,000 ids cost 30 ms: not made when no marker is kept, as on the first load)
			if (pointMarkers.size) {
				const ids = new Set(next.map(pointId));
				const kept = new Map<string, CmeMarker>();
				for (const [id, m] of pointMarkers) if (ids.has(id)) kept.set(id, m);
				pointMarkers = kept;
			}
			if (clustered) {
				const n = next.length;
				client = clientFor(n);
				const input: ClusterInput = {
					lon: new Float64Array(n),
					lat: new Float64Array(n),
					style: new Uint8Array(n),
					record: new Uint32Array(n),
					radius: options.radius,
					maxZoom: map.getMaxZoom()
				};
				// Each record's number and style once, however many places it is drawn at.
				const records = new Map<string, { n: number; style: number }>();
				next.forEach((p, i) => {
					input.lat[i] = p.point[0];
					input.lon[i] = p.point[1];
					let r = records.get(p.key);
					if (r === undefined) {
						r = { n: records.size, style: MARKER_STYLES.indexOf(markerStyle(p.record)) };
						records.set(p.key, r);
					}
					input.style[i] = r.style;
					input.record[i] = r.n;
				});
				client.post({ type: 'load', gen, input, styles: MARKER_STYLES.length }, [
					input.lon.buffer,
					input.lat.buffer,
					input.style.buffer,
					input.record.buffer
				]);
			}
			refresh();
		},
		setHidden(keys) {
			if (sameKeys(keys, hidden)) return;
			hidden = keys;
			void render(lastItems);
		},
		openCluster(el) {
			const open = opener.get(el);
			open?.();
			return !!open;
		},
		destroy() {
			renderAbort.abort();
			stopped = true;
			worker?.stop();
			unusedWorker?.terminate();
			inThread?.stop();
			map.off('moveend', refresh);
			group.clearLayers();
			group.remove();
		}
	};
}

function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
	return a.size === b.size && [...a].every((k) => b.has(k));
}
