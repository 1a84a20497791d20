// Pure: no DOM, no Svelte. One flat, uniform record per city, pilot, project and partner: what search,
// filters, the list and the map need, and nothing more (this is what the browser receives).
import type { Dataset } from '../data/schema';
import {
	buildRelations,
	hasMissionLabel,
	pilotDisplayName,
	type Relations
} from '../data/relations';

export const RECORD_KINDS = ['city', 'pilot', 'project', 'partner'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

/** What a record is, for the kind filter: a city can be a Mission City and a Pilot City at once. */
export const KIND_FACETS = [
	'mission-city',
	'pilot-city',
	'site-city',
	'pilot',
	'project',
	'partner'
] as const;
export type KindFacet = (typeof KIND_FACETS)[number];

export const KIND_FACET_LABELS: Record<KindFacet, string> = {
	'mission-city': 'Mission Cities',
	'pilot-city': 'Pilot Cities',
	'site-city': 'Other project sites',
	pilot: 'Pilots',
	project: 'Projects',
	partner: 'Partners'
};

export const LABEL_FACETS = ['awarded', 'unknown'] as const;
export type LabelFacet = (typeof LABEL_FACETS)[number];

export interface SearchRecord {
	kind: RecordKind;
	id: string;
	/** `${kind}:${id}`; ids are unique only within a kind. */
	key: string;
	name: string;
	/** Other names a person may type: local and English names, alternatives, acronyms, aliases. */
	altNames: string[];
	/** A long title (projects, pilots), searched with less weight than names. */
	title: string | null;
	/** The country shown next to the name (a city's or a partner's own; a pilot's lead city's). */
	country: string | null;
	countries: string[];
	themes: string[];
	cohorts: number[];
	kinds: KindFacet[];
	label: LabelFacet | null;
	partnerType: string | null;
	/** Where the record is drawn: a city or partner once, a pilot at its cities, a project at its sites. */
	points: [number, number][];
	/** Keys of directly related records (drawn as relation lines when selected). */
	related: string[];
	/** Short facts for lists and cards, e.g. "Pilot cohort 2 · 3 cities". */
	facts: string;
	url: string;
}

const uniq = <T>(list: T[]) => [...new Set(list)];

export function recordUrl(kind: RecordKind, id: string): string {
	const segment = { city: 'cities', pilot: 'pilots', project: 'projects', partner: 'partners' }[
		kind
	];
	return `/${segment}/${encodeURIComponent(id)}`;
}

/** Flattens the data set into search records (cities, pilots, projects, partners, in that order). */
export function toSearchRecords(
	data: Dataset,
	relations: Relations = buildRelations(data)
): SearchRecord[] {
	const r = relations;
	const out: SearchRecord[] = [];
	for (const c of data.cities) {
		const pilots = r.pilotsOfCity.get(c.id) ?? [];
		const projects = r.projectsOfCity.get(c.id) ?? [];
		const partners = r.partnersInCity.get(c.id) ?? [];
		const kinds: KindFacet[] = [];
		if (c.mission) kinds.push('mission-city');
		if (pilots.length) kinds.push('pilot-city');
		if (!kinds.length) kinds.push('site-city');
		const facts = [
			c.mission ? 'Mission City' : null,
			pilots.length ? 'Pilot City' : null,
			hasMissionLabel(c) ? 'Mission Label' : null,
			projects.length ? `${projects.length} project${projects.length === 1 ? '' : 's'}` : null
		].filter(Boolean);
		out.push({
			kind: 'city',
			id: c.id,
			key: `city:${c.id}`,
			name: c.name,
			altNames: uniq(
				[c.nameLocal, c.nameEn, ...c.altNames].filter((n): n is string => !!n && n !== c.name)
			),
			title: null,
			country: c.country,
			countries: [c.country],
			themes: r.themesOfCity.get(c.id) ?? [],
			cohorts: uniq(pilots.map((p) => p.pilot.cohort)).sort(),
			kinds,
			label: c.mission ? (hasMissionLabel(c) ? 'awarded' : 'unknown') : null,
			partnerType: null,
			points: [[c.lat, c.lon]],
			related: [
				...pilots.map((p) => `pilot:${p.pilot.id}`),
				...projects.map((p) => `project:${p.project.id}`),
				...partners.map((p) => `partner:${p.id}`)
			],
			facts: facts.join(' · ') || 'Project site',
			url: recordUrl('city', c.id)
		});
	}
	for (const p of data.pilots) {
		const cities = r.citiesOfPilot.get(p.id) ?? [];
		const lead = cities.find((c) => c.role === 'lead') ?? cities[0];
		out.push({
			kind: 'pilot',
			id: p.id,
			key: `pilot:${p.id}`,
			name: pilotDisplayName(p, r.cityById),
			altNames: p.acronym && p.acronym !== p.name ? [p.acronym] : [],
			title: null,
			country: lead?.city.country ?? null,
			countries: uniq(cities.map((c) => c.city.country)),
			themes: p.themes,
			cohorts: [p.cohort],
			kinds: ['pilot'],
			label: null,
			partnerType: null,
			points: cities.map((c) => [c.city.lat, c.city.lon]),
			related: cities.map((c) => `city:${c.city.id}`),
			facts: `Pilot cohort ${p.cohort} · ${cities.length === 1 ? cities[0].city.name : `${cities.length} cities`}`,
			url: recordUrl('pilot', p.id)
		});
	}
	for (const p of data.projects) {
		const sites = r.sitesOfProject.get(p.id) ?? [];
		const partners = r.partnersOfProject.get(p.id) ?? [];
		out.push({
			kind: 'project',
			id: p.id,
			key: `project:${p.id}`,
			name: p.acronym,
			altNames: [],
			title: p.title,
			country: p.coordinator?.country ?? null,
			countries: uniq(
				[...sites.map((s) => s.city.country), ...partners.map((x) => x.partner.country)].filter(
					(c): c is string => !!c
				)
			).sort(),
			themes: p.themes,
			cohorts: [],
			kinds: ['project'],
			label: null,
			partnerType: null,
			points: sites.map((s) => [s.city.lat, s.city.lon]),
			related: [
				...sites.map((s) => `city:${s.city.id}`),
				...partners.map((x) => `partner:${x.partner.id}`)
			],
			facts: `${sites.length} site${sites.length === 1 ? '' : 's'} · ${partners.length}${p.partnersComplete ? '' : '+'} partners`,
			url: recordUrl('project', p.id)
		});
	}
	for (const p of data.partners) {
		const projects = r.projectsOfPartner.get(p.id) ?? [];
		out.push({
			kind: 'partner',
			id: p.id,
			key: `partner:${p.id}`,
			name: p.name,
			altNames: p.aliases.filter((a) => a !== p.name),
			title: null,
			country: p.country,
			countries: p.country ? [p.country] : [],
			themes: r.themesOfPartner.get(p.id) ?? [],
			cohorts: [],
			kinds: ['partner'],
			label: null,
			partnerType: p.kind,
			points: p.lat !== null && p.lon !== null ? [[p.lat, p.lon]] : [],
			related: projects.map((x) => `project:${x.project.id}`),
			facts: [p.city, `${projects.length} project${projects.length === 1 ? '' : 's'}`]
				.filter(Boolean)
				.join(' · '),
			url: recordUrl('partner', p.id)
		});
	}
	return out;
}
