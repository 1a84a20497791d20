import { describe, expect, it } from 'vitest';
import { buildRelations } from '../../../src/lib/data/relations';
import {
	drawnSynergies,
	missionCitiesOnSameThemes,
	pilotCitiesToLearnFrom,
	synergyAnswer,
	SYNERGY_LIMIT
} from '../../../src/lib/data/synergies';
import { loadDataset } from '../helpers/data';

const data = loadDataset();
const r = buildRelations(data);

describe('synergyAnswer (GET /api/synergies/{id})', () => {
	it('is null for an unknown city', () => {
		expect(synergyAnswer(data, r, 'atlantis')).toBeNull();
	});

	it.each(['lund', 'malmo', 'leuven', 'munich'])(
		'%s: the same cities, in the same order, as the page lists',
		(id) => {
			const answer = synergyAnswer(data, r, id)!;
			expect(answer.city).toBe(id);
			expect(answer.pilotCities.map((s) => s.id)).toEqual(
				pilotCitiesToLearnFrom(data, r, id)!.list.map((s) => s.id)
			);
			expect(answer.missionCities.map((s) => s.id)).toEqual(
				missionCitiesOnSameThemes(data, r, id)?.list.map((s) => s.id) ?? []
			);
			expect(answer.pilotCities.length).toBeLessThanOrEqual(SYNERGY_LIMIT);
		}
	);

	it('each item carries all its reasons (the shared ones are not split off) and is data, not words', () => {
		const answer = synergyAnswer(data, r, 'lund')!;
		const page = pilotCitiesToLearnFrom(data, r, 'lund')!;
		for (const [i, item] of answer.pilotCities.entries()) {
			expect(item.reasons.length).toBeGreaterThanOrEqual(page.list[i].reasons.length);
			expect(Object.keys(item).sort()).toEqual(['id', 'reasons', 'score']);
			expect(item.score).toBe(page.list[i].score);
		}
		expect(JSON.parse(JSON.stringify(answer))).toEqual(answer);
	});

	it('a city that is not a Pilot City has no Mission Cities on the same themes', () => {
		const plain = data.cities.find((c) => !(r.pilotsOfCity.get(c.id) ?? []).length)!;
		expect(synergyAnswer(data, r, plain.id)!.missionCities).toEqual([]);
	});
});

describe('drawnSynergies: one list per map', () => {
	const p = [{ id: 'a' }, { id: 'b' }];
	const m = [{ id: 'x' }];
	it.each([
		[
			'a Mission City: Pilot Cities to learn from',
			true,
			p,
			m,
			{ kind: 'pilot-cities', ids: ['a', 'b'] }
		],
		[
			'a Pilot City only: Mission Cities on its themes',
			false,
			p,
			m,
			{ kind: 'mission-cities', ids: ['x'] }
		],
		[
			'a project site: Pilot Cities to learn from',
			false,
			p,
			[],
			{ kind: 'pilot-cities', ids: ['a', 'b'] }
		],
		['nothing to draw', true, [], m, null],
		['nothing at all', false, [], [], null]
	])('%s', (_, mission, pilots, missions, expected) => {
		expect(drawnSynergies(mission, pilots, missions)).toEqual(expected);
	});
});
