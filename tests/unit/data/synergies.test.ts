import { describe, expect, it } from 'vitest';
import { buildRelations, isMissionCity } from '../../../src/lib/data/relations';
import {
	missionCitiesOnSameThemes,
	pilotCitiesToLearnFrom,
	SYNERGY_LIMIT
} from '../../../src/lib/data/synergies';
import {
	cityProfile,
	isPilotCity,
	matchSuggestions,
	projectsOf,
	scoreCity,
	type Reason
} from '../../../src/lib/data/match';
import { loadDataset } from '../helpers/data';

const data = loadDataset();
const r = buildRelations(data);
const kinds = (reasons: Reason[]) => reasons.map((x) => x.kind);

describe('Pilot Cities to learn from', () => {
	// Lund works on mobility, governance, citizen engagement and data. Liberec tops the list although it
	// is 563 km away: it shares Lund's ELABORATOR project (a channel that already exists, 4 points) and is
	// of a similar size. Malmö, 16 km away and in Sweden, is next; then Gothenburg, further away.
	it('Lund: Liberec (shared project, similar size), then Malmö and Gothenburg (same country, near)', () => {
		const s = pilotCitiesToLearnFrom(data, r, 'lund')!;
		expect(s.list.slice(0, 3).map((x) => x.id)).toEqual(['liberec', 'malmo', 'gothenburg']);
		expect(kinds(s.list[0].reasons)).toEqual(['distance', 'projects', 'size']);
		expect(kinds(s.list[1].reasons)).toEqual(['distance', 'country']);
		// Every suggestion shares Lund's four themes: said once, not on each.
		expect(s.common).toEqual([
			{
				kind: 'themes',
				themes: ['mobility', 'governance-policy', 'citizen-engagement', 'data-digital']
			}
		]);
	});

	// Aachen's themes (governance, finance, citizen engagement) are shared by all five: place decides.
	// Mannheim is in Germany and 222 km away; Utrecht is nearer (161 km) but in a neighbouring country,
	// which counts half; Leipzig is German but twice as far as Mannheim.
	it('Aachen: Mannheim (same country), Utrecht (nearest, neighbour), Leipzig (same country, further)', () => {
		const s = pilotCitiesToLearnFrom(data, r, 'aachen')!;
		expect(s.list.slice(0, 3).map((x) => x.id)).toEqual(['mannheim', 'utrecht', 'leipzig']);
		expect(s.list[1].reasons).toContainEqual({
			kind: 'neighbour',
			country: 'NL',
			of: 'DE',
			part: 'self'
		});
		expect(s.list[0].score).toBeGreaterThan(s.list[1].score);
	});

	// Munich shares many themes with everyone; Amsterdam and Budapest each add buildings and mobility and
	// two shared projects, which outweigh Leipzig's being in Germany.
	it('Munich: Amsterdam and Budapest (two themes and two shared projects each), then Leipzig', () => {
		const s = pilotCitiesToLearnFrom(data, r, 'munich')!;
		expect(s.list.slice(0, 3).map((x) => x.id)).toEqual(['amsterdam', 'budapest', 'leipzig']);
		for (const top of s.list.slice(0, 2)) {
			expect(top.reasons).toContainEqual({ kind: 'themes', themes: ['buildings', 'mobility'] });
			const projects = top.reasons.find((x) => x.kind === 'projects');
			expect(projects && projects.kind === 'projects' && projects.projects.length).toBe(2);
		}
	});

	it('each suggestion is another Pilot City, with its pilots, those sharing a theme first', () => {
		for (const city of data.cities.filter(isMissionCity)) {
			const s = pilotCitiesToLearnFrom(data, r, city.id)!;
			expect(s.list.length).toBeLessThanOrEqual(SYNERGY_LIMIT);
			for (const x of s.list) {
				expect(x.id).not.toBe(city.id);
				expect(isPilotCity(r, x.id)).toBe(true);
				const pilots = x.pilots!;
				expect(pilots.map((p) => p.id).sort()).toEqual(
					(r.pilotsOfCity.get(x.id) ?? []).map((p) => p.pilot.id).sort()
				);
				const mine = new Set(r.themesOfCity.get(city.id));
				for (const p of pilots) for (const t of p.themes) expect(mine.has(t)).toBe(true);
				const counts = pilots.map((p) => p.themes.length);
				expect(counts).toEqual([...counts].sort((a, b) => b - a));
			}
		}
	});

	it("is the partner finder's Pilot City list (the same ranking, shortened)", () => {
		for (const id of ['lund', 'aachen', 'munich', 'galway']) {
			const finder = matchSuggestions(data, r, { city: id, country: null, themes: [] }).cities;
			const synergies = pilotCitiesToLearnFrom(data, r, id)!.list;
			expect(synergies.map((s) => [s.id, s.score])).toEqual(
				finder.slice(0, SYNERGY_LIMIT).map((s) => [s.id, s.score])
			);
		}
	});

	it('an unknown city has none', () => {
		expect(pilotCitiesToLearnFrom(data, r, 'atlantis')).toBeNull();
	});
});

describe('Mission Cities working on the same themes', () => {
	it('for a Pilot City: Mission Cities sharing a theme, best first, never itself', () => {
		const s = missionCitiesOnSameThemes(data, r, 'uppsala')!;
		expect(s.list.map((x) => x.id).slice(0, 2)).toEqual(['malmo', 'stockholm']);
		for (const x of s.list) {
			expect(x.id).not.toBe('uppsala');
			expect(r.cityById.get(x.id)!.mission).not.toBeNull();
		}
		const themes = s.common.find((c) => c.kind === 'themes');
		expect(themes).toBeDefined();
	});

	it('the score is the same in both directions', () => {
		const a = r.cityById.get('uppsala')!;
		const b = r.cityById.get('malmo')!;
		const ab = scoreCity(r, cityProfile(r, a), projectsOf(r, a), b).score;
		const ba = scoreCity(r, cityProfile(r, b), projectsOf(r, b), a).score;
		expect(ab).toBeCloseTo(ba, 9);
	});

	it('is null for a city that is not a Pilot City, and for an unknown id', () => {
		const notPilot = data.cities.find((c) => isMissionCity(c) && !isPilotCity(r, c.id))!;
		expect(missionCitiesOnSameThemes(data, r, notPilot.id)).toBeNull();
		expect(missionCitiesOnSameThemes(data, r, 'atlantis')).toBeNull();
	});
});
