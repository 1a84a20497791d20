import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { basemapReader, project, type BasemapTopology } from '../../../src/lib/map/basemap-shapes';
import { COUNTRY_ALPHA2 } from '../../../src/lib/map/place-labels';
import { FINE_BOX } from '../../../src/lib/map/basemap-style';
import { OUT, buildBasemap, dataCountries, simplifyArc } from '../../../scripts/build-basemap';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as BasemapTopology;
const coarse = read(OUT.coarse);
const fine = read(OUT.fine);
const idsOf = (t: BasemapTopology) =>
	new Set(t.objects.countries.geometries.map((g) => String(g.id ?? g.properties?.name)));

describe('project (Leaflet EPSG:3857 at zoom 0)', () => {
	it.each([
		[0, 0, 128, 128],
		[-180, 0, 0, 128],
		[180, 0, 256, 128],
		[0, 85.0511287798, 128, 0],
		[0, -89, 128, 256]
	])('%s, %s -> %s, %s', (lon, lat, x, y) => {
		const [px, py] = project(lon, lat);
		expect(px).toBeCloseTo(x, 6);
		expect(py).toBeCloseTo(y, 6);
	});
});

describe('the shipped basemap', () => {
	it('is what scripts/build-basemap.ts makes from world-atlas (rerun it after changing either)', () => {
		const require = createRequire(import.meta.url);
		const source = JSON.parse(
			readFileSync(require.resolve('world-atlas/countries-50m.json'), 'utf8')
		);
		const built = buildBasemap(source, dataCountries());
		expect(JSON.stringify(built.coarse)).toBe(readFileSync(OUT.coarse, 'utf8'));
		expect(JSON.stringify(built.fine)).toBe(readFileSync(OUT.fine, 'utf8'));
	}, 60_000);

	it('the coarse level holds every country but Antarctica and stays light', () => {
		expect(coarse.objects.countries.geometries.length).toBe(240);
		expect(idsOf(coarse).has('010')).toBe(false);
		expect(gzipSync(readFileSync(OUT.coarse)).length / 1024).toBeLessThan(40);
	});

	it('every country with records in data/ is in both levels', () => {
		const numeric = Object.fromEntries(Object.entries(COUNTRY_ALPHA2).map(([n, a]) => [a, n]));
		const codes = [...dataCountries()];
		expect(codes).toEqual(expect.arrayContaining(['SE', 'IL', 'BR', 'IS', 'ES', 'TR']));
		for (const code of codes) {
			expect(idsOf(coarse).has(numeric[code]), `${code} coarse`).toBe(true);
			expect(idsOf(fine).has(numeric[code]), `${code} fine`).toBe(true);
		}
	});

	it('the fine level is the data’s region only: no country far from it', () => {
		const ids = idsOf(fine);
		for (const far of ['036', '392', '124', '710']) expect(ids.has(far), far).toBe(false); // AU JP CA ZA
		expect(gzipSync(readFileSync(OUT.fine)).length / 1024).toBeLessThan(100);
		expect(FINE_BOX[0][0]).toBeLessThan(29.5); // Eilat, the southernmost city in Europe's region
	});

	it('names the countries at points found on the full geometry', () => {
		const byId = new Map(coarse.objects.countries.geometries.map((g) => [String(g.id), g]));
		const [lat, lon] = byId.get('276')!.properties!.lp!; // Germany
		expect(lat).toBeGreaterThan(49);
		expect(lat).toBeLessThan(53);
		expect(lon).toBeGreaterThan(8);
		expect(lon).toBeLessThan(13);
		const [flat, flon] = byId.get('250')!.properties!.lp!; // mainland France, not French Guiana
		expect(flat).toBeGreaterThan(44);
		expect(flon).toBeGreaterThan(0);
	});
});

describe('basemapReader', () => {
	const shapes = (t: BasemapTopology) => {
		const r = basemapReader(t);
		return Array.from({ length: r.count }, (_, i) => r.read(i));
	};
	const jumps = (line: number[]) => {
		for (let i = 2; i < line.length; i += 2) if (Math.abs(line[i] - line[i - 2]) > 128) return true;
		return false;
	};

	it('leaves no ring or line jumping across the antimeridian (Russia, Fiji)', () => {
		for (const t of [coarse, fine]) {
			for (const c of shapes(t)) {
				expect(c.rings.filter(jumps), `${c.name} rings`).toEqual([]);
				expect([...c.coast, ...c.border].filter(jumps), `${c.name} lines`).toEqual([]);
			}
		}
	});

	it('draws each border once and each coast with its country', () => {
		const all = shapes(coarse);
		const se = all.find((c) => c.name === 'Sweden')!;
		const no = all.find((c) => c.name === 'Norway')!;
		expect(se.coast.length).toBeGreaterThan(0);
		// The Sweden–Norway border belongs to one of the two.
		expect(se.border.length + no.border.length).toBeGreaterThan(0);
		const borders = all.reduce((n, c) => n + c.border.length, 0);
		const shared = new Set<number>();
		coarse.objects.countries.geometries.forEach((g) => {
			const arcs = (g.type === 'Polygon' ? [g.arcs] : g.arcs) as number[][][];
			for (const a of arcs.flat(2)) shared.add(a < 0 ? ~a : a);
		});
		expect(borders).toBeGreaterThan(100);
		expect(borders).toBeLessThan(shared.size);
	});

	it('gives each shape its box in zoom-0 px and the label point', () => {
		const de = shapes(coarse).find((c) => c.id === '276')!;
		const [x0, y0, x1, y1] = de.box;
		const [x, y] = project(10, 51);
		expect(x).toBeGreaterThan(x0);
		expect(x).toBeLessThan(x1);
		expect(y).toBeGreaterThan(y0);
		expect(y).toBeLessThan(y1);
		expect(de.label?.area).toBeGreaterThan(30);
	});
});

describe('simplifyArc', () => {
	it('drops points within the tolerance and keeps both ends', () => {
		const line: [number, number][] = [
			[0, 0],
			[1, 0.001],
			[2, -0.001],
			[3, 1],
			[4, 0],
			[5, 0]
		];
		const out = simplifyArc(line, 0.01);
		expect(out[0]).toEqual([0, 0]);
		expect(out.at(-1)).toEqual([5, 0]);
		expect(out).toContainEqual([3, 1]);
		expect(out).not.toContainEqual([1, 0.001]);
	});

	it('keeps a closed ring a ring (at least 4 points) whatever the tolerance', () => {
		const ring: [number, number][] = [
			[0, 0],
			[0.1, 0],
			[0.1, 0.1],
			[0.05, 0.12],
			[0, 0.1],
			[0, 0]
		];
		expect(simplifyArc(ring, 10).length).toBeGreaterThanOrEqual(4);
	});
});
