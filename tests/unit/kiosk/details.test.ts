import { describe, expect, it } from 'vitest';
import { kioskDetails, SYNERGIES_SHOWN } from '../../../src/lib/kiosk/details.server';
import { buildRelations } from '../../../src/lib/data/relations';
import { pilotCitiesToLearnFrom } from '../../../src/lib/data/synergies';
import { loadDataset } from '../helpers/data';

const data = loadDataset();
const relations = buildRelations(data);
const details = kioskDetails(data, relations);

describe('kiosk details: synergies and partners of cities', () => {
	it('gives every city with suggestions its top three Pilot Cities, as keys with one short reason', () => {
		expect.hasAssertions();
		for (const c of data.cities) {
			const learn = details[`city:${c.id}`].learnFrom ?? [];
			const ranked = pilotCitiesToLearnFrom(data, relations, c.id, SYNERGIES_SHOWN)?.list ?? [];
			expect(learn.map((s) => s.key)).toEqual(ranked.map((s) => `city:${s.id}`));
			for (const s of learn) {
				expect(s.reason.length).toBeGreaterThan(0);
				expect(s.reason.length).toBeLessThanOrEqual(90);
			}
		}
	});

	it('gives Pilot Cities the Mission Cities on the same themes, and only them', () => {
		const pilotCity = data.cities.find((c) => (relations.pilotsOfCity.get(c.id) ?? []).length);
		const missionOnly = data.cities.find((c) => !(relations.pilotsOfCity.get(c.id) ?? []).length);
		expect(details[`city:${pilotCity!.id}`].sameThemes?.length).toBeGreaterThan(0);
		expect(details[`city:${missionOnly!.id}`].sameThemes).toBeUndefined();
	});

	it('lists partners in a city as partner keys, and leaves the rest without synergies', () => {
		const withPartners = Object.entries(details).filter(([, d]) => d.partners?.length);
		expect(withPartners.length).toBeGreaterThan(0);
		for (const [, d] of withPartners) for (const k of d.partners!) expect(k).toMatch(/^partner:/);
		expect(details['project:netzerocities'].learnFrom).toBeUndefined();
	});

	it('keeps the payload small: synergies and partners add well under 70 kB (before compression)', () => {
		const without = JSON.stringify(kioskDetails(data)).length;
		expect(JSON.stringify(details).length - without).toBeLessThan(70_000);
	});
});
