// Client-only: one Leaflet map and what is on it. Leaflet is loaded by the caller
// (leaflet-map.svelte.ts) and passed in, so this module never imports it as a value.
import type * as Leaflet from 'leaflet';
import type { SearchRecord } from '$lib/search/records';
import { recordName } from '$lib/messages';
import { drawBasemap, BASEMAP_PANE, type Basemap, type Countries } from './basemap';
import {
	createMarkerKit,
	markerTooltip,
	tooltipNode,
	type CmeMarker,
	type MarkerKit
} from './markers';
import {
	chosenKey,
	createClusterLayer,
	type LayerOptions,
	type MapPoint,
	type MarkerLayer
} from './cluster-layer';
import { STYLE_INFO, SYNERGY_COLOUR, SYNERGY_DASH, markerStyle } from './marker-style';
import {
	EUROPE_VIEW,
	MAX_BOUNDS,
	anchorPoint,
	boxOf,
	centroid,
	curvePoints,
	detailPoints,
	fitBox,
	fitPadding,
	hubPoint,
	ownPoints,
	placesIn,
	relationEnds,
	type Box,
	type Point
} from './map-geometry';
import { createLabelLayer, type LabelLayer } from './labels-layer';
import { nextTask } from './slices';
import { cityLabelCandidates } from './place-labels';

export type MapVariant = 'explorer' | 'detail' | 'kiosk';
export interface MapSettings {
	variant: MapVariant;
	onselect: (key: string | null) => void;
	tileUrl?: string;
	tileAttribution?: string;
	/** The basemap's countries, already loading (see fetchCountries). */
	countries: Promise<Countries>;
	/** Which clustering draws the markers: supercluster (the app), or markercluster (the benchmark's
	 * comparison, /dev/map?engine=markercluster). */
	engine?: 'supercluster' | 'markercluster';
	/** A clustering worker started before Leaflet loaded (many records); the layer owns it from here. */
	clusterWorker?: Worker | null;
}

type Lookup = (key: string) => SearchRecord | undefined;

/** How the selection itself is drawn, for the legend: a project at its coordinator's place or as a label. */
export type SelectionNote =
	{ kind: 'coordinator'; name: string; place: string } | { kind: 'label'; name: string } | null;
/** Test and benchmark hook, see README: what is on the map right now. */
export interface MapStats {
	records: number;
	markers: number;
	clusters: number;
	visibleMarkers: number;
	relations: number;
	/** Synergy lines drawn from the selected city (dashed, see SYNERGY_COLOUR). */
	synergies: number;
	/** ms from the last records change until its markers were on the map. */
	loadMs: number;
	basemap: number;
	/** performance.now() when the last records change was fully on the map. */
	shownAt: number;
	/** [[south, west], [north, east]] of every point a marker is drawn at (null: none). */
	extent: Box | null;
	/** The place names drawn on the basemap now (cities from zoom 6, countries below). */
	labels: { cities: string[]; countries: string[] };
	/** How often the selection, and the city names, were worked out again (typing must not). */
	selectionDraws: number;
	cityNameUpdates: number;
	/** How often the place names were drawn: once per settled view that changed. */
	labelDraws: number;
}

const SELECTION_PANE = 'cme-selection';
const RELATIONS_PANE = 'cme-relations';
const LABELS_PANE = 'cme-labels';
const FIT_MAX_ZOOM = 7;
/** What floats over a map (its legend, a page's record card) carries this attribute: fits keep clear of it. */
export const OVERLAY_ATTRIBUTE = 'data-map-overlay';

export class MapController {
	readonly map: Leaflet.Map;
	private kit: MarkerKit;
	private layer: MarkerLayer | null = null;
	/** What the marker layer is to draw, kept while it loads (the benchmark's markercluster). */
	private pending: { points?: MapPoint[]; hidden?: ReadonlySet<string> } = {};
	private basemap: Basemap | null = null;
	private lastPoints: MapPoint[] = [];
	private selection: Leaflet.LayerGroup;
	private lines: Leaflet.LayerGroup;
	/** One SVG for every selection's lines (the map draws on canvas otherwise): one per draw was a leak. */
	private linesRenderer: Leaflet.Renderer;
	private tip: Leaflet.Tooltip;
	private byKey = new Map<string, { record: SearchRecord; points: Point[] }>();
	private placesKey = '';
	private lookup: Lookup = () => undefined;
	private labels: LabelLayer;
	private selectionPoints: Point[] = [];
	private selectionEnds: SearchRecord[] = [];
	private places: SearchRecord[] = [];
	private still: boolean;
	private selected: string | null = null;
	private abort = new AbortController();
	private loadStart = 0;
	private loading = false;
	private lastFit: Box = EUROPE_VIEW;
	private observer: ResizeObserver;
	/** The floating panels' sizes when the selection was last framed (the record card grows as it fills). */
	private overlaySizes = new Map<Element, string>();
	/** Whether the view is the selection's frame, not moved by the user since. */
	private framingSelection = false;
	readonly stats: MapStats = {
		records: 0,
		markers: 0,
		clusters: 0,
		visibleMarkers: 0,
		relations: 0,
		synergies: 0,
		loadMs: 0,
		basemap: 0,
		shownAt: 0,
		extent: null,
		labels: { cities: [], countries: [] },
		selectionDraws: 0,
		cityNameUpdates: 0,
		labelDraws: 0
	};

	constructor(
		private L: typeof Leaflet,
		private el: HTMLElement,
		private settings: MapSettings
	) {
		const kiosk = settings.variant === 'kiosk';
		const detail = settings.variant === 'detail';
		const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
		this.still = still;
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
		const labelsPane = this.map.createPane(LABELS_PANE);
		labelsPane.style.zIndex = '300';
		labelsPane.style.pointerEvents = 'none';
		this.map.createPane(RELATIONS_PANE).style.zIndex = '620';
		this.map.createPane(SELECTION_PANE).style.zIndex = '640';
		this.map.fitBounds(EUROPE_VIEW);
		this.observer = new ResizeObserver((entries) => {
			if (entries.some((e) => e.target === el)) this.resized();
			// Framed again in the next frame, not inside the observer's own delivery.
			if (entries.some((e) => e.target !== el)) requestAnimationFrame(() => this.overlaysResized());
		});
		this.observer.observe(el);
		if (settings.tileUrl) {
			L.tileLayer(settings.tileUrl, { attribution: settings.tileAttribution ?? '' }).addTo(
				this.map
			);
		}
		this.map.attributionControl.addAttribution('Natural Earth');
		// The kiosk's own rule: touch targets of at least 48 px, however small the shape looks. A record
		// page's markers are links in its lists as well: on its map they are no tab stops.
		this.kit = createMarkerKit(L, kiosk ? 1.5 : 1, kiosk ? 48 : 0, !detail);
		this.labels = createLabelLayer(L, this.map, LABELS_PANE, kiosk ? 1.35 : 1, (drawn) => {
			this.stats.labels = drawn;
			this.stats.labelDraws++;
			this.publish();
		});
		const layerOptions: LayerOptions = {
			radius: detail ? 0 : kiosk ? 70 : 50,
			still,
			worker: settings.clusterWorker,
			onshown: () => this.progress(),
			onrender: () => this.count(),
			onchoose: (key) => settings.onselect(key)
		};
		if (settings.engine === 'markercluster' && !detail) {
			import('./markercluster-layer')
				.then(({ createMarkerclusterLayer }) =>
					createMarkerclusterLayer(L, this.map, this.kit, layerOptions)
				)
				.then((layer) => this.useLayer(layer));
		} else this.useLayer(createClusterLayer(L, this.map, this.kit, layerOptions));
		this.lines = L.layerGroup([], { pane: RELATIONS_PANE }).addTo(this.map);
		this.linesRenderer = L.svg({ pane: RELATIONS_PANE });
		this.selection = L.layerGroup([], { pane: SELECTION_PANE }).addTo(this.map);
		this.tip = L.tooltip({
			direction: 'top',
			className: 'cme-tip',
			offset: [0, -8 * (kiosk ? 1.5 : 1)]
		});
		this.selection.on('click', (e) => {
			const key = chosenKey(e);
			if (key) settings.onselect(key);
		});
		for (const [type, fn] of Object.entries(this.dom))
			el.addEventListener(type, fn as EventListener);
		settings.countries.then(
			async (topo) => {
				// The country names and the shapes in tasks of their own, after the map's first one.
				await nextTask();
				if (this.abort.signal.aborted) return;
				this.labels.setCountries(topo);
				await nextTask();
				if (this.abort.signal.aborted) return;
				this.basemap = drawBasemap(L, this.map, topo, (count) => {
					this.stats.basemap = count;
					el.setAttribute('data-basemap', String(count));
					this.publish();
				});
			},
			(err) => {
				if (!this.abort.signal.aborted) console.warn('The basemap could not be drawn', err);
			}
		);
	}

	private useLayer(layer: MarkerLayer) {
		if (this.abort.signal.aborted) return layer.destroy();
		this.layer = layer;
		if (this.pending.hidden !== undefined) layer.setHidden(this.pending.hidden);
		if (this.pending.points) layer.setPoints(this.pending.points);
		this.pending = {};
	}

	/** DOM listeners on the container: keyboard choice, Escape, and names on hover and focus. */
	private dom = {
		keydown: (e: KeyboardEvent) => {
			if (/^(Arrow|[-+=])/.test(e.key)) this.framingSelection = false; // Leaflet's keyboard pan and zoom
			const m = this.markerAt(e.target);
			const cluster = e.target instanceof Element ? e.target.closest('.cme-cluster') : null;
			const press = e.key === 'Enter' || e.key === ' ';
			if (m && press) {
				e.preventDefault();
				this.settings.onselect(m.options.key);
			} else if (cluster && press) {
				e.preventDefault();
				this.layer?.openCluster(cluster);
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
		focusout: () => this.map.closeTooltip(this.tip),
		// The visitor takes the view over: a panel growing afterwards no longer moves it.
		pointerdown: () => (this.framingSelection = false),
		wheel: () => (this.framingSelection = false)
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

	/** The marker layer has drawn the last records change. */
	private progress() {
		if (!this.loading) return;
		this.loading = false;
		this.stats.shownAt = Math.round(performance.now());
		this.stats.loadMs = Math.round(this.stats.shownAt - this.loadStart);
		this.count();
	}

	/**
	 * Draws exactly `records`: markers are kept by key, so a narrower search only removes what left.
	 * With a country filter, a pilot or project is drawn only at its places in those countries.
	 */
	setRecords(records: SearchRecord[], countries: readonly string[] = [], lookup?: Lookup) {
		this.loadStart = performance.now();
		this.loading = true;
		if (lookup) this.lookup = lookup;
		const placesKey = [...countries].sort().join(',');
		const replaced = placesKey !== this.placesKey;
		this.placesKey = placesKey;
		const next = new Map<string, { record: SearchRecord; points: Point[] }>();
		for (const r of records) {
			if (!r.points.length || next.has(r.key)) continue;
			const old = this.byKey.get(r.key);
			if (old && old.record === r && !(replaced && r.points.length > 1)) {
				next.set(r.key, old);
				continue;
			}
			// The detail map is about the selection: every other record is drawn once, where its line ends.
			const anchor = this.settings.variant === 'detail' ? anchorPoint(r, this.lookup) : null;
			next.set(r.key, {
				record: r,
				points: anchor ? [anchor] : placesIn(r, countries, this.lookup)
			});
		}
		this.byKey = next;
		const points: MapPoint[] = [];
		for (const { record, points: at } of next.values())
			for (const point of at) points.push({ key: record.key, record, point });
		this.stats.records = next.size;
		this.stats.markers = points.length;
		this.stats.extent = boxOf(points.map((p) => p.point));
		// Nothing to redraw when the same records come again (e.g. a new lookup for the same data).
		const last = this.lastPoints;
		const same =
			last.length === points.length &&
			points.every((p, i) => p.record === last[i].record && p.point === last[i].point);
		this.lastPoints = points;
		if (same) return void this.progress();
		// The markers follow in later tasks, in slices (the marker layer): typing never waits on them.
		if (this.layer) this.layer.setPoints(points);
		else this.pending.points = points;
	}

	/**
	 * Draws the selection on top (bigger, outlined) with lines to its relations; the rest dims. A project
	 * is drawn once, at its coordinator's place, or as a label without a point when that is not known; its
	 * sites are drawn as the cities they are. Returns the points that frame it and what the legend says.
	 * `frame`: fit the view to it at once (a first view), before drawing it.
	 */
	setSelection(
		key: string | null,
		lookup: Lookup,
		synergies: readonly string[] = [],
		{ frame = false } = {}
	): { points: Point[]; note: SelectionNote; synergies: number } {
		const L = this.L;
		this.stats.selectionDraws++;
		this.lookup = lookup;
		// The chosen marker's node is about to be replaced: keep keyboard focus on the record.
		const focused =
			document.activeElement instanceof HTMLElement
				? document.activeElement.closest<HTMLElement>('.cme-marker')
				: null;
		const refocus = !!key && focused?.dataset.key === key;
		this.selected = key;
		this.selection.clearLayers();
		this.lines.clearLayers();
		this.selectionPoints = [];
		this.selectionEnds = [];
		if (focused && !focused.isConnected && !refocus) this.el.focus({ preventScroll: true });
		this.map.closeTooltip(this.tip);
		const record = key ? lookup(key) : undefined;
		this.el.classList.toggle('cme-dim', !!record);
		this.stats.relations = 0;
		this.stats.synergies = 0;
		if (!key || !record) {
			this.hide(new Set());
			this.updateLabels();
			return { points: [], note: null, synergies: 0 };
		}
		const ends = relationEnds(record, lookup);
		const own = ownPoints(record, lookup);
		// Where the lines start: the record's own point, or (a project with no place) its label, in the
		// middle of its sites (or of its relations), never on one of them.
		const sites = ends.filter((e) => e.record.kind === 'city').map((e) => e.point);
		const hub = own.length
			? hubPoint(own)
			: centroid(sites.length ? sites : ends.map((e) => e.point));
		// A line to each related record that is somewhere else (a pilot's own city needs no line).
		const away = hub ? ends.filter((e) => e.point[0] !== hub[0] || e.point[1] !== hub[1]) : [];
		// Synergies (a city's suggested cities): dashed lines bending the other way, so a suggestion that
		// is a relation too keeps both lines apart. Not interactive: the card and the page list them.
		const related = new Set(ends.map((e) => e.key));
		const suggested = hub
			? relationEnds({ key: record.key, related: [...synergies] }, lookup).filter(
					(e) => e.point[0] !== hub[0] || e.point[1] !== hub[1]
				)
			: [];
		const marked = [...ends, ...suggested.filter((e) => !related.has(e.key))];
		this.selectionPoints = detailPoints(hub && !own.length ? [hub] : own, marked);
		this.selectionEnds = marked.map((e) => e.record);
		// Framed before anything is drawn: framed after, every line and marker was placed twice.
		if (frame) this.fitSelection({ animate: false });

		const colour = STYLE_INFO[markerStyle(record)].colour;
		const renderer = this.linesRenderer;
		const line = (path: Point[] | Point[][], style: Leaflet.PolylineOptions) =>
			L.polyline(path, { renderer, interactive: false, ...style }).addTo(this.lines);
		// A white casing under each line keeps it readable on land, sea and other lines alike.
		const casing = (path: Point[] | Point[][], className: string) =>
			line(path, { color: '#ffffff', weight: 5, opacity: 0.8, className });
		// The relation lines as one path (and one casing), not two SVG paths per relation.
		if (hub && away.length) {
			const paths = away.map((end) => curvePoints(hub, end.point));
			casing(paths, 'cme-relation-casing');
			line(paths, { color: colour, weight: 2.2, opacity: 0.95, className: 'cme-relation' });
		}
		this.stats.relations = away.length;
		for (const end of suggested) {
			const path = curvePoints(hub!, end.point, 16, -0.15);
			casing(path, 'cme-synergy-casing');
			line(path, {
				color: SYNERGY_COLOUR,
				weight: 2.6,
				opacity: 1,
				dashArray: SYNERGY_DASH,
				className: 'cme-synergy'
			});
		}
		this.stats.synergies = suggested.length;
		// The selection is drawn in its own pane: the marker layer leaves it out. On the detail map, where
		// every other record is drawn where its line ends, it leaves out those ends too instead of drawing
		// each a second time under its related marker.
		this.hide(
			new Set([key, ...(this.settings.variant === 'detail' ? marked.map((e) => e.key) : [])])
		);
		for (const end of marked)
			this.kit.marker(end.record, end.point, 'rel', SELECTION_PANE).addTo(this.selection);
		const mine = own.map((p) =>
			this.kit.marker(record, p, 'sel', SELECTION_PANE).addTo(this.selection)
		);
		if (refocus) mine[0]?.getElement()?.focus({ preventScroll: true });
		if (hub) {
			const pointless = !own.length;
			const label = L.tooltip({
				permanent: true,
				direction: pointless ? 'center' : 'right',
				className: `cme-tip cme-sel-tip${pointless ? ' cme-sel-label' : ''}`,
				offset: pointless ? [0, 0] : [14, 0]
			});
			label.setLatLng(hub).setContent(tooltipNode(recordName(record), ''));
			this.selection.addLayer(label);
		}
		this.updateLabels();
		return {
			points: this.selectionPoints,
			note: this.noteFor(record, own, lookup),
			synergies: suggested.length
		};
	}

	private hide(keys: ReadonlySet<string>) {
		if (this.layer) this.layer.setHidden(keys);
		else this.pending.hidden = keys;
	}

	private noteFor(record: SearchRecord, own: Point[], lookup: Lookup): SelectionNote {
		if (record.kind !== 'project') return null;
		const name = recordName(record);
		const coordinator = record.coordinator ? lookup(record.coordinator) : undefined;
		if (own.length && coordinator)
			return { kind: 'coordinator', name, place: coordinator.place ?? recordName(coordinator) };
		return { kind: 'label', name };
	}

	/** The records whose cities the basemap names (the data set), whatever the filters show. */
	setPlaces(places: SearchRecord[]) {
		this.places = places;
		this.updateLabels();
	}

	/** City names on the basemap: the data's cities, and the cities the selection is related to. */
	private updateLabels() {
		this.stats.cityNameUpdates++;
		// What the names depend on now (each is replaced, never changed in place, when it changes).
		const { places, lookup, selectionEnds, selected, byKey } = this;
		this.labels.setCities(() => {
			const cities = cityLabelCandidates(
				places.map((record) => ({ record, points: record.points })),
				lookup,
				selectionEnds
			);
			// Names of what is on the map now come first: a marker's city is named before its neighbours.
			const related = new Set(selectionEnds.map((r) => r.key));
			for (const c of cities) {
				if (related.has(c.key) || c.key === selected) c.priority += 8;
				else if (byKey.has(c.key)) c.priority += 4;
			}
			return cities;
		});
	}

	/** Fits the selection: the record and all its relations, clear of the card and the legend (the
	 * kiosk glides there, unless motion is reduced). */
	fitSelection({ animate = true } = {}) {
		const box = fitBox([{ points: this.selectionPoints }]);
		if (!box) return;
		if (this.settings.variant === 'kiosk' && !this.still && animate) {
			this.lastFit = box;
			this.map.flyToBounds(box, { ...this.fitOptions(), duration: 1.2 });
		} else this.fitBox(box, animate);
		this.framingSelection = true;
	}

	/**
	 * A panel over the map changed size (the record card filling in as its relations and synergies
	 * arrive): the selection is framed again, clear of it, unless the visitor has moved the map since.
	 */
	private overlaysResized() {
		if (this.abort.signal.aborted) return;
		const changed = [...this.overlaySizes].some(([o, size]) => o.isConnected && sizeOf(o) !== size);
		if (changed && this.framingSelection && this.selected) this.fitSelection();
	}

	/**
	 * Fits the view to records where they are drawn (0 records: back to Europe). The first fit jumps:
	 * there is nothing on the map to follow yet, and a zoom animation would hold the first markers back
	 * until it ends (the view is asked for again on its moveend).
	 */
	fit(records: SearchRecord[], { animate = true } = {}) {
		const box = fitBox(records.map((r) => ({ points: this.byKey.get(r.key)?.points ?? r.points })));
		if (box) this.fitBox(box, animate);
		else if (!records.length) this.fitBox(EUROPE_VIEW, animate);
	}

	fitBox(box: Box, animate = true) {
		this.lastFit = box;
		this.framingSelection = false;
		// Leaflet drops an animated zoom asked for during another one (a selection's synergies arrive
		// while its first fit is still zooming): fit once that zoom ends, unless another fit came since.
		if ((this.map as unknown as { _animatingZoom?: boolean })._animatingZoom) {
			this.map.once('zoomend', () => {
				if (this.lastFit === box) this.fitBox(box);
			});
			return;
		}
		const options = this.fitOptions();
		if (this.isShowing(box, options)) return;
		this.map.fitBounds(box, { ...options, animate });
	}

	/**
	 * Whether the map already shows `box` as a fit would (a refined query whose results span the same
	 * view): Leaflet would still end the no-move with a moveend, and the basemap, its labels and the
	 * markers would all be drawn again, on every commit of a query.
	 */
	private isShowing(box: Box, options: Leaflet.FitBoundsOptions): boolean {
		const target = (
			this.map as unknown as {
				_getBoundsCenterZoom(
					b: Leaflet.LatLngBoundsExpression,
					o: Leaflet.FitBoundsOptions
				): { center: Leaflet.LatLng; zoom: number };
			}
		)._getBoundsCenterZoom(box, options);
		const zoom = this.map.getZoom();
		return (
			target.zoom === zoom &&
			this.map
				.project(target.center, zoom)
				.distanceTo(this.map.project(this.map.getCenter(), zoom)) < 1
		);
	}

	/** Fit padding that keeps the data clear of whatever floats over the map (legend, record card). */
	private fitOptions(): Leaflet.FitBoundsOptions {
		const rect = this.el.getBoundingClientRect();
		const seen = new Map(this.overlaySizes);
		this.overlaySizes.clear();
		const overlays = [...document.querySelectorAll<HTMLElement>(`[${OVERLAY_ATTRIBUTE}]`)]
			.filter((o) => o.offsetParent !== null || getComputedStyle(o).position === 'fixed')
			.map((o) => {
				this.overlaySizes.set(o, sizeOf(o));
				if (!seen.delete(o)) this.observer.observe(o);
				return o.getBoundingClientRect();
			});
		for (const gone of seen.keys()) this.observer.unobserve(gone);
		const pad = fitPadding(rect, overlays, this.settings.variant === 'kiosk' ? 40 : 28);
		return {
			paddingTopLeft: pad.topLeft,
			paddingBottomRight: pad.bottomRight,
			maxZoom: FIT_MAX_ZOOM
		};
	}

	/** Keeps Leaflet's idea of the size right (panels open and close, phones rotate); a map first laid
	 * out while hidden (0 x 0) fits again once it has a size. */
	private resized() {
		const wasEmpty = this.map.getSize().x === 0 || this.map.getSize().y === 0;
		this.map.invalidateSize({ pan: false });
		if (wasEmpty && this.el.clientWidth && this.el.clientHeight)
			this.map.fitBounds(this.lastFit, this.fitOptions());
	}

	/** Flies to a record (the kiosk's attract loop). */
	flyTo(record: SearchRecord | undefined) {
		const p = record && hubPoint(record.points);
		if (p) this.map.flyTo(p, Math.max(this.map.getZoom(), 6), { duration: 1.5 });
	}

	private count() {
		this.stats.clusters = this.el.querySelectorAll('.cme-cluster').length;
		this.stats.visibleMarkers = this.el.querySelectorAll('.leaflet-marker-pane .cme-marker').length;
		this.publish();
	}

	private publish() {
		(window as unknown as { __mapStats?: MapStats }).__mapStats = { ...this.stats };
	}

	destroy() {
		this.abort.abort();
		this.observer.disconnect();
		this.labels.destroy();
		this.basemap?.destroy();
		this.layer?.destroy();
		for (const [type, fn] of Object.entries(this.dom))
			this.el.removeEventListener(type, fn as EventListener);
		// A fly-to (the kiosk's attract loop) or a cluster zoom may still be running: stop it and take the
		// layers off first, so no pending animation step reads a pane that remove() has taken away.
		this.map.stop();
		this.map.off();
		this.map.eachLayer((layer) => {
			this.map.removeLayer(layer);
		});
		this.map.remove();
		// Leaflet 1.9 leaves a zoom animation's 250 ms end timer running after remove(); it returns early
		// only when no zoom is animating, else it reads the removed map pane ("_leaflet_pos" of undefined).
		(this.map as unknown as { _animatingZoom: boolean })._animatingZoom = false;
	}
}

function sizeOf(el: Element): string {
	const r = el.getBoundingClientRect();
	return `${Math.round(r.width)}x${Math.round(r.height)}`;
}
