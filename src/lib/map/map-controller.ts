// Client-only: one Leaflet map and what is on it. Leaflet and leaflet.markercluster are loaded by the
// caller (leaflet-map.svelte.ts) and passed in, so this module never imports them as values.
import type * as Leaflet from 'leaflet';
import type { SearchRecord } from '$lib/search/records';
import { recordName } from '$lib/messages';
import { drawBasemap, BASEMAP_PANE, type Countries } from './basemap';
import {
	createMarkerKit,
	markerTooltip,
	tooltipNode,
	type CmeMarker,
	type MarkerKit
} from './markers';
import { STYLE_INFO, markerStyle } from './marker-style';
import {
	EUROPE_VIEW,
	MAX_BOUNDS,
	curvePoints,
	detailPoints,
	fitBox,
	hubPoint,
	relationEnds,
	type Box
} from './map-geometry';

export type MapVariant = 'explorer' | 'detail' | 'kiosk';
export interface MapSettings {
	variant: MapVariant;
	onselect: (key: string | null) => void;
	tileUrl?: string;
	tileAttribution?: string;
	/** The basemap's countries, already loading (see fetchCountries). */
	countries: Promise<Countries>;
}
/** Test and benchmark hook, see README: what is on the map right now. */
export interface MapStats {
	records: number;
	markers: number;
	clusters: number;
	visibleMarkers: number;
	relations: number;
	/** ms from the last records change until every marker was in the cluster index. */
	loadMs: number;
	basemap: number;
	/** performance.now() when the last records change was fully on the map. */
	shownAt: number;
}

const SELECTION_PANE = 'cme-selection';
const RELATIONS_PANE = 'cme-relations';
const FIT = { padding: [28, 28] as [number, number], maxZoom: 7 };

type MarkerGroup = Leaflet.MarkerClusterGroup | Leaflet.LayerGroup;

/** Bulk add where the group can (clusters), one by one where it cannot (a plain layer group). */
function addAll(g: MarkerGroup, markers: Leaflet.Layer[]) {
	if ('addLayers' in g) g.addLayers(markers);
	else markers.forEach((m) => g.addLayer(m));
}

function removeAll(g: MarkerGroup, markers: Leaflet.Layer[]) {
	if ('removeLayers' in g) g.removeLayers(markers);
	else markers.forEach((m) => g.removeLayer(m));
}

/** Above this many markers to remove, rebuild the cluster layer in bulk instead. */
const BULK_REMOVE_LIMIT = 40;

export class MapController {
	readonly map: Leaflet.Map;
	private kit: MarkerKit;
	private group: Leaflet.MarkerClusterGroup | Leaflet.LayerGroup;
	private selection: Leaflet.LayerGroup;
	private lines: Leaflet.LayerGroup;
	private tip: Leaflet.Tooltip;
	private byKey = new Map<string, { record: SearchRecord; markers: CmeMarker[] }>();
	private hidden: string | null = null;
	private selected: string | null = null;
	private abort = new AbortController();
	private loadStart = 0;
	private loading = false;
	private lastFit: Box = EUROPE_VIEW;
	private observer: ResizeObserver;
	readonly stats: MapStats = {
		records: 0,
		markers: 0,
		clusters: 0,
		visibleMarkers: 0,
		relations: 0,
		loadMs: 0,
		basemap: 0,
		shownAt: 0
	};

	constructor(
		private L: typeof Leaflet,
		private el: HTMLElement,
		private settings: MapSettings
	) {
		const kiosk = settings.variant === 'kiosk';
		const detail = settings.variant === 'detail';
		const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
		this.map = L.map(el, {
			maxBounds: MAX_BOUNDS,
			maxBoundsViscosity: 0.8,
			minZoom: 2,
			maxZoom: 12,
			zoomSnap: 0.25,
			worldCopyJump: false,
			scrollWheelZoom: !detail,
			tapTolerance: kiosk ? 30 : 15,
			zoomAnimation: !still,
			fadeAnimation: !still,
			markerZoomAnimation: !still,
			preferCanvas: true,
			attributionControl: true
		});
		this.map.attributionControl.setPrefix(false);
		this.map.createPane(BASEMAP_PANE).style.zIndex = '150';
		this.map.createPane(RELATIONS_PANE).style.zIndex = '620';
		this.map.createPane(SELECTION_PANE).style.zIndex = '640';
		this.map.fitBounds(EUROPE_VIEW);
		this.observer = new ResizeObserver(() => this.resized());
		this.observer.observe(el);
		if (settings.tileUrl) {
			L.tileLayer(settings.tileUrl, { attribution: settings.tileAttribution ?? '' }).addTo(
				this.map
			);
		}
		this.map.attributionControl.addAttribution('Natural Earth');
		// The kiosk's own rule: touch targets of at least 48 px, however small the shape looks.
		this.kit = createMarkerKit(L, kiosk ? 1.5 : 1, kiosk ? 48 : 0);
		this.group = detail
			? L.layerGroup()
			: L.markerClusterGroup({
					// Work in slices of ~1/2 frame (the default is 200 ms), so typing stays responsive while
					// the clusters rebuild after a search.
					chunkedLoading: true,
					chunkInterval: 8,
					chunkDelay: 16,
					chunkProgress: (done, total) => this.progress(done, total),
					maxClusterRadius: kiosk ? 70 : 50,
					showCoverageOnHover: false,
					spiderfyOnMaxZoom: true,
					animate: !still,
					iconCreateFunction: (c) => this.kit.clusterIcon(c)
				});
		this.group.addTo(this.map);
		this.lines = L.layerGroup([], { pane: RELATIONS_PANE }).addTo(this.map);
		this.selection = L.layerGroup([], { pane: SELECTION_PANE }).addTo(this.map);
		this.tip = L.tooltip({
			direction: 'top',
			className: 'cme-tip',
			offset: [0, -8 * (kiosk ? 1.5 : 1)]
		});
		const choose = (e: Leaflet.LeafletEvent) => {
			const key = ((e as Leaflet.LeafletEvent & { layer?: CmeMarker }).layer ?? e.propagatedFrom)
				?.options?.key;
			if (key) settings.onselect(key);
		};
		this.group.on('click', choose);
		this.selection.on('click', choose);
		this.map.on('moveend zoomend', () => this.count());
		this.group.on('animationend', () => this.count());
		for (const [type, fn] of Object.entries(this.dom))
			el.addEventListener(type, fn as EventListener);
		settings.countries.then(
			(topo) => {
				if (this.abort.signal.aborted) return;
				this.stats.basemap = drawBasemap(L, this.map, topo);
				el.setAttribute('data-basemap', String(this.stats.basemap));
			},
			(err) => {
				if (!this.abort.signal.aborted) console.warn('The basemap could not be drawn', err);
			}
		);
	}

	/** DOM listeners on the container: keyboard choice, Escape, and names on hover and focus. */
	private dom = {
		keydown: (e: KeyboardEvent) => {
			const m = this.markerAt(e.target);
			if (m && (e.key === 'Enter' || e.key === ' ')) {
				e.preventDefault();
				this.settings.onselect(m.options.key);
			} else if (e.key === 'Escape' && this.selected) {
				this.settings.onselect(null);
			}
		},
		mouseover: (e: MouseEvent) => this.showName(this.markerAt(e.target)),
		focusin: (e: FocusEvent) => this.showName(this.markerAt(e.target)),
		mouseout: (e: MouseEvent) => {
			if (this.markerAt(e.relatedTarget) !== this.markerAt(e.target))
				this.map.closeTooltip(this.tip);
		},
		focusout: () => this.map.closeTooltip(this.tip)
	};

	private markerAt(target: EventTarget | null): CmeMarker | undefined {
		const el = target instanceof Element ? target.closest('.cme-marker') : null;
		return el ? this.kit.markerOf(el) : undefined;
	}

	private showName(m: CmeMarker | undefined) {
		// The selection carries a permanent label already.
		if (!m || m.getElement()?.classList.contains('cme-sel')) return;
		this.tip.setLatLng(m.getLatLng()).setContent(markerTooltip(m.options.record));
		this.map.openTooltip(this.tip);
	}

	private progress(done: number, total: number) {
		// markercluster also reports (0, 0) when it is added to the map: only a records change counts.
		if (this.loading && done >= total) {
			this.loading = false;
			this.stats.shownAt = Math.round(performance.now());
			this.stats.loadMs = Math.round(this.stats.shownAt - this.loadStart);
			requestAnimationFrame(() => this.count()); // clusters are drawn after the last chunk
		}
	}

	/** Draws exactly `records`: markers are kept by key, so a narrower search only removes what left. */
	setRecords(records: SearchRecord[]) {
		this.loadStart = performance.now();
		this.loading = true;
		const next = new Map(records.map((r) => [r.key, r]));
		const remove: CmeMarker[] = [];
		for (const [key, entry] of this.byKey) {
			if (next.get(key) !== entry.record) {
				if (key !== this.hidden) remove.push(...entry.markers);
				this.byKey.delete(key);
			}
		}
		const add: CmeMarker[] = [];
		for (const r of records) {
			if (this.byKey.has(r.key) || !r.points.length) continue;
			const markers = r.points.map((p) => this.kit.marker(r, p));
			this.byKey.set(r.key, { record: r, markers });
			if (r.key !== this.selected) add.push(...markers);
		}
		if (this.hidden && !this.byKey.has(this.hidden)) this.hidden = null;
		this.stats.records = this.byKey.size;
		this.stats.markers = [...this.byKey.values()].reduce((n, e) => n + e.markers.length, 0);
		if (this.selected && this.byKey.has(this.selected)) this.hidden = this.selected;
		const g = this.group as Leaflet.MarkerClusterGroup;
		// markercluster removes markers one by one (each updates its cluster tree): past a few dozen, a
		// clear and one bulk add is much cheaper.
		if (
			remove.length &&
			(remove.length >= this.stats.markers || remove.length > BULK_REMOVE_LIMIT)
		) {
			g.clearLayers();
			const keep = [...this.byKey.entries()]
				.filter(([k]) => k !== this.hidden)
				.flatMap(([, e]) => e.markers);
			addAll(g, keep);
		} else {
			if (remove.length) removeAll(g, remove);
			if (add.length) addAll(g, add);
		}
		// Chunked loading reports its own end (progress); anything else is done now.
		if (!g.addLayers || !add.length) this.progress(1, 1);
	}

	/** Draws the selection on top (bigger, outlined) with lines to its relations; the rest dims. */
	setSelection(key: string | null, lookup: (key: string) => SearchRecord | undefined) {
		const L = this.L;
		const g = this.group as Leaflet.MarkerClusterGroup;
		// The chosen marker's node is about to be replaced: keep keyboard focus on the record.
		const focused =
			document.activeElement instanceof HTMLElement
				? document.activeElement.closest<HTMLElement>('.cme-marker')
				: null;
		const refocus = !!key && focused?.dataset.key === key;
		if (this.hidden && this.hidden !== key) {
			const entry = this.byKey.get(this.hidden);
			if (entry) addAll(g, entry.markers);
			this.hidden = null;
		}
		this.selected = key;
		this.selection.clearLayers();
		this.lines.clearLayers();
		if (focused && !focused.isConnected && !refocus) this.el.focus({ preventScroll: true });
		this.map.closeTooltip(this.tip);
		const record = key ? lookup(key) : undefined;
		this.el.classList.toggle('cme-dim', !!record);
		this.stats.relations = 0;
		if (!key || !record) return [];
		const entry = this.byKey.get(key);
		if (entry && this.hidden !== key) {
			removeAll(g, entry.markers);
			this.hidden = key;
		}
		const ends = relationEnds(record, lookup);
		const hub = hubPoint(record.points);
		const colour = STYLE_INFO[markerStyle(record)].colour;
		const renderer = L.svg({ pane: RELATIONS_PANE });
		// A line to each related record that is somewhere else (a pilot's own city needs no line).
		const away = hub ? ends.filter((e) => e.point[0] !== hub[0] || e.point[1] !== hub[1]) : [];
		if (hub) {
			for (const end of away) {
				const path = curvePoints(hub, end.point);
				L.polyline(path, {
					renderer,
					color: '#ffffff',
					weight: 5,
					opacity: 0.8,
					interactive: false,
					className: 'cme-relation-casing'
				}).addTo(this.lines);
				L.polyline(path, {
					renderer,
					color: colour,
					weight: 2.2,
					opacity: 0.95,
					interactive: false,
					className: 'cme-relation'
				}).addTo(this.lines);
			}
		}
		this.stats.relations = away.length;
		for (const end of ends)
			this.kit.marker(end.record, end.point, 'rel', SELECTION_PANE).addTo(this.selection);
		const own = record.points.map((p) =>
			this.kit.marker(record, p, 'sel', SELECTION_PANE).addTo(this.selection)
		);
		if (refocus) own[0]?.getElement()?.focus({ preventScroll: true });
		if (hub) {
			const label = L.tooltip({
				permanent: true,
				direction: 'right',
				className: 'cme-tip cme-sel-tip',
				offset: [14, 0]
			});
			label.setLatLng(hub).setContent(tooltipNode(recordName(record), ''));
			this.selection.addLayer(label);
		}
		return detailPoints(record, ends);
	}

	/** Fits the view to records (0 records: back to Europe). */
	fit(records: SearchRecord[]) {
		const box = fitBox(records);
		if (box) this.fitBox(box);
		else if (!records.length) this.fitBox(EUROPE_VIEW);
	}

	fitBox(box: Box) {
		this.lastFit = box;
		this.map.fitBounds(box, FIT);
	}

	/** Keeps Leaflet's idea of the size right (panels open and close, phones rotate); a map first laid
	 * out while hidden (0 x 0) fits again once it has a size. */
	private resized() {
		const wasEmpty = this.map.getSize().x === 0 || this.map.getSize().y === 0;
		this.map.invalidateSize({ pan: false });
		if (wasEmpty && this.el.clientWidth && this.el.clientHeight)
			this.map.fitBounds(this.lastFit, FIT);
	}

	/** Flies to a record (the kiosk's attract loop). */
	flyTo(record: SearchRecord | undefined) {
		const p = record && hubPoint(record.points);
		if (p) this.map.flyTo(p, Math.max(this.map.getZoom(), 6), { duration: 1.5 });
	}

	private count() {
		this.stats.clusters = this.el.querySelectorAll('.cme-cluster').length;
		this.stats.visibleMarkers = this.el.querySelectorAll('.leaflet-marker-pane .cme-marker').length;
		(window as unknown as { __mapStats?: MapStats }).__mapStats = { ...this.stats };
	}

	destroy() {
		this.abort.abort();
		this.observer.disconnect();
		for (const [type, fn] of Object.entries(this.dom))
			this.el.removeEventListener(type, fn as EventListener);
		// A fly-to (the kiosk's attract loop) or a cluster zoom may still be running: stop it and take the
		// layers off first, so no pending animation step reads a pane that remove() has taken away.
		this.map.stop();
		this.map.off();
		this.group.clearLayers();
		this.map.eachLayer((layer) => {
			this.map.removeLayer(layer);
		});
		this.map.remove();
		// Leaflet 1.9 leaves a zoom animation's 250 ms end timer running after remove(); it returns early
		// only when no zoom is animating, else it reads the removed map pane ("_leaflet_pos" of undefined).
		(this.map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
	}
}
