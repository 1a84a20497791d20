import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { datasetStats } from '$lib/data/stats';
import { countryName, formatMonth, m, counted, themeLabelMap } from '$lib/messages';
import {
	UNDATED_LABEL,
	UNKNOWN_LABEL,
	labelsByRound,
	missionCitiesByCountry,
	pilotsAndProjectsByTheme,
	pilotsByCohort
} from '$lib/data/overview';

export const load: PageServerLoad = () => {
	const { data, relations } = dataset();
	const themeLabels = themeLabelMap(data.themes);
	return {
		stats: datasetStats(data),
		byCountry: missionCitiesByCountry(data).map((b) => ({ ...b, label: countryName(b.key) })),
		byTheme: pilotsAndProjectsByTheme(data).map((b) => ({
			...b,
			label: themeLabels.get(b.key) ?? b.key
		})),
		byCohort: pilotsByCohort(data, relations).map((b) => ({
			...b,
			label: m.overview_cohort({ cohort: b.key, cities: counted('city', b.cities ?? 0) })
		})),
		byRound: labelsByRound(data).map((b) => ({
			...b,
			label:
				b.key === UNKNOWN_LABEL
					? m.overview_no_label()
					: b.key === UNDATED_LABEL
						? m.overview_date_unknown()
						: formatMonth(b.key)
		})),
		labelsUpTo: data.meta.labelsUpTo ?? null
	};
};
