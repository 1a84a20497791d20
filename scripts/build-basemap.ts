// Builds the offline basemap from Natural Earth 1:50m (world-atlas 2.0.2, the same source as before) in
// two levels, written to src/lib/map/ and shipped as hashed static assets:
// - basemap-coarse.json: every country but Antarctica, simplified for the first zoom levels (the whole
//   world very coarsely, Europe and the data's surroundings less so) and small islands left out: what
//   the first view of a page fetches.
// - basemap-fine.json: the full 1:50m geometry of the countries in the data's region (Europe, the
//   Mediterranean, the Middle East) and of every country that has records in data/: fetched only once
//   the map is zoomed in to FINE_ZOOM (src/lib/map/basemap.ts).
// Both are TopoJSON (shared borders stored once, quantised, delta-encoded). Each country keeps its id and
// name; the countries whose names the map shows carry the point where the name goes (`lp`, [lat, lon],
// found on the full geometry) and that polygon's area (`la`), so the browser computes neither.
//   npx tsx scripts/build-basemap.ts            writes both files
//   npx tsx scripts/build-basemap.ts --check    exits 1 if the committed files differ from a fresh build
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { COUNTRY_ALPHA2, labelPoint } from '../src/lib/map/place-labels';
import { DETAIL_BOX, FINE_BOX } from '../src/lib/map/basemap-style';

type Pos = [number, number];
type Box = [Pos, Pos]; // [[south, west], [north, east]]
interface Geometry {
	type: 'Polygon' | 'MultiPolygon';
	id?: string;
	properties: { name: string; lp?: Pos; la?: number };
	arcs: number[][] | number[][][];
}
interface Topology {
	type: 'Topology';
	transform: { scale: Pos; translate: Pos };
	objects: { countries: { type: 'GeometryCollection'; geometries: Geometry[] } };
	arcs: number[][][];
	bbox?: number[];
}

export const OUT = {
	coarse: 'src/lib/map/basemap-coarse.json',
	fine: 'src/lib/map/basemap-fine.json'
};
const ANTARCTICA = '010';

/** How a level is cut: tolerance (degrees, Douglas-Peucker) inside and outside DETAIL_BOX, the smallest
 * island kept (degrees², inside and outside), and the quantisation grid. */
interface Level {
	tolerance: [number, number];
	minArea: [number, number];
	quantization: number;
}
const COARSE: Level = { tolerance: [0.04, 0.5], minArea: [0.01, 3], quantization: 12_000 };
const FINE: Level = { tolerance: [0, 0], minArea: [0, 0], quantization: 100_000 };

const inBox = ([lon, lat]: Pos, [[s, w], [n, e]]: Box) =>
	lat >= s && lat <= n && lon >= w && lon <= e;
const boxesMeet = (a: Box, b: Box) =>
	a[0][0] <= b[1][0] && b[0][0] <= a[1][0] && a[0][1] <= b[1][1] && b[0][1] <= a[1][1];

/** The arcs of a quantised topology as absolute [lon, lat] positions. */
function decodeArcs(topo: Topology): Pos[][] {
	const { scale, translate } = topo.transform;
	return topo.arcs.map((arc) => {
		let x = 0,
			y = 0;
		return arc.map(([dx, dy]) => {
			x += dx;
			y += dy;
			return [x * scale[0] + translate[0], y * scale[1] + translate[1]] as Pos;
		});
	});
}

/** Douglas-Peucker on one arc, lon scaled by cos(lat) so a tolerance is about the same on the ground;
 * the ends stay (they are shared with the neighbouring arcs), a closed arc keeps at least 4 points. */
export function simplifyArc(points: Pos[], tolerance: number): Pos[] {
	if (tolerance <= 0 || points.length <= 4) return points;
	const keep = new Uint8Array(points.length);
	keep[0] = keep[points.length - 1] = 1;
	const k = Math.cos((points[0][1] * Math.PI) / 180);
	const dist = (p: Pos, a: Pos, b: Pos) => {
		const [px, py, ax, ay, bx, by] = [p[0] * k, p[1], a[0] * k, a[1], b[0] * k, b[1]];
		const dx = bx - ax,
			dy = by - ay;
		const len = dx * dx + dy * dy;
		const t = len ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len)) : 0;
		return Math.hypot(px - ax - t * dx, py - ay - t * dy);
	};
	const stack: [number, number][] = [[0, points.length - 1]];
	const closed = points[0][0] === points.at(-1)![0] && points[0][1] === points.at(-1)![1];
	let forced = closed ? 2 : 0; // a ring keeps its two farthest points whatever the tolerance
	while (stack.length) {
		const [a, b] = stack.pop()!;
		let best = -1,
			bestD = -1;
		for (let i = a + 1; i < b; i++) {
			const d = dist(points[i], points[a], points[b]);
			if (d > bestD) [best, bestD] = [i, d];
		}
		if (best < 0 || (bestD <= tolerance && forced <= 0)) continue;
		forced--;
		keep[best] = 1;
		stack.push([a, best], [best, b]);
	}
	return points.filter((_, i) => keep[i]);
}

const ringPositions = (ring: number[], arcs: Pos[][]): Pos[] =>
	ring.flatMap((i, n) => {
		const arc = i < 0 ? [...arcs[~i]].reverse() : arcs[i];
		return n ? arc.slice(1) : arc;
	});

function ringArea(ring: Pos[]): number {
	let a = 0;
	for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
		a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
	return Math.abs(a / 2);
}

const polygonsOf = (g: Geometry): number[][][] =>
	g.type === 'Polygon' ? [g.arcs as number[][]] : (g.arcs as number[][][]);

function bboxOf(points: Pos[]): Box {
	let [s, w, n, e] = [Infinity, Infinity, -Infinity, -Infinity];
	for (const [lon, lat] of points)
		[s, w, n, e] = [Math.min(s, lat), Math.min(w, lon), Math.max(n, lat), Math.max(e, lon)];
	return [
		[s, w],
		[n, e]
	];
}

/** The ISO alpha-2 codes of the countries that have records in data/ (cities, partners). */
export function dataCountries(dataDir = 'data'): Set<string> {
	const codes = new Set<string>();
	for (const file of ['cities', 'partners']) {
		const rows = JSON.parse(readFileSync(`${dataDir}/${file}.json`, 'utf8')) as {
			country?: string;
		}[];
		for (const r of rows) if (r.country) codes.add(r.country);
	}
	return codes;
}

/** Cuts one level out of the full topology: which countries, how simplified, re-quantised. */
function cut(
	topo: Topology,
	arcs: Pos[][],
	wanted: (g: Geometry, box: Box) => boolean,
	level: Level
): Topology {
	const geometries: Geometry[] = [];
	const used = new Map<number, number>(); // old arc index -> new
	const outArcs: Pos[][] = [];
	const arcIndex = (i: number) => {
		const old = i < 0 ? ~i : i;
		let n = used.get(old);
		if (n === undefined) {
			const detail = arcs[old].some((p) => inBox(p, DETAIL_BOX));
			used.set(old, (n = outArcs.length));
			outArcs.push(simplifyArc(arcs[old], level.tolerance[detail ? 0 : 1]));
		}
		return i < 0 ? ~n : n;
	};
	for (const g of topo.objects.countries.geometries) {
		if (g.id === ANTARCTICA) continue;
		const polys = polygonsOf(g).map((rings) => ({ rings, outer: ringPositions(rings[0], arcs) }));
		const box = bboxOf(polys.flatMap((p) => p.outer));
		if (!wanted(g, box)) continue;
		const largest = Math.max(...polys.map((p) => ringArea(p.outer)));
		const kept = polys.filter((p) => {
			const a = ringArea(p.outer);
			const min = level.minArea[p.outer.some((q) => inBox(q, DETAIL_BOX)) ? 0 : 1];
			return a >= largest || a >= min;
		});
		const newPolys = kept.map((p) =>
			p.rings
				.filter((r, i) => i === 0 || ringArea(ringPositions(r, arcs)) >= level.minArea[0])
				.map((r) => r.map(arcIndex))
		);
		const properties: Geometry['properties'] = { name: g.properties.name };
		const code =
			g.id !== undefined ? COUNTRY_ALPHA2[g.id] : g.properties.name === 'Kosovo' ? 'XK' : undefined;
		if (code) {
			const full = {
				type: g.type,
				coordinates: polygonsOf(g).map((rings) => rings.map((r) => ringPositions(r, arcs)))
			};
			const at = labelPoint(
				full.type === 'Polygon' ? { type: 'Polygon', coordinates: full.coordinates[0] } : full
			);
			if (at) {
				properties.lp = [Math.round(at.point[0] * 100) / 100, Math.round(at.point[1] * 100) / 100];
				properties.la = Math.round(at.area * 10) / 10;
			}
		}
		geometries.push({
			type: newPolys.length === 1 ? 'Polygon' : 'MultiPolygon',
			...(g.id !== undefined ? { id: g.id } : {}),
			properties,
			arcs: newPolys.length === 1 ? newPolys[0] : newPolys
		} as Geometry);
	}
	// Quantise onto a grid over the level's own extent, delta-encoded; repeated points go.
	const all = outArcs.flat();
	const [[s, w], [n, e]] = bboxOf(all);
	const q = level.quantization;
	const scale: Pos = [(e - w) / (q - 1) || 1, (n - s) / (q - 1) || 1];
	const encoded = outArcs.map((arc) => {
		let px = 0,
			py = 0;
		const out: number[][] = [];
		arc.forEach(([lon, lat], i) => {
			const x = Math.round((lon - w) / scale[0]);
			const y = Math.round((lat - s) / scale[1]);
			if (i && x === px && y === py && i < arc.length - 1) return;
			out.push([x - px, y - py]);
			[px, py] = [x, y];
		});
		if (out.length < 2) out.push([0, 0]);
		return out;
	});
	return {
		type: 'Topology',
		bbox: [w, s, e, n],
		transform: { scale, translate: [w, s] },
		objects: { countries: { type: 'GeometryCollection', geometries } },
		arcs: encoded
	};
}

/** Both levels, from the world-atlas topology and the countries with records. */
export function buildBasemap(source: Topology, withRecords: Set<string>) {
	const arcs = decodeArcs(source);
	const recordCodes = (g: Geometry) => {
		const code =
			g.id !== undefined ? COUNTRY_ALPHA2[g.id] : g.properties.name === 'Kosovo' ? 'XK' : undefined;
		return !!code && withRecords.has(code);
	};
	return {
		coarse: cut(source, arcs, () => true, COARSE),
		fine: cut(source, arcs, (g, box) => boxesMeet(box, FINE_BOX) || recordCodes(g), FINE)
	};
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const require = createRequire(import.meta.url);
	const source = JSON.parse(
		readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
	) as Topology;
	const codes = dataCountries();
	const missing = [...codes].filter(
		(c) => !Object.values(COUNTRY_ALPHA2).includes(c) && c !== 'XK'
	);
	if (missing.length) {
		console.error(`No world-atlas id known for ${missing.join(', ')}: add them to COUNTRY_ALPHA2.`);
		process.exit(1);
	}
	const levels = buildBasemap(source, codes);
	let stale = false;
	for (const [name, topo] of Object.entries(levels) as [keyof typeof OUT, Topology][]) {
		const text = JSON.stringify(topo);
		const path = OUT[name];
		const points = topo.arcs.reduce((n, a) => n + a.length, 0);
		console.log(
			`${path}: ${topo.objects.countries.geometries.length} countries, ${points} points, ${(text.length / 1024).toFixed(0)} KB`
		);
		if (process.argv.includes('--check')) {
			let old = '';
			try {
				old = readFileSync(path, 'utf8');
			} catch {
				/* missing */
			}
			if (old !== text) stale = true;
		} else writeFileSync(path, text);
	}
	if (stale) {
		console.error('The basemap files are stale: run npx tsx scripts/build-basemap.ts');
		process.exit(1);
	}
}
