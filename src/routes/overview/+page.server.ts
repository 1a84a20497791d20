import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { datasetStats } from '$lib/data/stats';
import {
	labelsByRound,
	missionCitiesByCountry,
	pilotsAndProjectsByTheme,
	pilotsByCohort
} from '$lib/data/overview';

export const load: PageServerLoad = () => {
	const { data, relations } = dataset();
	return {
		stats: datasetStats(data),
		byCountry: missionCitiesByCountry(data),
		byTheme: pilotsAndProjectsByTheme(data),
		byCohort: pilotsByCohort(data, relations),
		byRound: labelsByRound(data),
		labelsUpTo: data.meta.labelsUpTo ?? null
	};
};
