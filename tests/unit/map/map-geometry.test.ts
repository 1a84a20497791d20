import { describe, expect, it } from 'vitest';
import {
	EUROPE_VIEW,
	MAX_BOUNDS,
	anchorPoint,
	curvePoints,
	fitBox,
	fitPadding,
	hubPoint,
	inBox,
	ownPoints,
	placesIn,
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

describe('where a project is', () => {
	const rec = (fields: Partial<SearchRecord>) => fields as SearchRecord;
	const records = new Map<string, SearchRecord>([
		['partner:coord', rec({ key: 'partner:coord', kind: 'partner', points: [[48.78, 9.18]] })],
		['partner:nowhere', rec({ key: 'partner:nowhere', kind: 'partner', points: [] })],
		['city:a', rec({ key: 'city:a', kind: 'city', points: [[41.6, 2.29]] })],
		['city:b', rec({ key: 'city:b', kind: 'city', points: [[45.8, 15.98]] })]
	]);
	const lookup = (k: string) => records.get(k);
	const sites: Point[] = [
		[41.6, 2.29],
		[45.8, 15.98]
	];
	const placed = rec({ kind: 'project', points: sites, coordinator: 'partner:coord' });
	const placeless = rec({ kind: 'project', points: sites, coordinator: 'partner:nowhere' });

	it('is drawn once, at its coordinator’s place, not at its sites', () => {
		expect(ownPoints(placed, lookup)).toEqual([[48.78, 9.18]]);
		expect(anchorPoint(placed, lookup)).toEqual([48.78, 9.18]);
	});

	it('has no point of its own when its coordinator has none (a label), and lines end in its middle', () => {
		expect(ownPoints(placeless, lookup)).toEqual([]);
		expect(ownPoints(rec({ kind: 'project', points: sites }), lookup)).toEqual([]);
		expect(anchorPoint(placeless, lookup)).toEqual([43.7, 9.135]);
	});

	it('leaves cities and pilots where they are', () => {
		expect(ownPoints(rec({ kind: 'pilot', points: sites }), lookup)).toEqual(sites);
		expect(anchorPoint(rec({ kind: 'city', points: [[1, 2]] }), lookup)).toEqual([1, 2]);
	});

	it('ends a line to a related project at its coordinator', () => {
		const projects = new Map([['project:p', rec({ ...placed, key: 'project:p' })]]);
		const all = (k: string) => projects.get(k) ?? lookup(k);
		expect(relationEnds({ key: 'city:a', related: ['project:p'] }, all)[0].point).toEqual([
			48.78, 9.18
		]);
	});
});

describe('placesIn (a country filter)', () => {
	const rec = (fields: Partial<SearchRecord>) => fields as SearchRecord;
	const records = new Map<string, SearchRecord>(
		[
			rec({ key: 'city:leuven', kind: 'city', country: 'BE', points: [[50.88, 4.7]] }),
			rec({ key: 'city:espoo', kind: 'city', country: 'FI', points: [[60.2, 24.66]] }),
			rec({ key: 'city:limassol', kind: 'city', country: 'CY', points: [[34.68, 33.04]] }),
			rec({ key: 'partner:ertico', kind: 'partner', country: 'BE', points: [[50.85, 4.35]] }),
			rec({ key: 'partner:far', kind: 'partner', country: 'FI', points: [[60.17, 24.94]] })
		].map((r) => [r.key, r])
	);
	const lookup = (k: string) => records.get(k);
	const siteInBelgium = rec({
		kind: 'project',
		points: [
			[50.88, 4.7],
			[60.2, 24.66]
		],
		related: ['city:leuven', 'city:espoo', 'partner:far']
	});
	const partnerInBelgium = rec({
		kind: 'project',
		points: [
			[60.2, 24.66],
			[34.68, 33.04]
		],
		related: ['city:espoo', 'city:limassol', 'partner:ertico', 'partner:far']
	});

	it.each([
		['no filter: everywhere', siteInBelgium, [], siteInBelgium.points],
		['its sites in the filtered country', siteInBelgium, ['BE'], [[50.88, 4.7]]],
		[
			'no site there: its partners there (why it matched)',
			partnerInBelgium,
			['BE'],
			[[50.85, 4.35]]
		],
		['several countries', partnerInBelgium, ['CY', 'FI'], partnerInBelgium.points],
		['nothing there at all: everywhere', siteInBelgium, ['SE'], siteInBelgium.points]
	] as [string, SearchRecord, string[], Point[]][])('%s', (_, record, countries, points) => {
		expect(placesIn(record, countries, lookup)).toEqual(points);
	});

	it('leaves one-point records alone', () => {
		const city = records.get('city:espoo')!;
		expect(placesIn(city, ['BE'], lookup)).toEqual(city.points);
	});
});

describe('fitPadding', () => {
	const map = { left: 0, top: 0, right: 800, bottom: 600 };

	it('pads every side by the base when nothing floats over the map', () => {
		expect(fitPadding(map, [], 28)).toEqual({ topLeft: [28, 28], bottomRight: [28, 28] });
	});

	it('avoids a folded legend at the bottom-left by padding the bottom', () => {
		const legend = { left: 8, top: 544, right: 100, bottom: 576 };
		expect(fitPadding(map, [legend], 28)).toEqual({ topLeft: [28, 28], bottomRight: [28, 84] });
	});

	it('avoids a tall card on the right by padding the right, and ignores overlays off the map', () => {
		const card = { left: 400, top: 12, right: 788, bottom: 500 };
		const elsewhere = { left: 900, top: 0, right: 1000, bottom: 100 };
		expect(fitPadding(map, [card, elsewhere], 28)).toEqual({
			topLeft: [28, 28],
			bottomRight: [428, 28]
		});
	});

	it('always leaves the data a part of the map, however big the overlays', () => {
		const huge = { left: 0, top: 0, right: 790, bottom: 590 };
		const { topLeft, bottomRight } = fitPadding(map, [huge], 28, 0.2);
		expect(800 - topLeft[0] - bottomRight[0]).toBeGreaterThanOrEqual(160);
		expect(600 - topLeft[1] - bottomRight[1]).toBeGreaterThanOrEqual(120);
	});
});
