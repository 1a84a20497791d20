// Client-only: builds marker and cluster icons for Leaflet (passed in; never imported as a value here).
// Every node is made with the DOM API: shapes are cloned from constant templates and data text only ever
// goes through textContent or setAttribute, never through an HTML string.
import type * as Leaflet from 'leaflet';
import type { SearchRecord } from '$lib/search/records';
import { recordName } from '$lib/messages';
import {
	LABEL_RING,
	MARKER_STYLES,
	STYLE_INFO,
	clusterLabel,
	clusterSize,
	hasLabelRing,
	markerDescription,
	markerName,
	markerStyle,
	ringSegments,
	type MarkerStyle,
	type ShapePart,
	type StyleCounts
} from './marker-style';

type L = typeof Leaflet;
const SVG = 'http://www.w3.org/2000/svg';

/** How a marker is drawn: plain, the selection (bigger, outlined) or a related record (highlighted). */
export type MarkerState = 'plain' | 'sel' | 'rel';
const STATE_SCALE: Record<MarkerState, number> = { plain: 1, sel: 1.7, rel: 1.3 };

export interface CmeMarkerOptions extends Leaflet.MarkerOptions {
	key: string;
	/** The record the marker stands for: its name and tooltip are read from it, never parsed back. */
	record: SearchRecord;
	style: MarkerStyle;
}
export type CmeMarker = Leaflet.Marker & { options: CmeMarkerOptions };

/** An inline SVG of a shape (with the Mission Label ring when asked), from constant parts only. */
export function shapeSvg(style: MarkerStyle, ring: boolean): SVGSVGElement {
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('viewBox', '0 0 24 24');
	svg.setAttribute('aria-hidden', 'true');
	svg.setAttribute('focusable', 'false');
	// With a ring around it, the shape is drawn a little smaller so both fit the same box.
	const group = document.createElementNS(SVG, 'g');
	if (ring) group.setAttribute('transform', 'translate(12 12) scale(0.74) translate(-12 -12)');
	const draw = (parent: Element, part: ShapePart) => {
		const el = document.createElementNS(SVG, part.tag);
		for (const [k, v] of Object.entries(part.attrs)) el.setAttribute(k, String(v));
		parent.append(el);
	};
	for (const part of STYLE_INFO[style].parts) draw(group, part);
	svg.append(group);
	if (ring) draw(svg, LABEL_RING);
	return svg;
}

/** The tooltip's content: the record's name and what it is, as text nodes. */
export function tooltipNode(name: string, what: string): HTMLElement {
	const box = document.createElement('div');
	const strong = document.createElement('strong');
	strong.textContent = name;
	const kind = document.createElement('span');
	kind.textContent = what;
	box.append(strong);
	if (what) box.append(kind);
	return box;
}

/** A marker's tooltip: the record's name (commas and all) and what it is. */
export function markerTooltip(record: SearchRecord): HTMLElement {
	return tooltipNode(recordName(record), markerDescription(record));
}

/** Counts the distinct records of each style under a cluster (its leaves: markers or points). */
export function countStyles(
	leaves: ({ style: MarkerStyle; key: string } | { options: { style: MarkerStyle; key: string } })[]
): StyleCounts {
	const seen = new Map<MarkerStyle, Set<string>>();
	for (const leaf of leaves) {
		const { style, key } = 'options' in leaf ? leaf.options : leaf;
		let set = seen.get(style);
		if (!set) seen.set(style, (set = new Set()));
		set.add(key);
	}
	const counts: StyleCounts = {};
	for (const s of MARKER_STYLES) if (seen.has(s)) counts[s] = seen.get(s)!.size;
	return counts;
}

/** A cluster's icon content: a ring split by kind, the count in the middle, and a text label for all. */
export function clusterNode(counts: StyleCounts): { node: HTMLElement; total: number } {
	const label = clusterLabel(counts);
	const total = Number(label.slice(0, label.indexOf(':')));
	const node = document.createElement('span');
	node.className = 'cme-cluster-body';
	node.setAttribute('role', 'img');
	node.setAttribute('aria-label', label);
	node.title = label;
	const svg = document.createElementNS(SVG, 'svg');
	svg.setAttribute('viewBox', '0 0 36 36');
	svg.setAttribute('aria-hidden', 'true');
	const circle = (attrs: Record<string, string | number>) => {
		const c = document.createElementNS(SVG, 'circle');
		for (const [k, v] of Object.entries({ cx: 18, cy: 18, ...attrs })) c.setAttribute(k, String(v));
		svg.append(c);
	};
	circle({ r: 17, fill: '#ffffff', stroke: '#1a1f24', 'stroke-width': 1.2 });
	const r = 13.5;
	const length = 2 * Math.PI * r;
	for (const seg of ringSegments(counts)) {
		circle({
			r,
			fill: 'none',
			stroke: seg.colour,
			'stroke-width': 5,
			pathLength: length,
			'stroke-dasharray': `${seg.share * length} ${length}`,
			'stroke-dashoffset': String(-seg.start * length),
			transform: 'rotate(-90 18 18)'
		});
	}
	const count = document.createElement('span');
	count.className = 'cme-cluster-count';
	count.setAttribute('aria-hidden', 'true');
	count.textContent = String(total);
	node.append(svg, count);
	return { node, total };
}

/**
 * Icons, markers and cluster icons for one map; icons are shared per style and state. `minTouch` (px) is
 * the smallest touch area: a marker's element is at least that big, the shape drawn at its own size in
 * the middle of a transparent hit area (the kiosk's 48 px rule). Without `keyboard`, markers are no tab
 * stops or buttons, only a pointer's shortcut: a record page's map, whose every marker is also a link in
 * the page's lists, and where neighbouring cities' markers overlap (two overlapping buttons fail WCAG's
 * target size).
 */
export function createMarkerKit(L: L, scale: number, minTouch = 0, keyboard = true) {
	const ShapeIcon = L.DivIcon.extend({
		createIcon(
			this: Leaflet.DivIcon & { options: { template: SVGSVGElement; shape: number } },
			old?: HTMLElement
		) {
			const div = L.DivIcon.prototype.createIcon.call(this, old) as HTMLElement;
			div.replaceChildren(this.options.template.cloneNode(true));
			div.style.setProperty('--cme-shape', `${this.options.shape}px`);
			return div;
		}
	}) as unknown as new (options: object) => Leaflet.DivIcon;
	const icons = new Map<string, Leaflet.DivIcon>();
	/** Maps each marker's DOM element back to its marker, for keyboard, focus and hover handling. */
	const byElement = new WeakMap<Element, CmeMarker>();

	function icon(style: MarkerStyle, ring: boolean, state: MarkerState): Leaflet.DivIcon {
		const id = `${style}|${ring}|${state}`;
		let found = icons.get(id);
		if (!found) {
			const px = Math.round(
				STYLE_INFO[style].size * (ring ? 1.25 : 1) * scale * STATE_SCALE[state]
			);
			const box = Math.max(px, minTouch);
			const opts = {
				className: `cme-marker cme-${style} cme-${state}`,
				iconSize: [box, box],
				shape: px,
				html: '',
				template: shapeSvg(style, ring)
			};
			found = new ShapeIcon(opts);
			icons.set(id, found);
		}
		return found;
	}

	const Marker = L.Marker.extend({
		_initIcon(this: CmeMarker & { _icon: HTMLElement }) {
			(L.Marker.prototype as unknown as { _initIcon(): void })._initIcon.call(this);
			// A button where it is a tab stop; elsewhere a named picture (a name needs a role).
			if (!this.options.keyboard) this._icon.setAttribute('role', 'img');
			this._icon.setAttribute('aria-label', markerName(this.options.record));
			this._icon.dataset.key = this.options.key;
			byElement.set(this._icon, this);
		}
	}) as unknown as new (latlng: [number, number], options: CmeMarkerOptions) => CmeMarker;

	function marker(
		record: SearchRecord,
		point: [number, number],
		state: MarkerState = 'plain',
		pane = 'markerPane'
	): CmeMarker {
		const style = markerStyle(record);
		const options: CmeMarkerOptions = {
			pane,
			icon: icon(style, hasLabelRing(record), state),
			keyboard,
			key: record.key,
			record,
			style,
			riseOnHover: true,
			zIndexOffset: state === 'sel' ? 1000 : state === 'rel' ? 500 : 0
		};
		return new Marker(point, options);
	}

	/** A cluster's icon: its counts in a ring and in words, at least `minTouch` px. */
	function clusterIcon(counts: StyleCounts): Leaflet.DivIcon {
		const { node, total } = clusterNode(counts);
		const px = Math.max(Math.round(clusterSize(total) * scale), minTouch);
		return L.divIcon({ html: node, className: 'cme-cluster', iconSize: [px, px] });
	}

	return { icon, marker, clusterIcon, scale, markerOf: (el: Element) => byElement.get(el) };
}

export type MarkerKit = ReturnType<typeof createMarkerKit>;
