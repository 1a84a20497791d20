import { afterEach, describe, expect, it, vi } from 'vitest';
import { overwriteGetLocale } from '../../../src/lib/paraglide/runtime';
import {
	countryLabel,
	labelPoint,
	placeLabels,
	type LabelCandidate
} from '../../../src/lib/map/place-labels';

describe('countryLabel', () => {
	it.each([
		['276', undefined, 'Germany'],
		[250, undefined, 'France'],
		['56', undefined, 'Belgium'],
		['826', undefined, 'United Kingdom'],
		[undefined, 'Kosovo', 'Kosovo'],
		['999', undefined, null],
		[undefined, 'Somewhere', null]
	] as [string | number | undefined, string | undefined, string | null][])(
		'%s / %s -> %s (Intl.DisplayNames)',
		(id, name, label) => {
			expect(countryLabel(id, name)).toBe(label);
		}
	);

	afterEach(() => overwriteGetLocale(() => 'en'));
	it('names countries in the page language, the data countries and their neighbours alike', () => {
		overwriteGetLocale(() => 'fr');
		expect(countryLabel('276')).toBe('Allemagne');
		expect(countryLabel('012')).toBe('Algérie');
		overwriteGetLocale(() => 'de');
		expect(countryLabel('826')).toBe('Vereinigtes Königreich');
	});
});

describe('labelPoint', () => {
	const square = (x: number, y: number, s: number) => [
		[x, y],
		[x + s, y],
		[x + s, y + s],
		[x, y + s],
		[x, y]
	];

	it('uses the largest polygon (mainland, not an island far away), at its centroid', () => {
		const at = labelPoint({
			type: 'MultiPolygon',
			coordinates: [[square(-53, 3, 1)], [square(0, 44, 6)]]
		});
		expect(at!.point[0]).toBeCloseTo(47);
		expect(at!.point[1]).toBeCloseTo(3);
	});

	it('moves the name inside a crescent whose centroid falls outside it', () => {
		// An L shape: its centroid lies in the notch, outside the land.
		const ring = [
			[0, 0],
			[10, 0],
			[10, 2],
			[2, 2],
			[2, 10],
			[0, 10],
			[0, 0]
		];
		const { point } = labelPoint({ type: 'Polygon', coordinates: [ring] })!;
		const [lat, lon] = point;
		const insideL =
			(lon >= 0 && lon <= 10 && lat >= 0 && lat <= 2) || (lon >= 0 && lon <= 2 && lat <= 10);
		expect(insideL).toBe(true);
	});

	it('has no point for lines or empty geometry', () => {
		expect(labelPoint({ type: 'LineString', coordinates: [] })).toBeNull();
		expect(labelPoint({ type: 'MultiPolygon', coordinates: [] })).toBeNull();
	});
});

describe('placeLabels', () => {
	const c = (text: string, x: number, y: number, priority = 0): LabelCandidate => ({
		text,
		x,
		y,
		priority
	});
	const box = (l: LabelCandidate) => ({ x: l.x, y: l.y, w: 50, h: 12 });
	const view = { x: 0, y: 0, w: 400, h: 300 };

	it('places the most important first and drops names that would overlap it', () => {
		const placed = placeLabels(
			[c('Lund', 20, 20, 1), c('Malmö', 30, 25, 3), c('Ystad', 200, 200)],
			box,
			view
		);
		expect(placed.map((p) => p.label.text)).toEqual(['Malmö', 'Ystad']);
	});

	it('breaks a tie between equal names in a fixed order, without collation (no locale data loaded)', () => {
		const collate = vi.spyOn(String.prototype, 'localeCompare');
		try {
			const tie = [c('Ystad', 20, 20), c('Lund', 30, 25), c('Malmö', 25, 22)];
			const placed = placeLabels(tie, box, view);
			expect(placed.map((p) => p.label.text)).toEqual(['Lund']);
			expect(placeLabels([...tie].reverse(), box, view)).toEqual(placed);
			expect(collate).not.toHaveBeenCalled();
		} finally {
			collate.mockRestore();
		}
	});

	it('never lets two placed names overlap, and keeps names inside the view and off reserved spots', () => {
		const many = Array.from({ length: 200 }, (_, i) =>
			c(`n${i}`, (i * 37) % 380, (i * 53) % 290, i % 5)
		);
		const placed = placeLabels(many, box, view, [{ x: 0, y: 0, w: 100, h: 100 }]);
		expect(placed.length).toBeGreaterThan(10);
		for (const [i, a] of placed.entries()) {
			expect(a.box.x + a.box.w).toBeLessThanOrEqual(400);
			expect(a.box.y + a.box.h).toBeLessThanOrEqual(300);
			expect(a.box.x < 100 && a.box.y < 100).toBe(false);
			for (const b of placed.slice(i + 1)) {
				const apart =
					a.box.x + a.box.w <= b.box.x ||
					b.box.x + b.box.w <= a.box.x ||
					a.box.y + a.box.h <= b.box.y ||
					b.box.y + b.box.h <= a.box.y;
				expect(apart).toBe(true);
			}
		}
	});
});

describe('placeLabels with fallback positions', () => {
	it('puts a name on the other side when its first place is taken', () => {
		const sides = (l: LabelCandidate) => [
			{ x: l.x + 10, y: l.y - 6, w: 40, h: 12 },
			{ x: l.x - 50, y: l.y - 6, w: 40, h: 12 }
		];
		const placed = placeLabels(
			[{ text: 'Malmö', x: 200, y: 100, priority: 1 }],
			sides,
			{ x: 0, y: 0, w: 400, h: 300 },
			[{ x: 215, y: 90, w: 20, h: 20 }] // a neighbour's marker right of Malmö
		);
		expect(placed.map((p) => p.box.x)).toEqual([150]);
	});
});
