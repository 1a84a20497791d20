// Pure: no DOM, no Svelte. Headline numbers of the data set.
import type { Dataset } from './schema';

export interface DatasetStats {
	missionCities: number;
	pilotCities: number;
	pilots: number;
	projects: number;
	partners: number;
	countries: number;
	labels: number;
}

export function datasetStats(data: Dataset): DatasetStats {
	const pilotCityIds = new Set(data.pilots.flatMap((p) => p.cities.map((c) => c.cityId)));
	const countries = new Set([
		...data.cities.filter((c) => c.mission || pilotCityIds.has(c.id)).map((c) => c.country)
	]);
	return {
		missionCities: data.cities.filter((c) => c.mission).length,
		pilotCities: pilotCityIds.size,
		pilots: data.pilots.length,
		projects: data.projects.length,
		partners: data.partners.length,
		countries: countries.size,
		labels: data.cities.filter((c) => c.mission?.label?.awarded).length
	};
}
