import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { themeSynergies } from '$lib/data/synergy-table';
import { pilotName, themeLabelMap } from '$lib/messages';

export const load: PageServerLoad = () => {
	const { data, relations: r } = dataset();
	const themeLabels = themeLabelMap(data.themes);
	return {
		missionCityCount: data.cities.filter((c) => c.mission).length,
		rows: themeSynergies(data, r).map((row) => ({
			theme: row.theme,
			label: themeLabels.get(row.theme) ?? row.theme,
			missionCities: row.missionCities.map((c) => ({ id: c.id, name: c.name })),
			missionCitiesHref: row.missionCitiesHref,
			pilots: row.pilots,
			pilotsHref: row.pilotsHref,
			toConnect: row.toConnect,
			pilotCities: row.pilotCities.map(({ city, pilots }) => ({
				id: city.id,
				name: city.name,
				country: city.country,
				pilots: pilots.map((id) => {
					const pilot = r.pilotById.get(id)!;
					return { id, name: pilotName(pilot, r.cityById) };
				})
			}))
		}))
	};
};
