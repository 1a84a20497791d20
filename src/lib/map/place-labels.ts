// Pure: no DOM, no Svelte, no Leaflet. The place names drawn on the basemap: which cities and countries,
// where each country's name goes, and a greedy collision check so no two names overlap.
import type { SearchRecord } from '../search/records';
import { countryName, recordName } from '../messages';
import type { Point } from './map-geometry';

/** From this zoom on the basemap names the data's cities; below it, the countries. */
export const CITY_LABEL_ZOOM = 6;

/**
 * ISO 3166 numeric (world-atlas ids) to alpha-2, for the countries whose names the map shows: Europe and
 * its neighbours, and the farther countries with project sites. The names come from Intl.DisplayNames.
 */
export const COUNTRY_ALPHA2: Readonly<Record<string, string>> = {
	'008': 'AL',
	'012': 'DZ',
	'031': 'AZ',
	'040': 'AT',
	'051': 'AM',
	'056': 'BE',
	'070': 'BA',
	'076': 'BR',
	'100': 'BG',
	'112': 'BY',
	'191': 'HR',
	'196': 'CY',
	'203': 'CZ',
	'208': 'DK',
	'233': 'EE',
	'246': 'FI',
	'250': 'FR',
	'268': 'GE',
	'276': 'DE',
	'300': 'GR',
	'304': 'GL',
	'348': 'HU',
	'352': 'IS',
	'364': 'IR',
	'368': 'IQ',
	'372': 'IE',
	'376': 'IL',
	'380': 'IT',
	'398': 'KZ',
	'400': 'JO',
	'422': 'LB',
	'428': 'LV',
	'434': 'LY',
	'440': 'LT',
	'442': 'LU',
	'470': 'MT',
	'498': 'MD',
	'499': 'ME',
	'504': 'MA',
	'528': 'NL',
	'578': 'NO',
	'616': 'PL',
	'620': 'PT',
	'642': 'RO',
	'643': 'RU',
	'682': 'SA',
	'688': 'RS',
	'703': 'SK',
	'705': 'SI',
	'724': 'ES',
	'752': 'SE',
	'756': 'CH',
	'760': 'SY',
	'788': 'TN',
	'792': 'TR',
	'804': 'UA',
	'807': 'MK',
	'818': 'EG',
	'826': 'GB'
};

/** Every country the basemap may name (Kosovo has no numeric id). */
export const BASEMAP_COUNTRIES: readonly string[] = [...Object.values(COUNTRY_ALPHA2), 'XK'];

/**
 * A world-atlas country's name in the page's language, as the lists name it (Kosovo has no numeric
 * id: found by its name).
 */
export function countryLabel(id: string | number | undefined, atlasName?: string): string | null {
	const code =
		id !== undefined ? COUNTRY_ALPHA2[String(id).padStart(3, '0')] : atlasName === 'Kosovo' && 'XK';
	return code ? countryName(code) : null;
}

type Ring = number[][];

/** Twice the signed area of a ring, in degrees² (lon, lat). */
function ringArea(ring: Ring): number {
	let a = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
	return a / 2;
}

function inside([x, y]: number[], ring: Ring): boolean {
	let hit = false;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [xi, yi] = ring[i];
		const [xj, yj] = ring[j];
		if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
	}
	return hit;
}

/** Distance (degrees) from a point to the nearest edge of a ring. */
function edgeDistance([x, y]: number[], ring: Ring): number {
	let best = Infinity;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
		const [ax, ay] = ring[j];
		const [bx, by] = ring[i];
		const dx = bx - ax;
		const dy = by - ay;
		const t =
			dx || dy
				? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)))
				: 0;
		best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
	}
	return best;
}

/**
 * Where a country's name goes, as [lat, lon], with the area of the polygon it sits in: in its largest
 * polygon (mainland France, not French Guiana), at that polygon's centroid, or, when the centroid falls
 * outside (a crescent like Croatia), at the inside point of a coarse grid farthest from the coast.
 */
export function labelPoint(geometry: {
	type: string;
	coordinates?: unknown;
}): { point: Point; area: number } | null {
	const polygons =
		geometry.type === 'Polygon'
			? [geometry.coordinates as Ring[]]
			: geometry.type === 'MultiPolygon'
				? (geometry.coordinates as Ring[][])
				: [];
	let outer: Ring | null = null;
	let area = 0;
	for (const poly of polygons) {
		const a = Math.abs(ringArea(poly[0] ?? []));
		if (a > area) [outer, area] = [poly[0], a];
	}
	if (!outer || !area) return null;
	let cx = 0;
	let cy = 0;
	let twice = 0;
	for (let i = 0, j = outer.length - 1; i < outer.length; j = i++) {
		const f = outer[j][0] * outer[i][1] - outer[i][0] * outer[j][1];
		cx += (outer[j][0] + outer[i][0]) * f;
		cy += (outer[j][1] + outer[i][1]) * f;
		twice += f;
	}
	let best = [cx / (3 * twice), cy / (3 * twice)];
	if (!inside(best, outer) || edgeDistance(best, outer) < Math.sqrt(area) * 0.08) {
		let xs = Infinity,
			xe = -Infinity,
			ys = Infinity,
			ye = -Infinity;
		for (const [x, y] of outer)
			[xs, xe, ys, ye] = [Math.min(xs, x), Math.max(xe, x), Math.min(ys, y), Math.max(ye, y)];
		let bestD = inside(best, outer) ? edgeDistance(best, outer) : -1;
		const n = 16;
		for (let i = 0; i <= n; i++) {
			for (let k = 0; k <= n; k++) {
				const p = [xs + ((xe - xs) * i) / n, ys + ((ye - ys) * k) / n];
				if (!inside(p, outer)) continue;
				const d = edgeDistance(p, outer);
				if (d > bestD) [best, bestD] = [p, d];
			}
		}
	}
	return { point: [best[1], best[0]], area };
}

/** A name to draw: where (screen px of its anchor) and how important (higher first). */
export interface LabelCandidate {
	text: string;
	x: number;
	y: number;
	priority: number;
}

/** A placed name's box in screen pixels. */
export interface LabelBox {
	x: number;
	y: number;
	w: number;
	h: number;
}

const overlaps = (a: LabelBox, b: LabelBox) =>
	a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Greedy placement, most important first: a name is drawn at the first of its boxes (from `box`: where it
 * may go, best first, e.g. right of its point, then left) that, plus `gap`, meets no name already placed
 * and no `reserved` box (markers), and lies inside `view`. Returns the names placed and their boxes.
 */
export function placeLabels<T extends LabelCandidate>(
	candidates: T[],
	box: (c: T) => LabelBox | LabelBox[],
	view: LabelBox,
	reserved: LabelBox[] = [],
	gap = 3
): { label: T; box: LabelBox }[] {
	const placed: { label: T; box: LabelBox }[] = [];
	const taken = [...reserved];
	// Ties in a fixed order, by code unit: a browser's first localeCompare loads its collation data
	// (33 ms at full speed, in the map's first task on every page with a map), and who wins a tie needs
	// no language's alphabet.
	const order = [...candidates].sort(
		(a, b) => b.priority - a.priority || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0)
	);
	const free = (b: LabelBox) => {
		const padded = { x: b.x - gap, y: b.y - gap, w: b.w + 2 * gap, h: b.h + 2 * gap };
		const inView =
			b.x >= view.x &&
			b.y >= view.y &&
			b.x + b.w <= view.x + view.w &&
			b.y + b.h <= view.y + view.h;
		return inView && !taken.some((t) => overlaps(padded, t));
	};
	for (const c of order) {
		const options = box(c);
		const b = (Array.isArray(options) ? options : [options]).find(free);
		if (!b) continue;
		taken.push(b);
		placed.push({ label: c, box: b });
	}
	return placed;
}

/** A city name to draw at a point, with its importance (Mission and Pilot Cities first). */
export interface CityLabel {
	key: string;
	text: string;
	point: Point;
	priority: number;
}

type Lookup = (key: string) => SearchRecord | undefined;

const cityPriority = (r: Pick<SearchRecord, 'isMissionCity' | 'isPilotCity'>) =>
	(r.isMissionCity ? 2 : 0) + (r.isPilotCity ? 1 : 0);

/**
 * The data's own cities to name: every city drawn, and every city a drawn pilot or project stands on
 * (its cities and sites), plus `extra` records (the selection's relations). Names come from the data;
 * each city once.
 */
export function cityLabelCandidates(
	drawn: { record: SearchRecord; points: Point[] }[],
	lookup: Lookup,
	extra: SearchRecord[] = []
): CityLabel[] {
	const out = new Map<string, CityLabel>();
	const add = (r: SearchRecord | undefined) => {
		const p = r?.points[0];
		if (!r || r.kind !== 'city' || !p || out.has(r.key)) return;
		out.set(r.key, { key: r.key, text: recordName(r), point: p, priority: cityPriority(r) });
	};
	extra.forEach(add);
	const wanted = new Set<string>();
	for (const { record, points } of drawn) {
		if (record.kind === 'city') {
			add(record);
			continue;
		}
		for (const p of points) wanted.add(`${p[0]},${p[1]}`);
	}
	if (wanted.size) {
		for (const { record } of drawn) {
			if (record.kind !== 'pilot' && record.kind !== 'project') continue;
			for (const key of record.related) {
				if (!key.startsWith('city:')) continue;
				const city = lookup(key);
				const p = city?.points[0];
				if (p && wanted.has(`${p[0]},${p[1]}`)) add(city);
			}
		}
	}
	return [...out.values()];
}
