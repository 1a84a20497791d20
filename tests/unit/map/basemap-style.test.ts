import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { feature, mesh } from 'topojson-client';
import { isStageCountry, unwrapAntimeridian } from '../../../src/lib/map/basemap-style';

const atlas = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as {
	objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
};
const byName = new Map(atlas.objects.countries.geometries.map((g) => [g.properties.name, g]));

describe('isStageCountry', () => {
	it.each([
		['Sweden', true],
		['Turkey', true],
		['Israel', true],
		['Ukraine', true],
		['Iceland', true],
		['Kosovo', true],
		['United Kingdom', true],
		['Russia', false],
		['Belarus', false],
		['Morocco', false],
		['Brazil', false]
	])('%s -> %s', (name, stage) => {
		const g = byName.get(name);
		expect(g, name).toBeDefined();
		expect(isStageCountry(g!.id, g!.properties.name)).toBe(stage);
	});
});

describe('unwrapAntimeridian', () => {
	it('moves a ring that jumps across 180° to the east side, so no line crosses the map', () => {
		const g = unwrapAntimeridian({
			type: 'Polygon',
			coordinates: [
				[
					[179, 66],
					[-179, 66],
					[-179, 67],
					[179, 67],
					[179, 66]
				]
			]
		});
		expect(g.coordinates[0].map((p) => p[0])).toEqual([179, 181, 181, 179, 179]);
	});

	it('leaves rings that straddle 0° alone', () => {
		const ring = [
			[-5, 50],
			[5, 50],
			[5, 52],
			[-5, 50]
		];
		expect(
			unwrapAntimeridian({ type: 'MultiPolygon', coordinates: [[ring.map((p) => [...p])]] })
				.coordinates[0][0]
		).toEqual(ring);
	});

	it('fixes the real Russia so its rings never jump more than 180°', () => {
		const topo = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'));
		const land = feature(topo, topo.objects.countries) as unknown as {
			features: {
				properties: { name: string };
				geometry: { type: 'MultiPolygon'; coordinates: number[][][][] };
			}[];
		};
		const russia = land.features.find((f) => f.properties.name === 'Russia')!;
		const g = unwrapAntimeridian(russia.geometry);
		const jumps = g.coordinates
			.flat()
			.filter((ring) => ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180));
		expect(jumps).toEqual([]);
	});
});

describe('unwrapAntimeridian on lines', () => {
	it('cuts a coast line at the jump instead of moving the whole line (which would drag Spain across the map)', () => {
		const g = unwrapAntimeridian({
			type: 'MultiLineString',
			coordinates: [
				[
					[-1, 40],
					[1, 40],
					[179, 66],
					[-179, 66],
					[-178, 67]
				]
			]
		});
		expect(g.coordinates).toEqual([
			[
				[-1, 40],
				[1, 40],
				[179, 66]
			],
			[
				[-179, 66],
				[-178, 67]
			]
		]);
	});

	it('leaves no jumps in the real coast mesh', () => {
		const topo = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8'));
		const coast = unwrapAntimeridian(
			mesh(topo, topo.objects.countries, (a, b) => a === b) as {
				type: 'MultiLineString';
				coordinates: number[][][];
			}
		);
		const long = coast.coordinates.filter((line) =>
			line.some((p, i) => i > 0 && Math.abs(p[0] - line[i - 1][0]) > 180)
		);
		expect(long).toEqual([]);
		expect(coast.coordinates.flat().every((p) => p[0] >= -180 && p[0] <= 180)).toBe(true);
	});
});
