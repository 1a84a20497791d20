// The data set's headline numbers, each with its words and the explorer view that lists it. The start
// page's one-line summary and the overview show the same numbers in their own words.
import { explorerHref, type ExplorerState } from '$lib/search/url';
import type { DatasetStats } from '$lib/data/stats';
import { message } from '$lib/messages';

export interface HeadlineItem {
	n: number;
	text: string;
	href: string;
}

/**
 * One row a number: its field, the end of its message keys (`stats_mission_cities` on the start page,
 * `overview_mission_cities` on the overview) and the explorer filter that lists what it counts (the
 * countries have none: they link to a page of their own).
 */
const HEADLINE: { stat: keyof DatasetStats; words: string; filter?: Partial<ExplorerState> }[] = [
	{ stat: 'missionCities', words: 'mission_cities', filter: { kind: ['mission-city'] } },
	{ stat: 'labels', words: 'with_label', filter: { kind: ['mission-city'], label: ['awarded'] } },
	{ stat: 'pilotCities', words: 'pilot_cities', filter: { kind: ['pilot-city'] } },
	{ stat: 'pilots', words: 'pilots', filter: { kind: ['pilot'] } },
	{ stat: 'projects', words: 'projects', filter: { kind: ['project'] } },
	{ stat: 'partners', words: 'partners', filter: { kind: ['partner'] } },
	{ stat: 'countries', words: 'countries' }
];

/**
 * The headline numbers in the words of `prefix` ("stats" or "overview"), leaving out those in `skip`;
 * the countries link to `countriesHref`.
 */
export function headline(
	stats: DatasetStats,
	prefix: 'stats' | 'overview',
	countriesHref: string,
	skip: readonly (keyof DatasetStats)[] = []
): HeadlineItem[] {
	return HEADLINE.filter((h) => !skip.includes(h.stat)).map((h) => ({
		n: stats[h.stat],
		text: message(`${prefix}_${h.words}`),
		href: h.filter ? explorerHref(h.filter) : countriesHref
	}));
}
