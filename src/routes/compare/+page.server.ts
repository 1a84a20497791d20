import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { countryName, currentLocale, pilotName, themeLabelMap } from '$lib/messages';
import { hasMissionLabel } from '$lib/data/relations';
import { closestNames, matchQuery } from '$lib/search/fuzzy';

/** A table of more than three cities no longer fits a laptop screen or an A4 page. */
const MAX_COMPARE = 3;

/** Cities whose names come closest to an id or name that is not in the data. */
function closestCities(asked: string): { id: string; name: string }[] {
	const { index } = dataset();
	const text = asked.replace(/-/g, ' ');
	const found = matchQuery(index, text).map((m) => m.index);
	const near = found.length ? found : closestNames(index, text, 20);
	return near
		.map((i) => index.records[i])
		.filter((rec) => rec.kind === 'city')
		.slice(0, 3)
		.map((rec) => ({ id: rec.id, name: rec.name ?? rec.id }));
}

// Reads url.searchParams on purpose: the comparison is a GET form computed on the server.
export const load: PageServerLoad = ({ url }) => {
	const d = dataset();
	const r = d.relations;
	const themeLabel = themeLabelMap(d.data.themes);
	const asked = url.searchParams
		.getAll('cities')
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
	const ids: string[] = [];
	const ignored: string[] = [];
	const missing: { asked: string; closest: { id: string; name: string }[] }[] = [];
	for (const id of asked) {
		if (!r.cityById.has(id))
			missing.push({ asked: id.slice(0, 40), closest: closestCities(id.slice(0, 40)) });
		else if (!ids.includes(id) && ids.length < MAX_COMPARE) ids.push(id);
		else if (!ids.includes(id)) ignored.push(id);
	}
	const cities = ids.map((id) => {
		const c = r.cityById.get(id)!;
		return {
			id,
			name: c.name,
			country: countryName(c.country),
			population: c.population,
			confidence: c.confidence,
			mission: c.mission ? { selected: c.mission.selected, members: c.mission.members } : null,
			label:
				c.mission === null
					? 'not a Mission City'
					: c.mission.label === null
						? null
						: hasMissionLabel(c)
							? `awarded ${c.mission.label.date ?? ''}`
							: 'not awarded',
			labelDate: c.mission?.label?.date ?? null,
			themes: (r.themesOfCity.get(id) ?? []).map((t) => ({ id: t, label: themeLabel.get(t) ?? t })),
			pilots: (r.pilotsOfCity.get(id) ?? []).map((p) => ({
				id: p.pilot.id,
				name: pilotName(p.pilot, r.cityById),
				cohort: p.pilot.cohort
			})),
			projects: (r.projectsOfCity.get(id) ?? []).map((p) => ({
				id: p.project.id,
				name: p.project.acronym,
				role: p.role
			})),
			partners: (r.partnersInCity.get(id) ?? []).length
		};
	});
	const options = d.data.cities
		.map((c) => ({
			id: c.id,
			name: c.name,
			country: countryName(c.country),
			altNames: [c.nameLocal, c.nameEn, ...c.altNames].filter(
				(n): n is string => !!n && n !== c.name
			)
		}))
		.sort((a, b) => a.name.localeCompare(b.name, currentLocale()));
	return {
		cities,
		ignored: ignored.slice(0, 10),
		maxCompare: MAX_COMPARE,
		missing: missing.slice(0, 3),
		options
	};
};
