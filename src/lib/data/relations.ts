// Pure: no DOM, no Svelte. The relation graph, derived once from the data set.
// Relations are stored once in one direction in data/; everything in the other direction is built here.
import type { City, Dataset, Partner, Pilot, Project } from './schema';
import { distanceKm } from './geo';

// Each link of the data is seen from both of its ends: the link's fields once, each end adding its record.
/** A pilot's link to one of its cities. */
interface PilotLink {
	role: 'lead' | 'partner' | null;
}
/** A project's site in a city. */
interface SiteLink {
	role: Project['sites'][number]['role'];
	/** The site's own sources; empty where it rests on the project's. */
	sources: string[];
}
/** A partner's link to a project. */
interface PartnerLink {
	role: Project['partners'][number]['role'];
	confidence: 'high' | 'medium' | 'low';
	note: string | null;
	/** The link's own sources; empty where it rests on the project's. */
	sources: string[];
}
export interface CityPilot extends PilotLink {
	pilot: Pilot;
}
export interface PilotCity extends PilotLink {
	city: City;
}
export interface CityProject extends SiteLink {
	project: Project;
}
export interface ProjectSite extends SiteLink {
	city: City;
}
export interface PartnerProject extends PartnerLink {
	project: Project;
}
export interface ProjectPartner extends PartnerLink {
	partner: Partner;
}

export interface Relations {
	cityById: Map<string, City>;
	pilotById: Map<string, Pilot>;
	projectById: Map<string, Project>;
	partnerById: Map<string, Partner>;
	pilotsOfCity: Map<string, CityPilot[]>;
	projectsOfCity: Map<string, CityProject[]>;
	partnersInCity: Map<string, Partner[]>;
	projectsOfPartner: Map<string, PartnerProject[]>;
	sitesOfProject: Map<string, ProjectSite[]>;
	partnersOfProject: Map<string, ProjectPartner[]>;
	citiesOfPilot: Map<string, PilotCity[]>;
	themesOfCity: Map<string, string[]>;
	themesOfPartner: Map<string, string[]>;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

const byId = <T extends { id: string }>(list: T[]) => new Map(list.map((r) => [r.id, r]));

/** Builds every derived relation. Assumes a checked data set (all references resolve). */
export function buildRelations(data: Dataset): Relations {
	const cityById = byId(data.cities);
	const partnerById = byId(data.partners);
	const r: Relations = {
		cityById,
		pilotById: byId(data.pilots),
		projectById: byId(data.projects),
		partnerById,
		pilotsOfCity: new Map(),
		projectsOfCity: new Map(),
		partnersInCity: new Map(),
		projectsOfPartner: new Map(),
		sitesOfProject: new Map(),
		partnersOfProject: new Map(),
		citiesOfPilot: new Map(),
		themesOfCity: new Map(),
		themesOfPartner: new Map()
	};
	const cityThemes = new Map<string, Set<string>>();
	const addThemes = (target: Map<string, Set<string>>, id: string, themes: string[]) => {
		let set = target.get(id);
		if (!set) target.set(id, (set = new Set()));
		for (const t of themes) set.add(t);
	};

	for (const pilot of data.pilots) {
		for (const { cityId, role } of pilot.cities) {
			const city = cityById.get(cityId);
			if (!city) continue;
			push(r.pilotsOfCity, cityId, { pilot, role });
			push(r.citiesOfPilot, pilot.id, { city, role });
			addThemes(cityThemes, cityId, pilot.themes);
		}
	}
	const partnerThemes = new Map<string, Set<string>>();
	for (const project of data.projects) {
		for (const { cityId, role, sources } of project.sites) {
			const city = cityById.get(cityId);
			if (!city) continue;
			push(r.projectsOfCity, cityId, { project, role, sources });
			push(r.sitesOfProject, project.id, { city, role, sources });
			addThemes(cityThemes, cityId, project.themes);
		}
		for (const { partnerId, role, confidence, note, sources } of project.partners) {
			const partner = partnerById.get(partnerId);
			if (!partner) continue;
			push(r.projectsOfPartner, partnerId, { project, role, confidence, note, sources });
			push(r.partnersOfProject, project.id, { partner, role, confidence, note, sources });
			addThemes(partnerThemes, partnerId, project.themes);
		}
	}
	for (const partner of data.partners)
		if (partner.cityId) push(r.partnersInCity, partner.cityId, partner);

	const themeOrder = new Map(data.themes.map((t, i) => [t.id, i]));
	const sorted = (set: Set<string> | undefined) =>
		[...(set ?? [])].sort((a, b) => (themeOrder.get(a) ?? 99) - (themeOrder.get(b) ?? 99));
	for (const city of data.cities) r.themesOfCity.set(city.id, sorted(cityThemes.get(city.id)));
	for (const partner of data.partners)
		r.themesOfPartner.set(partner.id, sorted(partnerThemes.get(partner.id)));
	return r;
}

export const isMissionCity = (city: City) => city.mission !== null;
export const hasMissionLabel = (city: City) => city.mission?.label?.awarded === true;

/** Partners that share at least one project with the given partner, most shared projects first. */
export function coPartners(
	r: Relations,
	partnerId: string
): { partner: Partner; shared: Project[] }[] {
	const shared = new Map<string, Project[]>();
	for (const { project } of r.projectsOfPartner.get(partnerId) ?? []) {
		for (const { partner } of r.partnersOfProject.get(project.id) ?? []) {
			if (partner.id !== partnerId) push(shared, partner.id, project);
		}
	}
	return [...shared]
		.map(([id, projects]) => ({ partner: r.partnerById.get(id)!, shared: projects }))
		.sort(
			(a, b) => b.shared.length - a.shared.length || a.partner.name.localeCompare(b.partner.name)
		);
}

/** The nearest cities matching `accept`, with distances, nearest first. */
export function nearestCities(
	cities: City[],
	from: { id?: string; lat: number; lon: number },
	accept: (c: City) => boolean,
	count = 5
): { city: City; km: number }[] {
	return cities
		.filter((c) => c.id !== from.id && accept(c))
		.map((city) => ({ city, km: distanceKm(from, city) }))
		.sort((a, b) => a.km - b.km)
		.slice(0, count);
}
