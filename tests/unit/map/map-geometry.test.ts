import { describe, expect, it } from 'vitest';
import {
	EUROPE_VIEW,
	MAX_BOUNDS,
	curvePoints,
	fitBox,
	hubPoint,
	inBox,
	relationEnds,
	type Point
} from '../../../src/lib/map/map-geometry';
import type { SearchRecord } from '../../../src/lib/search/records';

const r = (key: string, points: Point[], related: string[] = []) =>
	({ key, points, related, name: key }) as unknown as SearchRecord;

describe('views', () => {
	it.each([
		['Reykjavík', [64.15, -21.94]],
		['Istanbul', [41.01, 28.98]],
		['Eilat (Israel)', [29.56, 34.95]],
		['Kharkiv (Ukraine)', [49.99, 36.23]],
		['Limassol (Cyprus)', [34.68, 33.04]]
	] as [string, Point][])('%s is reachable', (_, p) => {
		expect(inBox(p, MAX_BOUNDS)).toBe(true);
	});

	it('opens on Europe', () => {
		expect(inBox([48.85, 2.35], EUROPE_VIEW)).toBe(true);
		expect(inBox([40.7, -74], EUROPE_VIEW)).toBe(false);
	});
});

describe('fitBox', () => {
	it('fits all the points of all records', () => {
		expect(
			fitBox([
				r('a', [[50, 10]]),
				r('b', [
					[40, -5],
					[55, 20]
				])
			])
		).toEqual([
			[40, -5],
			[55, 20]
		]);
	});

	it('ignores a far-away point when others are in Europe', () => {
		expect(fitBox([r('rio', [[-22.9, -43.2]]), r('b', [[50, 10]])])).toEqual([
			[50, 10],
			[50, 10]
		]);
	});

	it('still fits a far-away record on its own', () => {
		expect(fitBox([r('rio', [[-22.9, -43.2]])])).toEqual([
			[-22.9, -43.2],
			[-22.9, -43.2]
		]);
	});

	it('gives null when nothing has a point', () => {
		expect(fitBox([])).toBeNull();
		expect(fitBox([r('x', [])])).toBeNull();
	});
});

describe('hubPoint', () => {
	it.each([
		[[], null],
		[[[1, 1]], [1, 1]],
		[
			[
				[1, 1],
				[9, 9]
			],
			[1, 1]
		],
		[
			[
				[0, 0],
				[10, 0],
				[5, 1],
				[0, 10]
			],
			[5, 1]
		]
	] as [Point[], Point | null][])('%o -> %o', (points, hub) => {
		expect(hubPoint(points)).toEqual(hub);
	});
});

describe('relationEnds', () => {
	const records = new Map([
		[
			'city:a',
			r('city:a', [
				[50, 10],
				[51, 11]
			])
		],
		['partner:nowhere', r('partner:nowhere', [])],
		['city:b', r('city:b', [[40, 0]])]
	]);
	const lookup = (k: string) => records.get(k);

	it('resolves related keys to their first point, skipping unknown, pointless, duplicate and self keys', () => {
		const ends = relationEnds(
			r(
				'project:p',
				[[45, 5]],
				['city:a', 'partner:nowhere', 'city:missing', 'city:a', 'project:p', 'city:b']
			),
			lookup
		);
		expect(ends.map((e) => [e.key, e.point])).toEqual([
			['city:a', [50, 10]],
			['city:b', [40, 0]]
		]);
	});
});

describe('curvePoints', () => {
	it('starts and ends at the ends, and bends away from the straight line', () => {
		const pts = curvePoints([50, 0], [50, 10], 10);
		expect(pts).toHaveLength(11);
		expect(pts[0]).toEqual([50, 0]);
		expect(pts[10][0]).toBeCloseTo(50);
		expect(pts[10][1]).toBeCloseTo(10);
		expect(pts[5][0]).toBeGreaterThan(50.5); // bulges north (left of an eastward line)
	});

	it('keeps a zero-length line in place', () => {
		expect(new Set(curvePoints([1, 2], [1, 2], 4).map((p) => p.join()))).toEqual(new Set(['1,2']));
	});
});
