// How each kind of related record reads in a record page's lists: the link's name and the detail
// beside it. One place per relation, so a project reads the same on a city's page and a partner's.
import { formatKm, m, roleText } from '$lib/messages';
import { relationItems, type Related, type RelationItem } from './relation-item';

type Role = string | null;

/** "Coordinator · Full title": the role in the project, then its title. */
export const projectLinks = (
	list: readonly (Related & { acronym: string; role: Role; title: string | null })[]
) =>
	relationItems('project', list, (p) => ({
		name: p.acronym,
		detail: `${roleText(p.role)}${p.title ? ` · ${p.title}` : ''}`
	}));

/** A city's pilots: their cohort and the city's role in them. */
export const cityPilotLinks = (
	list: readonly (Related & { name: string; cohort: number; role: Role })[]
) =>
	relationItems('pilot', list, (p) => ({
		name: p.name,
		detail: m.record_city_pilot_detail({
			cohort: p.cohort,
			role: roleText(p.role)
		})
	}));

/** Partners by name, with their type. */
export const partnerLinks = (
	list: readonly (Related & { name: string; kind: string })[]
): RelationItem[] => relationItems('partner', list, (p) => ({ name: p.name, detail: p.kind }));

/** A partner's co-partners: the projects they share, then the country. */
export const coPartnerLinks = (
	list: readonly (Related & { name: string; shared: string[]; country: string | null })[]
) =>
	relationItems('partner', list, (c) => ({
		name: c.name,
		detail: `${c.shared.join(', ')}${c.country ? ` · ${c.country}` : ''}`
	}));

/** A pilot's cities: their role, country and whether they are Mission Cities. */
export const pilotCityLinks = (
	list: readonly (Related & { name: string; role: Role; countryName: string; isMission: boolean })[]
) =>
	relationItems('city', list, (c) => ({
		name: c.name,
		detail: `${c.role ?? m.record_role_unknown()} · ${c.countryName}${c.isMission ? ` · ${m.fact_mission_city()}` : ''}`
	}));

/** Nearby cities: how far, and the country. */
export const nearCityLinks = (
	list: readonly (Related & { name: string; km: number; country: string })[]
) =>
	relationItems('city', list, (c) => ({
		name: c.name,
		detail: `${formatKm(c.km)} · ${c.country}`
	}));
