// Pure: no DOM, no Svelte, no Leaflet. Reads the basemap's TopoJSON (scripts/build-basemap.ts) into flat
// Web Mercator coordinates at zoom 0 (0..256 px, Leaflet's EPSG:3857), one country at a time, so the
// map can turn them into canvas paths once and only scale them afterwards.
import type { Point } from './map-geometry';

export interface BasemapTopology {
	type: 'Topology';
	transform: { scale: [number, number]; translate: [number, number] };
	objects: {
		countries: {
			type: 'GeometryCollection';
			geometries: {
				type: string;
				id?: string | number;
				/** lp/la: where the name goes ([lat, lon]) and that polygon's area, set by the build script. */
				properties?: { name?: string; lp?: Point; la?: number };
				arcs?: number[][] | number[][][];
			}[];
		};
	};
	arcs: number[][][];
}

/** One country in zoom-0 pixels: rings to fill (even-odd), coast and border lines, and its bounding box. */
export interface CountryShape {
	id: string | undefined;
	name: string;
	/** [minX, minY, maxX, maxY] */
	box: [number, number, number, number];
	/** Flat [x0, y0, x1, y1, ...] per ring. */
	rings: number[][];
	/** Lines only this country has (its coast), flat as rings. */
	coast: number[][];
	/** Borders with other countries, each drawn by one of the two (the first in the file). */
	border: number[][];
	/** Where its name goes and how big it is, when the map names it. */
	label?: { point: Point; area: number };
}

const MAX_LAT = 85.0511287798;

/** Leaflet's EPSG:3857 at zoom 0: [lon, lat] to pixels on a 256 px world. */
export function project(lon: number, lat: number): [number, number] {
	const phi = (Math.max(-MAX_LAT, Math.min(MAX_LAT, lat)) * Math.PI) / 180;
	return [
		256 * (0.5 + lon / 360),
		256 * (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI))
	];
}

/** A zoom-0 x of 180° lon: lines that jump across the antimeridian are cut there, rings moved east. */
const HALF_WORLD = 128;

/**
 * Reads a basemap topology: `count` countries, `read(i)` builds the i-th (cheap: a few hundred points
 * each), so a caller can spread the work over several frames.
 */
export function basemapReader(topo: BasemapTopology) {
	const { scale, translate } = topo.transform;
	// Absolute [lon, lat] per arc (delta-decoded), and which countries use each arc.
	const arcs = topo.arcs.map((arc) => {
		let x = 0,
			y = 0;
		const out = new Float64Array(arc.length * 2);
		arc.forEach(([dx, dy], i) => {
			x += dx;
			y += dy;
			out[2 * i] = x * scale[0] + translate[0];
			out[2 * i + 1] = y * scale[1] + translate[1];
		});
		return out;
	});
	const geometries = topo.objects.countries.geometries;
	const polygons = geometries.map((g) =>
		g.type === 'Polygon'
			? [g.arcs as number[][]]
			: g.type === 'MultiPolygon'
				? (g.arcs as number[][][])
				: []
	);
	const users: number[][] = arcs.map(() => []);
	polygons.forEach((polys, gi) => {
		for (const ring of polys.flat()) for (const a of ring) users[a < 0 ? ~a : a].push(gi);
	});

	/** An arc's points in zoom-0 px, reversed for a negative index. */
	const arcPoints = (index: number): number[] => {
		const raw = arcs[index < 0 ? ~index : index];
		const out: number[] = [];
		for (let i = 0; i < raw.length; i += 2) out.push(...project(raw[i], raw[i + 1]));
		if (index >= 0) return out;
		const back: number[] = [];
		for (let i = out.length - 2; i >= 0; i -= 2) back.push(out[i], out[i + 1]);
		return back;
	};

	/** Cuts a line where it jumps across the antimeridian (it would cross the whole map). */
	const cut = (line: number[]): number[][] => {
		const pieces: number[][] = [[line[0], line[1]]];
		for (let i = 2; i < line.length; i += 2) {
			if (Math.abs(line[i] - line[i - 2]) > HALF_WORLD) pieces.push([]);
			pieces[pieces.length - 1].push(line[i], line[i + 1]);
		}
		return pieces.filter((p) => p.length >= 4);
	};

	function read(gi: number): CountryShape {
		const g = geometries[gi];
		const rings: number[][] = [];
		for (const ring of polygons[gi].flat()) {
			const flat: number[] = [];
			ring.forEach((a, n) => flat.push(...arcPoints(a).slice(n ? 2 : 0)));
			// A ring across the antimeridian (Chukotka, Fiji) is moved east of it as a whole.
			let jumps = false;
			for (let i = 2; i < flat.length && !jumps; i += 2)
				jumps = Math.abs(flat[i] - flat[i - 2]) > HALF_WORLD;
			if (jumps) for (let i = 0; i < flat.length; i += 2) if (flat[i] < HALF_WORLD) flat[i] += 256;
			rings.push(flat);
		}
		const coast: number[][] = [];
		const border: number[][] = [];
		const seen = new Set<number>();
		for (const a of polygons[gi].flat(2)) {
			const index = a < 0 ? ~a : a;
			if (seen.has(index)) continue;
			seen.add(index);
			const others = users[index].filter((u) => u !== gi);
			if (!others.length) coast.push(...cut(arcPoints(index)));
			else if (Math.min(...others) > gi) border.push(...cut(arcPoints(index)));
		}
		let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
		for (const r of rings) {
			for (let i = 0; i < r.length; i += 2) {
				if (r[i] < x0) x0 = r[i];
				if (r[i] > x1) x1 = r[i];
				if (r[i + 1] < y0) y0 = r[i + 1];
				if (r[i + 1] > y1) y1 = r[i + 1];
			}
		}
		const { name = '', lp, la } = g.properties ?? {};
		return {
			id: g.id === undefined ? undefined : String(g.id),
			name,
			box: [x0, y0, x1, y1],
			rings,
			coast,
			border,
			...(lp && la ? { label: { point: lp, area: la } } : {})
		};
	}

	return { count: geometries.length, read };
}
