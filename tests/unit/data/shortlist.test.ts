import { describe, expect, it } from 'vitest';
import {
	cleanStoredList,
	listHref,
	MAX_LIST_ITEMS,
	parseListItems,
	relationsWithin,
	toggleListKey
} from '../../../src/lib/data/shortlist';

const known = new Set(['city:malmo', 'project:up2030', 'partner:iclei', 'pilot:c1-malmo']);
const exists = (k: string) => known.has(k);

describe('parseListItems', () => {
	it('keeps known keys in order, once each', () => {
		expect(parseListItems('city:malmo,project:up2030,city:malmo', exists)).toEqual({
			keys: ['city:malmo', 'project:up2030'],
			missing: [],
			requested: 2
		});
	});

	it('skips and names unknown and malformed items', () => {
		const r = parseListItems('city:atlantis, nonsense ,city:malmo,,planet:mars,city:<b>', exists);
		expect(r.keys).toEqual(['city:malmo']);
		expect(r.missing).toEqual(['city:atlantis', 'nonsense', 'planet:mars', 'city:<b>']);
	});

	it('reads nothing from an absent or empty value', () => {
		expect(parseListItems(null, exists)).toEqual({ keys: [], missing: [], requested: 0 });
		expect(parseListItems('', exists).keys).toEqual([]);
	});

	it('keeps the first 50 of a longer list and says how many were asked for', () => {
		const many = Array.from({ length: 60 }, (_, i) => `city:c${i}`);
		const r = parseListItems(many.join(','), () => true);
		expect(r.keys).toHaveLength(MAX_LIST_ITEMS);
		expect(r.keys[0]).toBe('city:c0');
		expect(r.requested).toBe(60);
	});

	it('does not read a value longer than the limit past it', () => {
		const r = parseListItems('city:malmo,' + 'x'.repeat(100_000), exists);
		expect(r.keys).toEqual(['city:malmo']);
		expect(r.missing[0].length).toBeLessThanOrEqual(60);
	});
});

describe('the list in the browser', () => {
	it('toggles a key, and does not grow past the limit', () => {
		expect(toggleListKey([], 'city:malmo')).toEqual(['city:malmo']);
		expect(toggleListKey(['city:malmo', 'project:up2030'], 'city:malmo')).toEqual([
			'project:up2030'
		]);
		const full = Array.from({ length: MAX_LIST_ITEMS }, (_, i) => `city:c${i}`);
		expect(toggleListKey(full, 'city:more')).toEqual(full);
		expect(toggleListKey(full, 'city:c3')).toHaveLength(MAX_LIST_ITEMS - 1);
	});

	it('reads back only well-formed keys from storage, whatever was stored', () => {
		expect(cleanStoredList(['city:malmo', 'city:malmo', 42, 'x', 'project:up2030'])).toEqual([
			'city:malmo',
			'project:up2030'
		]);
		expect(cleanStoredList('city:malmo')).toEqual([]);
		expect(cleanStoredList(null)).toEqual([]);
		expect(cleanStoredList({ length: 3 })).toEqual([]);
	});

	it('has a shareable address', () => {
		expect(listHref(['city:malmo', 'project:up2030'])).toBe(
			'/list?items=city:malmo,project:up2030'
		);
		expect(listHref(['city:malmo', 'city:<script>'])).toBe('/list?items=city:malmo');
		expect(listHref([])).toBe('/list');
	});
});

describe('relationsWithin', () => {
	it('links listed records related in either direction, and ignores the rest', () => {
		const out = relationsWithin([
			{ key: 'city:malmo', related: ['pilot:c1-malmo', 'project:elsewhere'] },
			{ key: 'pilot:c1-malmo', related: [] },
			{ key: 'partner:iclei', related: ['project:up2030'] },
			{ key: 'project:up2030', related: ['partner:iclei'] }
		]);
		expect(out.get('city:malmo')).toEqual(['pilot:c1-malmo']);
		expect(out.get('pilot:c1-malmo')).toEqual(['city:malmo']);
		expect(out.get('partner:iclei')).toEqual(['project:up2030']);
		expect(out.get('project:up2030')).toEqual(['partner:iclei']);
	});
});
