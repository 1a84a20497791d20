import type { PageServerLoad } from './$types';
import { mapRecords, recordContext } from '$lib/server/detail';
import { countryName, pilotName } from '$lib/messages';

export const load: PageServerLoad = ({ params }) => {
	const { d, r, record: pilot, themes } = recordContext('pilot', params.id);
	const cities = (r.citiesOfPilot.get(pilot.id) ?? []).map(({ city, role }) => ({
		id: city.id,
		name: city.name,
		country: city.country,
		countryName: countryName(city.country),
		role,
		isMission: city.mission !== null
	}));
	return {
		pilot,
		displayName: pilotName(pilot, r.cityById),
		cities,
		themes: themes(pilot.themes),
		mapRecords: mapRecords(d, `pilot:${pilot.id}`)
	};
};
