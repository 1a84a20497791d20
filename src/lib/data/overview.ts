// Pure: no DOM, no Svelte. The overview's numbers: counts by country, theme, pilot cohort and Mission
// Label round, each with the explorer URL that lists exactly what was counted.
import type { Dataset } from './schema';
import { COHORT_VALUES } from '../model/facets';
import { explorerHref } from '../search/url';
import type { Relations } from './relations';

export interface Bar {
	/** What the bar counts: a country code, a theme id, a cohort, or a label month (YYYY-MM). */
	key: string;
	value: number;
	/** The filtered explorer showing the records counted. */
	href: string;
	/** Pilot Cities in a cohort (cohort bars only). */
	cities?: number;
}

/** The key of the bar of Mission Cities whose label is not known. */
export const UNKNOWN_LABEL = 'unknown';
/** The key of the bar of labels awarded on a date not known. */
export const UNDATED_LABEL = 'undated';

const byValue = (a: Bar, b: Bar) =>
	b.value - a.value || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/** Mission Cities per country, most first. */
export function missionCitiesByCountry(data: Dataset): Bar[] {
	const counts = new Map<string, number>();
	for (const c of data.cities)
		if (c.mission) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
	return [...counts]
		.map(([code, value]) => ({
			key: code,
			value,
			href: explorerHref({ kind: ['mission-city'], country: [code] })
		}))
		.sort(byValue);
}

/** Pilots and projects per theme, most first (one record can have several themes). */
export function pilotsAndProjectsByTheme(data: Dataset): Bar[] {
	return data.themes
		.map((t) => ({
			key: t.id,
			value:
				data.pilots.filter((p) => p.themes.includes(t.id)).length +
				data.projects.filter((p) => p.themes.includes(t.id)).length,
			href: explorerHref({ kind: ['pilot', 'project'], theme: [t.id] })
		}))
		.filter((b) => b.value > 0)
		.sort(byValue);
}

/** Pilots per cohort, in cohort order. */
export function pilotsByCohort(data: Dataset, r: Relations): Bar[] {
	return COHORT_VALUES.map((value) => {
		const cohort = Number(value);
		const pilots = data.pilots.filter((p) => p.cohort === cohort);
		const cities = new Set(
			pilots.flatMap((p) => (r.citiesOfPilot.get(p.id) ?? []).map((c) => c.city.id))
		);
		return {
			key: value,
			cities: cities.size,
			value: pilots.length,
			href: explorerHref({ kind: ['pilot'], cohort: [value] })
		};
	});
}

/**
 * Mission Labels per award month (YYYY-MM, oldest first), then Mission Cities whose label is not
 * known. Round bars link to all labelled cities: the explorer has no round filter.
 */
export function labelsByRound(data: Dataset): Bar[] {
	const rounds = new Map<string, number>();
	let unknown = 0;
	for (const c of data.cities) {
		if (!c.mission) continue;
		const label = c.mission.label;
		if (label?.awarded) {
			const month = label.date ? label.date.slice(0, 7) : UNDATED_LABEL;
			rounds.set(month, (rounds.get(month) ?? 0) + 1);
		} else unknown++;
	}
	const bars: Bar[] = [...rounds]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([key, value]) => ({
			key,
			value,
			href: explorerHref({ kind: ['mission-city'], label: ['awarded'] })
		}));
	if (unknown)
		bars.push({
			key: UNKNOWN_LABEL,
			value: unknown,
			href: explorerHref({ kind: ['mission-city'], label: ['unknown'] })
		});
	return bars;
}
