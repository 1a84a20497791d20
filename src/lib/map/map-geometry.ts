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

function boxOf(points: Point[]): Box | null {
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

export interface RelationEnd {
	key: string;
	record: SearchRecord;
	point: Point;
}

/**
 * The related records to highlight and connect, each at its first point: unknown keys, records without
 * points and duplicates are skipped. Related records are found through `lookup`, so they are drawn even
 * when the current filters hide them.
 */
export function relationEnds(
	selected: Pick<SearchRecord, 'key' | 'related'>,
	lookup: (key: string) => SearchRecord | undefined
): RelationEnd[] {
	const seen = new Set<string>([selected.key]);
	const out: RelationEnd[] = [];
	for (const key of selected.related) {
		if (seen.has(key)) continue;
		seen.add(key);
		const record = lookup(key);
		const point = record?.points[0];
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

/** The points a detail map fits: the record's own points and its relations' ends. */
export function detailPoints(selected: SearchRecord, ends: RelationEnd[]): Point[] {
	return [...selected.points, ...ends.map((e) => e.point)];
}
