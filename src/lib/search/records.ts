// Pure: no DOM, no Svelte. One flat, uniform record per city, pilot, project and partner: what search,
// filters, the list and the map need, and nothing more (this is what the browser receives). Records
// carry data, never sentences: the messages module turns these fields into words.
import type { Dataset } from '../data/schema';
import { buildRelations, hasMissionLabel, type Relations } from '../data/relations';
import { recordKey, recordUrl, type RecordKind } from '../model/kinds';
import type { KindValue, LabelValue } from '../model/facets';
import { abbreviationsIn } from '../model/abbreviations';
import { fold } from './normalise';

export { recordUrl, type RecordKind };

export interface SearchRecord {
	kind: RecordKind;
	id: string;
	/** `${kind}:${id}`; ids are unique only within a kind. */
	key: string;
	/** The record's name; null for a pilot with no published title (see `cityNames`). */
	name: string | null;
	/** Other names a person may type: local and English names, alternatives, acronyms, aliases. */
	altNames: string[];
	/** A long title (projects, pilots), searched with less weight than names. */
	title: string | null;
	/** The country shown next to the name (a city's or a partner's own; a pilot's lead city's). */
	country: string | null;
	countries: string[];
	themes: string[];
	cohorts: number[];
	kinds: KindValue[];
	label: LabelValue | null;
	partnerType: string | null;
	isMissionCity: boolean;
	isPilotCity: boolean;
	/** Related records by kind: a city's pilots, projects and partners; a pilot's cities; ... */
	pilotCount: number;
	projectCount: number;
	cityCount: number;
	partnerCount: number;
	/** A project's partner list is the whole consortium (null for other kinds). */
	partnersComplete: boolean | null;
	/** Names of a pilot's cities, in its order (a pilot without a title is named by them). */
	cityNames: string[];
	/** A partner's city, as the data writes it. */
	place: string | null;
	/** Folded words it is also found by: abbreviations its title or summary spells out ("ped"). */
	keywords: string[];
	/** Where the record is drawn: a city or partner once, a pilot at its cities, a project at its sites. */
	points: [number, number][];
	/** Keys of directly related records (drawn as relation lines when selected). */
	related: string[];
	/** A project's coordinating partner (its key): where the project itself is drawn, if it has a place. */
	coordinator?: string;
	url: string;
}

const uniq = <T>(list: T[]) => [...new Set(list)];

type Base = Pick<SearchRecord, 'kind' | 'id' | 'key' | 'url'> &
	Omit<
		Partial<SearchRecord>,
		'kind' | 'id' | 'key' | 'url' | 'name' | 'country' | 'points' | 'related' | 'kinds'
	> &
	Pick<SearchRecord, 'name' | 'country' | 'points' | 'related' | 'kinds'>;

function record(fields: Base): SearchRecord {
	return {
		altNames: [],
		title: null,
		countries: fields.country ? [fields.country] : [],
		themes: [],
		cohorts: [],
		label: null,
		partnerType: null,
		isMissionCity: false,
		isPilotCity: false,
		pilotCount: 0,
		projectCount: 0,
		cityCount: 0,
		partnerCount: 0,
		partnersComplete: null,
		cityNames: [],
		place: null,
		keywords: [],
		...fields
	};
}

const spelledOut = (...texts: (string | null)[]) =>
	abbreviationsIn(fold(texts.filter(Boolean).join(' ')));

const identity = (kind: RecordKind, id: string) => ({
	kind,
	id,
	key: recordKey(kind, id),
	url: recordUrl(kind, id)
});

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
		const kinds: KindValue[] = [];
		if (c.mission) kinds.push('mission-city');
		if (pilots.length) kinds.push('pilot-city');
		if (!kinds.length) kinds.push('site-city');
		out.push(
			record({
				...identity('city', c.id),
				name: c.name,
				altNames: uniq(
					[c.nameLocal, c.nameEn, ...c.altNames].filter((n): n is string => !!n && n !== c.name)
				),
				country: c.country,
				themes: r.themesOfCity.get(c.id) ?? [],
				cohorts: uniq(pilots.map((p) => p.pilot.cohort)).sort(),
				kinds,
				label: c.mission ? (hasMissionLabel(c) ? 'awarded' : 'unknown') : null,
				isMissionCity: c.mission !== null,
				isPilotCity: pilots.length > 0,
				pilotCount: pilots.length,
				projectCount: projects.length,
				partnerCount: partners.length,
				points: [[c.lat, c.lon]],
				related: [
					...pilots.map((p) => recordKey('pilot', p.pilot.id)),
					...projects.map((p) => recordKey('project', p.project.id)),
					...partners.map((p) => recordKey('partner', p.id))
				]
			})
		);
	}
	for (const p of data.pilots) {
		const cities = r.citiesOfPilot.get(p.id) ?? [];
		const lead = cities.find((c) => c.role === 'lead') ?? cities[0];
		const cityNames = cities.map((c) => c.city.name);
		out.push(
			record({
				...identity('pilot', p.id),
				name: p.name,
				// Untitled pilots are found by their cities' names.
				altNames: uniq([p.acronym].filter((n): n is string => !!n && n !== p.name)),
				country: lead?.city.country ?? null,
				countries: uniq(cities.map((c) => c.city.country)),
				themes: p.themes,
				keywords: spelledOut(p.name, p.summary),
				cohorts: [p.cohort],
				kinds: ['pilot'],
				cityCount: cities.length,
				cityNames,
				points: cities.map((c) => [c.city.lat, c.city.lon]),
				related: cities.map((c) => recordKey('city', c.city.id))
			})
		);
	}
	for (const p of data.projects) {
		const sites = r.sitesOfProject.get(p.id) ?? [];
		const partners = r.partnersOfProject.get(p.id) ?? [];
		const coordinator = partners.find((x) => x.role === 'coordinator');
		out.push(
			record({
				...identity('project', p.id),
				...(coordinator ? { coordinator: recordKey('partner', coordinator.partner.id) } : {}),
				name: p.acronym,
				title: p.title,
				keywords: spelledOut(p.title, p.summary),
				country: p.coordinator?.country ?? null,
				countries: uniq(
					[...sites.map((s) => s.city.country), ...partners.map((x) => x.partner.country)].filter(
						(c): c is string => !!c
					)
				).sort(),
				themes: p.themes,
				kinds: ['project'],
				cityCount: sites.length,
				partnerCount: partners.length,
				partnersComplete: p.partnersComplete,
				points: sites.map((s) => [s.city.lat, s.city.lon]),
				related: [
					...sites.map((s) => recordKey('city', s.city.id)),
					...partners.map((x) => recordKey('partner', x.partner.id))
				]
			})
		);
	}
	for (const p of data.partners) {
		const projects = r.projectsOfPartner.get(p.id) ?? [];
		out.push(
			record({
				...identity('partner', p.id),
				name: p.name,
				altNames: p.aliases.filter((a) => a !== p.name),
				country: p.country,
				themes: r.themesOfPartner.get(p.id) ?? [],
				kinds: ['partner'],
				partnerType: p.kind,
				place: p.city,
				projectCount: projects.length,
				points: p.lat !== null && p.lon !== null ? [[p.lat, p.lon]] : [],
				related: projects.map((x) => recordKey('project', x.project.id))
			})
		);
	}
	return out;
}
