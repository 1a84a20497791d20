import { describe, expect, it } from 'vitest';
import { buildRelations } from '../../../src/lib/data/relations';
import { themeSynergies } from '../../../src/lib/data/synergy-table';
import { toSearchRecords } from '../../../src/lib/search/records';
import { indexFor, runSearch } from '../../../src/lib/search/engine';
import { stateFromParams } from '../../../src/lib/search/url';
import { loadDataset } from '../helpers/data';

const data = loadDataset();
const r = buildRelations(data);
const rows = themeSynergies(data, r);
const index = indexFor(toSearchRecords(data, r));
/** What the explorer shows for a link: the same search the page runs. */
const explorerIds = (href: string) => {
	const state = stateFromParams(new URL(href, 'http://x').searchParams);
	const out = runSearch(index, state);
	return out.order.map((i) => index.records[i].id).sort();
};

describe('/synergies: themes x cities', () => {
	it('has one row per theme, in the order of themes.json', () => {
		expect(rows.map((row) => row.theme)).toEqual(data.themes.map((t) => t.id));
	});

	it('each Mission City count is what its explorer link lists', () => {
		for (const row of rows) {
			expect(explorerIds(row.missionCitiesHref)).toEqual(row.missionCities.map((c) => c.id).sort());
		}
	});

	it('each pilot count is what its explorer link lists, and agrees with pilots.json', () => {
		for (const row of rows) {
			const inData = data.pilots.filter((p) => p.themes.includes(row.theme)).map((p) => p.id);
			expect(row.pilots).toBe(inData.length);
			expect(explorerIds(row.pilotsHref)).toEqual(inData.sort());
		}
	});

	it('the Pilot Cities leading a theme are the cities of its pilots, each with those pilots', () => {
		for (const row of rows) {
			const expected = new Set(
				data.pilots
					.filter((p) => p.themes.includes(row.theme))
					.flatMap((p) => p.cities.map((c) => c.cityId))
			);
			expect(new Set(row.pilotCities.map((c) => c.city.id))).toEqual(expected);
			for (const { city, pilots } of row.pilotCities) {
				for (const id of pilots) {
					const pilot = r.pilotById.get(id)!;
					expect(pilot.themes).toContain(row.theme);
					expect(pilot.cities.map((c) => c.cityId)).toContain(city.id);
				}
			}
			const leading = new Set(row.pilotCities.map((c) => c.city.id));
			expect(row.toConnect).toBe(row.missionCities.filter((c) => !leading.has(c.id)).length);
		}
	});

	it('some themes have both sides, so the page is worth reading', () => {
		expect(
			rows.filter((row) => row.missionCities.length && row.pilotCities.length).length
		).toBeGreaterThan(5);
	});
});
