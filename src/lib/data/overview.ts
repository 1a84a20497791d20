// Pure: no DOM, no Svelte. The overview's numbers: counts by country, theme, pilot cohort and Mission
// Label round, each with the explorer URL that lists exactly what was counted.
import { countryName, type Dataset } from './schema';
import type { Relations } from './relations';

export interface Bar {
	label: string;
	value: number;
	/** The filtered explorer showing the records counted. */
	href: string;
}

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

const byValue = (a: Bar, b: Bar) =>
	b.value - a.value || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0);

/** Mission Cities per country, most first. */
export function missionCitiesByCountry(data: Dataset): Bar[] {
	const counts = new Map<string, number>();
	for (const c of data.cities)
		if (c.mission) counts.set(c.country, (counts.get(c.country) ?? 0) + 1);
	return [...counts]
		.map(([code, value]) => ({
			label: countryName(code),
			value,
			href: `/?kind=mission-city&country=${code}`
		}))
		.sort(byValue);
}

/** Pilots and projects per theme, most first (one record can have several themes). */
export function pilotsAndProjectsByTheme(data: Dataset): Bar[] {
	return data.themes
		.map((t) => ({
			label: t.label,
			value:
				data.pilots.filter((p) => p.themes.includes(t.id)).length +
				data.projects.filter((p) => p.themes.includes(t.id)).length,
			href: `/?kind=pilot,project&theme=${t.id}`
		}))
		.filter((b) => b.value > 0)
		.sort(byValue);
}

/** Pilots per cohort, in cohort order. */
export function pilotsByCohort(data: Dataset, r: Relations): Bar[] {
	return [1, 2, 3].map((cohort) => {
		const pilots = data.pilots.filter((p) => p.cohort === cohort);
		const cities = new Set(
			pilots.flatMap((p) => (r.citiesOfPilot.get(p.id) ?? []).map((c) => c.city.id))
		);
		return {
			label: `Cohort ${cohort} (${cities.size} cities)`,
			value: pilots.length,
			href: `/?kind=pilot&cohort=${cohort}`
		};
	});
}

/**
 * Mission Labels per award round (label dates grouped by month, oldest first), then Mission Cities
 * whose label is not known. Round bars link to all labelled cities: the explorer has no round filter.
 */
export function labelsByRound(data: Dataset): Bar[] {
	const rounds = new Map<string, number>();
	let unknown = 0;
	for (const c of data.cities) {
		if (!c.mission) continue;
		const label = c.mission.label;
		if (label?.awarded) {
			const month = label.date ? label.date.slice(0, 7) : 'date not known';
			rounds.set(month, (rounds.get(month) ?? 0) + 1);
		} else unknown++;
	}
	const bars = [...rounds]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(([month, value]) => {
			const [y, m] = month.split('-');
			return {
				label: m ? `${MONTHS[Number(m) - 1]} ${y}` : month,
				value,
				href: '/?kind=mission-city&label=awarded'
			};
		});
	if (unknown)
		bars.push({
			label: 'No label known yet',
			value: unknown,
			href: '/?kind=mission-city&label=unknown'
		});
	return bars;
}
