// Pure: no DOM, no Svelte, no Leaflet. Views, bounds and relation lines, as plain [lat, lon] numbers.
import type { SearchRecord } from '../search/records';

export type Point = [number, number];
export type Box = [Point, Point];

/** The default view: Europe from Lisbon to Ukraine, Iceland to Israel and Cyprus. */
export const EUROPE_VIEW: Box = [
	[33, -24],
	[67, 40]
];
/** Where data "counts" for fitting: points outside (e.g. a project site in Brazil) do not drag Europe away. */
export const FOCUS_BOX: Box = [
	[26, -32],
	[72, 50]
];
/** How far the map may be panned: generous, so every record stays reachable. */
export const MAX_BOUNDS: Box = [
	[-60, -110],
	[84, 120]
];

export const inBox = ([lat, lon]: Point, [[s, w], [n, e]]: Box): boolean =>
	lat >= s && lat <= n && lon >= w && lon <= e;

/** The smallest box around the points (null: no points). */
export function boxOf(points: Point[]): Box | null {
	if (!points.length) return null;
	let s = Infinity,
		w = Infinity,
		n = -Infinity,
		e = -Infinity;
	for (const [lat, lon] of points) {
		if (lat < s) s = lat;
		if (lat > n) n = lat;
		if (lon < w) w = lon;
		if (lon > e) e = lon;
	}
	return [
		[s, w],
		[n, e]
	];
}

/**
 * The box to fit for a set of records: their points inside FOCUS_BOX if any (so one far-away site does
 * not zoom the map out to the world), else all their points; null when nothing has a point (keep the view).
 */
export function fitBox(
	records: Pick<SearchRecord, 'points'>[],
	focus: Box = FOCUS_BOX
): Box | null {
	const all: Point[] = [];
	for (const r of records) for (const p of r.points) all.push(p);
	const near = all.filter((p) => inBox(p, focus));
	return boxOf(near.length ? near : all);
}

/**
 * Where the selection's lines start: for a record drawn at many points (a pilot's cities, a project's
 * sites) the point nearest their centre, so the lines fan out from the middle of the group.
 */
export function hubPoint(points: Point[]): Point | null {
	if (points.length <= 2) return points[0] ?? null;
	const lat = points.reduce((s, p) => s + p[0], 0) / points.length;
	const lon = points.reduce((s, p) => s + p[1], 0) / points.length;
	let best = points[0];
	let bestD = Infinity;
	for (const p of points) {
		const d = (p[0] - lat) ** 2 + (p[1] - lon) ** 2;
		if (d < bestD) [best, bestD] = [p, d];
	}
	return best;
}

/** The mean of the points (null: none): where a label for a group goes, between its members. */
export function centroid(points: Point[]): Point | null {
	if (!points.length) return null;
	const lat = points.reduce((s, p) => s + p[0], 0) / points.length;
	const lon = points.reduce((s, p) => s + p[1], 0) / points.length;
	return [lat, lon];
}

export interface RelationEnd {
	key: string;
	record: SearchRecord;
	point: Point;
}

type Lookup = (key: string) => SearchRecord | undefined;
type Placed = Pick<SearchRecord, 'kind' | 'points' | 'coordinator'>;

/**
 * Where a project itself is: its coordinator's place, or null when that is not known (then it is a
 * label without a point). Its sites are cities, drawn as the cities they are, not as the project.
 */
export function coordinatorPoint(record: Placed, lookup: Lookup): Point | null {
	if (record.kind !== 'project' || !record.coordinator) return null;
	return lookup(record.coordinator)?.points[0] ?? null;
}

/**
 * The points a selected record is drawn at: a project once, at its coordinator's place (none when
 * that is not known); anything else at its own points (a city once, a pilot at its cities).
 */
export function ownPoints(record: Placed, lookup: Lookup): Point[] {
	if (record.kind !== 'project') return record.points;
	const p = coordinatorPoint(record, lookup);
	return p ? [p] : [];
}

/**
 * One point that stands for a record, where lines to it end: a project at its coordinator's place, else
 * between its sites (their mean, where its label goes: never on one site, as if it were that city);
 * anything else at the middle of its points (see hubPoint); null when it has no point at all.
 */
export function anchorPoint(record: Placed, lookup: Lookup): Point | null {
	if (record.kind === 'project') return coordinatorPoint(record, lookup) ?? centroid(record.points);
	return hubPoint(record.points);
}

/**
 * Where a record is drawn when the results are filtered by country: a pilot or project with places
 * in many countries only at its places in those countries (its cities or sites there, else its
 * partners there: that is why it matched). Without a country filter, or with nothing there, all its points.
 */
export function placesIn(
	record: Pick<SearchRecord, 'kind' | 'points' | 'related'>,
	countries: readonly string[],
	lookup: Lookup
): Point[] {
	if (!countries.length || record.points.length < 2) return record.points;
	if (record.kind !== 'pilot' && record.kind !== 'project') return record.points;
	const wanted = new Set(countries);
	const own = new Set(record.points.map((p) => `${p[0]},${p[1]}`));
	const there = (kind: SearchRecord['kind']) => {
		const out: Point[] = [];
		const seen = new Set<string>();
		for (const key of record.related) {
			const r = lookup(key);
			const p = r?.points[0];
			if (!r || !p || r.kind !== kind || !r.country || !wanted.has(r.country)) continue;
			const id = `${p[0]},${p[1]}`;
			// A pilot's or project's cities are its own points; partners are places it reaches through them.
			if (seen.has(id) || (kind === 'city' && !own.has(id))) continue;
			seen.add(id);
			out.push(p);
		}
		return out;
	};
	const sites = there('city');
	if (sites.length) return sites;
	const partners = record.kind === 'project' ? there('partner') : [];
	return partners.length ? partners : record.points;
}

/**
 * The related records to highlight and connect, each at its anchor (see anchorPoint): unknown keys,
 * records without points and duplicates are skipped. Related records are found through `lookup`, so
 * they are drawn even when the current filters hide them.
 */
export function relationEnds(
	selected: Pick<SearchRecord, 'key' | 'related'>,
	lookup: Lookup
): RelationEnd[] {
	const seen = new Set<string>([selected.key]);
	const out: RelationEnd[] = [];
	for (const key of selected.related) {
		if (seen.has(key)) continue;
		seen.add(key);
		const record = lookup(key);
		const point = record && anchorPoint(record, lookup);
		if (record && point) out.push({ key, record, point });
	}
	return out;
}

/**
 * A gentle arc from a to b (a quadratic curve bulging to the left of a→b by `bend` of its length),
 * as `segments + 1` points; a zero-length line stays a single repeated point.
 */
export function curvePoints(a: Point, b: Point, segments = 16, bend = 0.15): Point[] {
	const [dLat, dLon] = [b[0] - a[0], b[1] - a[1]];
	const control: Point = [(a[0] + b[0]) / 2 + dLon * bend, (a[1] + b[1]) / 2 - dLat * bend];
	const out: Point[] = [];
	for (let i = 0; i <= segments; i++) {
		const t = i / segments;
		const u = 1 - t;
		out.push([
			u * u * a[0] + 2 * u * t * control[0] + t * t * b[0],
			u * u * a[1] + 2 * u * t * control[1] + t * t * b[1]
		]);
	}
	return out;
}

/** The points a selection fits: where the record is drawn and its relations' ends. */
export function detailPoints(own: Point[], ends: RelationEnd[]): Point[] {
	return [...own, ...ends.map((e) => e.point)];
}

/** A rectangle in screen pixels (as from getBoundingClientRect). */
export interface Rect {
	left: number;
	top: number;
	right: number;
	bottom: number;
}

/** Leaflet's fit padding: [left, top] and [right, bottom], in pixels. */
export interface FitPadding {
	topLeft: [number, number];
	bottomRight: [number, number];
}

/**
 * The padding that keeps fitted data clear of what floats over the map (the legend, a record card):
 * each overlay is avoided on the side that costs the least room (a tall panel on the right pads the
 * right, a bar along the bottom pads the bottom). At least `base` on every side; the data keeps at
 * least `keep` of the map's width and height, however big the overlays.
 */
export function fitPadding(map: Rect, overlays: Rect[], base = 28, keep = 0.2): FitPadding {
	const pad = { left: base, top: base, right: base, bottom: base };
	const width = map.right - map.left;
	const height = map.bottom - map.top;
	for (const o of overlays) {
		const left = Math.max(o.left, map.left);
		const right = Math.min(o.right, map.right);
		const top = Math.max(o.top, map.top);
		const bottom = Math.min(o.bottom, map.bottom);
		if (right <= left || bottom <= top) continue;
		const options = [
			['left', right - map.left],
			['right', map.right - left],
			['top', bottom - map.top],
			['bottom', map.bottom - top]
		] as const;
		const [side, px] = options.reduce((a, b) => (b[1] < a[1] ? b : a));
		pad[side] = Math.max(pad[side], px + base);
	}
	const squeeze = (a: number, b: number, size: number): [number, number] => {
		const room = size * (1 - keep);
		const scale = a + b > room && a + b > 0 ? room / (a + b) : 1;
		return [Math.round(a * scale), Math.round(b * scale)];
	};
	const [l, r] = squeeze(pad.left, pad.right, width);
	const [t, b] = squeeze(pad.top, pad.bottom, height);
	return { topLeft: [l, t], bottomRight: [r, b] };
}
