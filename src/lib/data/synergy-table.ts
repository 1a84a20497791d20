// Pure: no DOM, no Svelte. The themes x cities view of /synergies: for each theme, the Mission Cities
// working on it and the Pilot Cities whose pilots lead it, each count with the explorer link that lists
// exactly what was counted.
import type { City, Dataset } from './schema';
import { isMissionCity, type Relations } from './relations';
import { explorerHref } from '../search/url';

export interface PilotCityOnTheme {
	city: City;
	/** Its pilots on this theme. */
	pilots: string[];
}

export interface ThemeSynergy {
	theme: string;
	/** Mission Cities whose pilots or projects work on the theme, by name. */
	missionCities: City[];
	missionCitiesHref: string;
	/** Pilots on the theme. */
	pilots: number;
	pilotsHref: string;
	/** The cities of those pilots, by name: the Pilot Cities a Mission City can learn from. */
	pilotCities: PilotCityOnTheme[];
	/** Mission Cities on the theme that are not Pilot Cities on it: the ones with most to gain. */
	toConnect: number;
}

const byName = (a: City, b: City) => a.name.localeCompare(b.name, 'en');

export function themeSynergies(
	data: Pick<Dataset, 'themes' | 'cities' | 'pilots'>,
	r: Relations
): ThemeSynergy[] {
	return data.themes.map(({ id: theme }) => {
		const missionCities = data.cities
			.filter((c) => isMissionCity(c) && (r.themesOfCity.get(c.id) ?? []).includes(theme))
			.sort(byName);
		const pilots = data.pilots.filter((p) => p.themes.includes(theme));
		const leading = new Map<string, PilotCityOnTheme>();
		for (const p of pilots) {
			for (const { city } of r.citiesOfPilot.get(p.id) ?? []) {
				const entry = leading.get(city.id) ?? { city, pilots: [] };
				entry.pilots.push(p.id);
				leading.set(city.id, entry);
			}
		}
		const pilotCities = [...leading.values()].sort((a, b) => byName(a.city, b.city));
		return {
			theme,
			missionCities,
			missionCitiesHref: explorerHref({ kind: ['mission-city'], theme: [theme] }),
			pilots: pilots.length,
			pilotsHref: explorerHref({ kind: ['pilot'], theme: [theme] }),
			pilotCities,
			toConnect: missionCities.filter((c) => !leading.has(c.id)).length
		};
	});
}
