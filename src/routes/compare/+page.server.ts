import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { countryName, pilotName } from '$lib/messages';
import { hasMissionLabel } from '$lib/data/relations';

/** A table of more than three cities no longer fits a laptop screen or an A4 page. */
const MAX_COMPARE = 3;

// Reads url.searchParams on purpose: the comparison is a GET form computed on the server.
export const load: PageServerLoad = ({ url }) => {
	const d = dataset();
	const r = d.relations;
	const themeLabel = new Map(d.data.themes.map((t) => [t.id, t.label]));
	const asked = url.searchParams
		.getAll('cities')
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean);
	const ids: string[] = [];
	const ignored: string[] = [];
	for (const id of asked) {
		if (!r.cityById.has(id)) ignored.push(id.slice(0, 40));
		else if (!ids.includes(id) && ids.length < MAX_COMPARE) ids.push(id);
		else if (!ids.includes(id)) ignored.push(`${id} (at most ${MAX_COMPARE} cities)`);
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
		.map((c) => ({ id: c.id, name: c.name, country: c.country }))
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
	return { cities, ignored: ignored.slice(0, 10), options };
};
