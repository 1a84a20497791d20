// Pure: no DOM, no Svelte, no Leaflet. How each record looks on the map and in the legend, and the
// words that describe markers and clusters (shape first, colour second: never colour alone).
import { m, recordName } from '$lib/messages';
import type { SearchRecord } from '../search/records';

export const MARKER_STYLES = [
	'mission',
	'both',
	'pilot-city',
	'site',
	'pilot',
	'project',
	'partner'
] as const;
export type MarkerStyle = (typeof MARKER_STYLES)[number];

/** One SVG primitive in a 24x24 viewBox; the map clones these into DOM nodes, the legend renders them. */
export interface ShapePart {
	tag: 'circle' | 'path';
	attrs: Record<string, string | number>;
}

export interface StyleInfo {
	/** Singular, as in a tooltip: "Mission City", in the page's language. */
	label: string;
	/** Okabe-Ito colour (colour-blind safe); relation lines use it too. */
	colour: string;
	/** Icon box in CSS px at scale 1 (the shape fills most of the box). */
	size: number;
	/** Drawing order in clusters' rings and the legend. */
	parts: ShapePart[];
}

/** Dark outline for every shape: at least 3:1 against both the land and the sea colours. */
export const OUTLINE = '#1a1f24';
const stroke = { stroke: OUTLINE, 'stroke-width': 1.6, 'stroke-linejoin': 'round' };

const DIAMOND = 'M12 2.5 21.5 12 12 21.5 2.5 12Z';
const SMALL_DIAMOND = 'M12 6.2 17.8 12 12 17.8 6.2 12Z';
const TRIANGLE = 'M12 3 21.5 20H2.5Z';
const SQUARE = 'M5 5H19V19H5Z';

/** A style whose label is read each time it is shown (never at import), so it follows the page's language. */
function style(label: () => string, colour: string, size: number, parts: ShapePart[]): StyleInfo {
	return {
		get label() {
			return label();
		},
		colour,
		size,
		parts
	};
}
/** A ring: a thick dark outline under a thinner coloured line, so it reads on land and sea. */
const ring = (stroke: string, width: number): ShapePart => ({
	tag: 'circle',
	attrs: { cx: 12, cy: 12, r: 7.5, fill: 'none', stroke, 'stroke-width': width }
});

export const STYLE_INFO: Record<MarkerStyle, StyleInfo> = {
	mission: style(() => m.map_style_mission(), '#0072B2', 18, [
		{ tag: 'circle', attrs: { cx: 12, cy: 12, r: 9, fill: '#0072B2', ...stroke } }
	]),
	both: style(() => m.map_style_both(), '#0072B2', 20, [
		{ tag: 'circle', attrs: { cx: 12, cy: 12, r: 10, fill: '#0072B2', ...stroke } },
		{ tag: 'path', attrs: { d: SMALL_DIAMOND, fill: '#E69F00', ...stroke, 'stroke-width': 1.2 } }
	]),
	'pilot-city': style(() => m.map_style_pilot_city(), '#E69F00', 19, [
		{ tag: 'path', attrs: { d: DIAMOND, fill: '#E69F00', ...stroke } }
	]),
	site: style(() => m.map_style_site(), '#009E73', 15, [ring(OUTLINE, 6), ring('#009E73', 3.2)]),
	pilot: style(() => m.map_style_pilot(), '#D55E00', 17, [
		{ tag: 'path', attrs: { d: TRIANGLE, fill: '#D55E00', ...stroke } }
	]),
	project: style(() => m.map_style_project(), '#CC79A7', 14, [
		{ tag: 'path', attrs: { d: SQUARE, fill: '#CC79A7', ...stroke, 'stroke-width': 2 } }
	]),
	partner: style(() => m.map_style_partner(), '#4d4d4d', 11, [
		{
			tag: 'circle',
			attrs: { cx: 12, cy: 12, r: 7, fill: '#4d4d4d', stroke: '#ffffff', 'stroke-width': 2.5 }
		}
	])
};

/** The EU Mission Label ring, drawn around the shape (dark gold, outside the shape's outline). */
export const LABEL_RING: ShapePart = {
	tag: 'circle',
	attrs: {
		cx: 12,
		cy: 12,
		r: 11,
		fill: 'none',
		stroke: '#7a5a00',
		'stroke-width': 1.8,
		'stroke-dasharray': '3 1.6'
	}
};

/** Which shape a record gets: a city by what it is (Mission, Pilot, both, other), the rest by kind. */
export function markerStyle(r: Pick<SearchRecord, 'kind' | 'kinds'>): MarkerStyle {
	if (r.kind !== 'city') return r.kind;
	const mission = r.kinds.includes('mission-city');
	const pilot = r.kinds.includes('pilot-city');
	if (mission && pilot) return 'both';
	if (mission) return 'mission';
	if (pilot) return 'pilot-city';
	return 'site';
}

/** Whether the record gets the EU Mission Label ring. */
export const hasLabelRing = (r: Pick<SearchRecord, 'label'>): boolean => r.label === 'awarded';

/** What a marker stands for, after its name: "Mission City and Pilot City, EU Mission Label". */
export function markerDescription(r: Pick<SearchRecord, 'kind' | 'kinds' | 'label'>): string {
	const kind = STYLE_INFO[markerStyle(r)].label;
	return hasLabelRing(r) ? m.map_marker_with_label({ kind }) : kind;
}

/**
 * The accessible name of a marker: "Malmö, Mission City and Pilot City, EU Mission Label". Text for
 * people only: names may hold commas, so nothing splits it again (tooltips read the record).
 */
export function markerName(
	r: Pick<SearchRecord, 'kind' | 'kinds' | 'label' | 'name' | 'cityNames'>
): string {
	return m.map_marker_name({ name: recordName(r), description: markerDescription(r) });
}

export type StyleCounts = Partial<Record<MarkerStyle, number>>;

/** "7 partners", "1 Mission City": each kind counted in the page's language and its plural rules. */
const CLUSTER_COUNT: Record<MarkerStyle, (inputs: { n: number }) => string> = {
	mission: (i) => m.map_cluster_mission(i),
	both: (i) => m.map_cluster_both(i),
	'pilot-city': (i) => m.map_cluster_pilot_city(i),
	site: (i) => m.map_cluster_site(i),
	pilot: (i) => m.map_cluster_pilot(i),
	project: (i) => m.map_cluster_project(i),
	partner: (i) => m.map_cluster_partner(i)
};

/**
 * The text a cluster says about what it holds, largest group first (ties in legend order):
 * `clusterLabel({ mission: 5, partner: 7 })` → "12: 7 partners, 5 Mission Cities".
 */
export function clusterLabel(counts: StyleCounts): string {
	const entries = MARKER_STYLES.map((s) => [s, counts[s] ?? 0] as const).filter(([, n]) => n > 0);
	const total = entries.reduce((sum, [, n]) => sum + n, 0);
	const sorted = [...entries].sort((a, b) => b[1] - a[1]);
	const words = sorted.map(([s, n]) => CLUSTER_COUNT[s]({ n }));
	// The total leads, before the colon, in every language: the cluster icon reads its number from it.
	return `${total}: ${words.join(m.map_cluster_separator())}`;
}

export interface RingSegment {
	style: MarkerStyle;
	colour: string;
	/** Share of the ring, 0..1, and where it starts (0 = top, clockwise). */
	share: number;
	start: number;
}

/** Splits a cluster's ring by kind, in legend order, so the same kinds always sit in the same place. */
export function ringSegments(counts: StyleCounts): RingSegment[] {
	const total = MARKER_STYLES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
	if (!total) return [];
	let start = 0;
	const out: RingSegment[] = [];
	for (const style of MARKER_STYLES) {
		const n = counts[style] ?? 0;
		if (!n) continue;
		out.push({ style, colour: STYLE_INFO[style].colour, share: n / total, start });
		start += n / total;
	}
	return out;
}

/** Icon size of a cluster by how many records it holds: big clusters read as big. */
export const clusterSize = (count: number): number =>
	count < 10 ? 32 : count < 100 ? 38 : count < 1000 ? 44 : 50;

/** Synergy lines: dark violet and dashed (not colour alone), unlike any marker colour; over 7:1 on the
 * basemap's land and sea, on a white casing like relation lines. */
export const SYNERGY_COLOUR = '#5b2a86';
export const SYNERGY_DASH = '7 6';
