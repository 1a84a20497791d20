import { describe, expect, it } from 'vitest';
import { areNeighbours, distanceKm } from '../../../src/lib/data/geo';

const PARIS = { lat: 48.8534, lon: 2.3488 };
const BERLIN = { lat: 52.5244, lon: 13.4105 };
const LONDON = { lat: 51.5072, lon: -0.1276 };
const NEW_YORK = { lat: 40.7128, lon: -74.006 };

describe('distanceKm', () => {
	it.each([
		['Paris-Berlin', PARIS, BERLIN, 878, 3],
		['London-Paris', LONDON, PARIS, 344, 3],
		['London-New York', LONDON, NEW_YORK, 5570, 10],
		['a quarter meridian', { lat: 0, lon: 0 }, { lat: 90, lon: 0 }, 10007.5, 1],
		['antipodes (half the circumference)', { lat: 0, lon: 0 }, { lat: 0, lon: 180 }, 20015.1, 1],
		['across the antimeridian', { lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 }, 111.2, 0.5],
		['the same point', PARIS, PARIS, 0, 0]
	])('%s', (_, a, b, km, tolerance) => {
		expect(Math.abs(distanceKm(a, b) - km)).toBeLessThanOrEqual(tolerance);
	});

	it('is symmetric', () => {
		expect(distanceKm(PARIS, BERLIN)).toBe(distanceKm(BERLIN, PARIS));
	});
});

describe('areNeighbours', () => {
	it.each([
		['DE', 'FR', true],
		['FR', 'DE', true],
		['GB', 'IE', true],
		['PT', 'ES', true],
		['NO', 'FI', true],
		['DE', 'ES', false],
		['DE', 'DE', false], // the same country is not a neighbour
		['CY', 'GR', false], // islands have no land border
		['MT', 'IT', false],
		['DE', null, false],
		[null, null, false],
		['ZZ', 'DE', false]
	])('%s and %s: %s', (a, b, expected) => {
		expect(areNeighbours(a, b)).toBe(expected);
	});
});
