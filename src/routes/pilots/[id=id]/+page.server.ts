import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { mapRecords, notFound } from '$lib/server/detail';
import { countryName, pilotName } from '$lib/messages';

export const load: PageServerLoad = ({ params }) => {
	const d = dataset();
	const r = d.relations;
	const pilot = r.pilotById.get(params.id);
	if (!pilot) notFound('pilot', params.id);
	const themeLabel = new Map(d.data.themes.map((t) => [t.id, t.label]));
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
		themes: pilot.themes.map((id) => ({ id, label: themeLabel.get(id) ?? id })),
		mapRecords: mapRecords(d, `pilot:${pilot.id}`)
	};
};
