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

/** A ranking of cities for one city of the data; null when the city has none of this kind. */
type Ranking = (
	data: Pick<Dataset, 'cities'>,
	r: Relations,
	city: City,
	limit: number
) => Suggestion[] | null;

const rankPilotCitiesFor: Ranking = (data, r, city, limit) =>
	rankPilotCities(data, r, cityProfile(r, city), limit);

/** Mission Cities sharing at least one theme with a Pilot City, ranked by the same score. */
const rankMissionCitiesFor: Ranking = (data, r, city, limit) => {
	if (!isPilotCity(r, city.id)) return null;
	const profile = cityProfile(r, city);
	const mine = projectsOf(r, city);
	const candidates = data.cities
		.filter((c: City) => c.id !== city.id && isMissionCity(c))
		.map((c) => scoreCity(r, profile, mine, c))
		.filter((s) => sharedThemes(s).length > 0);
	return topSuggestions(candidates, limit);
};

/** A page's synergies by a ranking: the reasons every item shares said once; null for an unknown id. */
const synergiesBy =
	(rank: Ranking) =>
	(
		data: Pick<Dataset, 'cities'>,
		r: Relations,
		cityId: string,
		limit = SYNERGY_LIMIT
	): Synergies | null => {
		const city = r.cityById.get(cityId);
		const list = city ? rank(data, r, city, limit) : null;
		return list && splitCommonReasons(list);
	};

/** "Pilot Cities to learn from" for any city in the data; null for an unknown id. */
export const pilotCitiesToLearnFrom = synergiesBy(rankPilotCitiesFor);

/**
 * "Mission Cities working on the same themes" for a Pilot City: Mission Cities sharing at least one
 * theme with it, ranked by the same score. Null when the id is unknown or not a Pilot City.
 */
export const missionCitiesOnSameThemes = synergiesBy(rankMissionCitiesFor);

/** One synergy as data (the JSON API's answer): who, how strongly, and why. */
export interface SynergyItem {
	id: string;
	score: number;
	reasons: Reason[];
}

/** A city's synergies as data: `missionCities` is empty unless the city is a Pilot City. */
export interface SynergyAnswer {
	city: string;
	pilotCities: SynergyItem[];
	missionCities: SynergyItem[];
}

/**
 * GET /api/synergies/{id}: the same top lists a city's page shows, as data (ids, scores, reasons;
 * the reasons every item shares are kept on each item). Null for an unknown city.
 */
export function synergyAnswer(
	data: Pick<Dataset, 'cities'>,
	r: Relations,
	cityId: string,
	limit = SYNERGY_LIMIT
): SynergyAnswer | null {
	const city = r.cityById.get(cityId);
	if (!city) return null;
	// Unsplit lists: an API item carries all its reasons (a page says the shared ones once instead).
	const items = (rank: Ranking): SynergyItem[] =>
		(rank(data, r, city, limit) ?? []).map((x) => ({
			id: x.id,
			score: x.score,
			reasons: x.reasons
		}));
	return {
		city: cityId,
		pilotCities: items(rankPilotCitiesFor),
		missionCities: items(rankMissionCitiesFor)
	};
}

/** Which synergies a map draws for a city, and what the legend calls them. */
export interface DrawnSynergies {
	kind: 'pilot-cities' | 'mission-cities';
	ids: string[];
}

/**
 * One list per map, so one line style means one thing: a Mission City (or a project site) is drawn with
 * the Pilot Cities it can learn from; a Pilot City that is not a Mission City with the Mission Cities
 * working on its themes. Null when there is nothing to draw.
 */
export function drawnSynergies(
	isMissionCity: boolean,
	pilotCities: readonly { id: string }[],
	missionCities: readonly { id: string }[]
): DrawnSynergies | null {
	const useMission = !isMissionCity && missionCities.length > 0;
	const list = useMission ? missionCities : pilotCities;
	if (!list.length) return null;
	return { kind: useMission ? 'mission-cities' : 'pilot-cities', ids: list.map((s) => s.id) };
}
