// Pure: no DOM, no Svelte. Synergies between Mission Cities and Pilot Cities, for the conference's
// discovery session: the Pilot Cities a city can learn from, and the reverse, the Mission Cities working
// on a Pilot City's themes. Both rank with the partner finder's scoring (`scoreCity` in match.ts).
import type { City, Dataset } from './schema';
import type { Relations } from './relations';
import { isMissionCity } from './relations';
import {
	cityProfile,
	isPilotCity,
	projectsOf,
	rankPilotCities,
	scoreCity,
	sharedThemes,
	splitCommonReasons,
	topSuggestions,
	type Reason,
	type Suggestion
} from './match';

/** How many synergies a city's page and kiosk card show: a short list a person reads in full. */
export const SYNERGY_LIMIT = 5;

export interface Synergies {
	/** Best first; each with its reasons (and, for Pilot Cities, the pilots to ask about). */
	list: Suggestion[];
	/** Reasons every suggestion shares, said once. */
	common: Reason[];
}

/** Finds one kind of synergies for a city id, best first, with the reasons they all share said once. */
export type SynergyFinder = (
	data: Pick<Dataset, 'cities'>,
	r: Relations,
	cityId: string,
	limit?: number
) => Synergies | null;

/**
 * The lookup both finders share: null for an unknown id, or where `rank` says the city has none of
 * this kind (null); otherwise the ranked list with its common reasons split off.
 */
function synergyFinder(
	rank: (
		data: Pick<Dataset, 'cities'>,
		r: Relations,
		city: City,
		limit: number
	) => Suggestion[] | null
): SynergyFinder {
	return (data, r, cityId, limit = SYNERGY_LIMIT) => {
		const city = r.cityById.get(cityId);
		const list = city ? rank(data, r, city, limit) : null;
		return list && splitCommonReasons(list);
	};
}

/** "Pilot Cities to learn from" for any city in the data; null for an unknown id. */
export const pilotCitiesToLearnFrom = synergyFinder((data, r, city, limit) =>
	rankPilotCities(data, r, cityProfile(r, city), limit)
);

/**
 * "Mission Cities working on the same themes" for a Pilot City: Mission Cities sharing at least one
 * theme with it, ranked by the same score. Null when the id is unknown or not a Pilot City.
 */
export const missionCitiesOnSameThemes = synergyFinder((data, r, city, limit) => {
	if (!isPilotCity(r, city.id)) return null;
	const profile = cityProfile(r, city);
	const mine = projectsOf(r, city);
	const candidates = data.cities
		.filter((c: City) => c.id !== city.id && isMissionCity(c))
		.map((c) => scoreCity(r, profile, mine, c))
		.filter((s) => sharedThemes(s).length > 0);
	return topSuggestions(candidates, limit);
});
