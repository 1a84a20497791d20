import type { PageServerLoad } from './$types';
import { mapRecords, recordContext } from '$lib/server/detail';
import { hasMissionLabel, isMissionCity, nearestCities } from '$lib/data/relations';
import type { City } from '$lib/data/schema';
import { countryName, pilotName } from '$lib/messages';
import { MATCH_SCORING } from '$lib/data/match';
import {
	drawnSynergies,
	missionCitiesOnSameThemes,
	pilotCitiesToLearnFrom,
	type Synergies
} from '$lib/data/synergies';
import { suggestionWords } from '$lib/server/suggestions';

export const load: PageServerLoad = ({ params }) => {
	const { d, r, record: city, themeLabel, themes } = recordContext('city', params.id);
	const pilots = (r.pilotsOfCity.get(city.id) ?? []).map(({ pilot, role }) => ({
		id: pilot.id,
		name: pilotName(pilot, r.cityById),
		cohort: pilot.cohort,
		role,
		lowConfidence: pilot.confidence === 'low'
	}));
	const isPilotCity = (id: string) => (r.pilotsOfCity.get(id) ?? []).length > 0;
	const near = (accept: (c: City) => boolean) =>
		nearestCities(d.data.cities, city, accept).map(({ city: c, km }) => ({
			id: c.id,
			name: c.name,
			country: c.country,
			km
		}));
	const { words, view } = suggestionWords(themeLabel);
	const inWords = (s: Synergies | null) => s && { list: s.list.map(view), common: words(s.common) };
	const nearestMission = near(isMissionCity);
	const nearestPilot = near((c) => isPilotCity(c.id));
	const learnFrom = pilotCitiesToLearnFrom(d.data, r, city.id);
	const sameThemes = missionCitiesOnSameThemes(d.data, r, city.id);
	// The small map draws one of the two lists (the one the page shows first for this kind of city).
	const drawn = drawnSynergies(isMissionCity(city), learnFrom?.list ?? [], sameThemes?.list ?? []);
	const synergyKeys = (drawn?.ids ?? []).map((id) => `city:${id}`);
	return {
		city,
		countryName: countryName(city.country),
		isPilotCity: pilots.length > 0,
		hasLabel: hasMissionLabel(city),
		pilots,
		projects: (r.projectsOfCity.get(city.id) ?? []).map(({ project, role, sources }) => ({
			id: project.id,
			acronym: project.acronym,
			title: project.title,
			role,
			sources
		})),
		partners: (r.partnersInCity.get(city.id) ?? []).map((p) => ({
			id: p.id,
			name: p.name,
			kind: p.kind
		})),
		themes: themes(r.themesOfCity.get(city.id) ?? []),
		nearestMission,
		nearestPilot,
		/** Pilot Cities to learn from (any city), and for a Pilot City the Mission Cities on its themes. */
		learnFrom: inWords(learnFrom),
		sameThemes: inWords(sameThemes),
		/** The cities the small map draws synergy lines to, and what the legend calls them. */
		mapSynergies: { keys: synergyKeys, kind: drawn?.kind ?? null },
		scaleMax: MATCH_SCORING.scale,
		mapRecords: mapRecords(d, `city:${city.id}`, [
			...[...nearestMission.slice(0, 3), ...nearestPilot.slice(0, 3)].map((c) => `city:${c.id}`),
			...synergyKeys
		])
	};
};
