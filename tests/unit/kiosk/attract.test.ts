import { describe, expect, it } from 'vitest';
import { tourGroups, tourStop } from '../../../src/lib/kiosk/attract';
import type { SearchRecord } from '../../../src/lib/search/records';
import { searchRecord } from '../helpers/record';

function rec(
	kind: SearchRecord['kind'],
	id: string,
	kinds: SearchRecord['kinds'],
	placed = true
): SearchRecord {
	return searchRecord({ kind, id, kinds, points: placed ? [[50, 10]] : [] });
}

const records = [
	rec('city', 'a', ['mission-city']),
	rec('city', 'b', ['mission-city', 'pilot-city']),
	rec('city', 'c', ['site-city']),
	rec('pilot', 'p', ['pilot']),
	rec('project', 'x', ['project']),
	rec('project', 'nowhere', ['project'], false),
	rec('partner', 'q', ['partner'], false)
];

describe('attract tour', () => {
	it('takes turns between kinds and skips records with no place on the map', () => {
		const groups = tourGroups(records);
		expect(groups.map((g) => g.heading)).toEqual([
			'Mission City',
			'Pilot',
			'Project',
			'Pilot City'
		]);
		const stops = Array.from({ length: 8 }, (_, n) => tourStop(groups, n));
		expect(stops.map((s) => `${s?.heading} ${s?.record.id}`)).toEqual([
			'Mission City a',
			'Pilot p',
			'Project x',
			'Pilot City b',
			'Mission City b',
			'Pilot p',
			'Project x',
			'Pilot City b'
		]);
	});

	it('returns null for no data and tolerates odd step numbers', () => {
		expect(tourStop(tourGroups([]), 3)).toBeNull();
		const groups = tourGroups(records);
		expect(tourStop(groups, -4)?.heading).toBe('Mission City');
		expect(tourStop(groups, 2.7)?.heading).toBe('Project');
	});
});

describe('attract tour: the synergy stop', () => {
	it('adds a Mission City with Pilot Cities to learn from, marked as the synergy stop', () => {
		const groups = tourGroups(records, (key) => key === 'city:b');
		expect(groups.map((g) => g.heading)).toEqual([
			'Mission City',
			'Pilot',
			'Project',
			'Pilot City',
			'Learning from Pilot Cities'
		]);
		const stop = tourStop(groups, 4);
		expect(stop).toEqual({
			heading: 'Learning from Pilot Cities',
			record: records[1],
			synergy: true
		});
		expect(tourStop(groups, 0)?.synergy).toBeUndefined();
	});

	it('has no synergy stop when no Mission City has synergies', () => {
		expect(tourGroups(records, () => false).some((g) => g.synergy)).toBe(false);
	});
});
