// Pure: no DOM, no Svelte. Helpers both imports use on the data set they change: finding partners and
// cities by name, adding to lists without losing what is there, keeping files in their order.
import type { City, Dataset, Partner, Project } from '../schema.ts';
import { fold } from '../../search/normalise.ts';
import { matchKey, slugId } from './names.ts';

/** Adds `value` to a list unless it is there already; says whether it added it. */
export function addOnce<T>(list: T[], value: T): boolean {
	if (list.includes(value)) return false;
	list.push(value);
	return true;
}

/**
 * Puts a new record into its file: in id order when the file is in id order (partners.json is),
 * else at the end, so a diff of the file shows only the new record.
 */
export function insertRecord<T extends { id: string }>(list: T[], record: T): void {
	const sorted = list.every((r, i) => i === 0 || list[i - 1].id <= r.id);
	if (!sorted) {
		list.push(record);
		return;
	}
	const at = list.findIndex((r) => r.id > record.id);
	if (at < 0) list.push(record);
	else list.splice(at, 0, record);
}

/**
 * A project new to the data: nothing known but what `known` says, in the files' field order, marked
 * for review. Both imports start new projects from here.
 */
export function newProject(id: string, acronym: string, known: Partial<Project> = {}): Project {
	return {
		id,
		acronym,
		title: null,
		programme: null,
		topic: null,
		cordisId: null,
		startDate: null,
		endDate: null,
		euContributionEUR: null,
		coordinator: null,
		website: null,
		themes: [],
		summary: null,
		sites: [],
		partners: [],
		partnersComplete: false,
		consortiumSizeReported: null,
		sources: [],
		notes: null,
		review: 'imported',
		...known
	};
}

/** What an organisation is known by when we look for it among the partners. */
export interface OrganisationKey {
	orgId: string | null;
	names: string[];
	country: string | null;
}

/**
 * Finds partners again: by CORDIS organisation id (PIC) first, then by name or alias (folded, legal
 * forms left out) in the same country (or where either country is not known). A partner that already
 * has another PIC is a different organisation and never matched by name.
 */
export class PartnerIndex {
	private byPic = new Map<string, Partner>();
	private byKey = new Map<string, Partner[]>();
	private byIds = new Map<string, Partner>();
	readonly ids = new Set<string>();

	constructor(partners: Partner[]) {
		for (const p of partners) this.add(p);
	}

	/** Registers a partner (new, or given a PIC or alias since) so later rows find it. */
	add(p: Partner): void {
		this.ids.add(p.id);
		this.byIds.set(p.id, p);
		if (p.cordisOrgId) this.byPic.set(p.cordisOrgId, p);
		for (const name of [p.name, ...p.aliases]) {
			const key = matchKey(name);
			if (!key) continue;
			const list = this.byKey.get(key) ?? [];
			if (!list.includes(p)) list.push(p);
			this.byKey.set(key, list);
		}
	}

	byId(id: string): Partner | undefined {
		return this.byIds.get(id);
	}

	find(org: OrganisationKey): Partner | undefined {
		if (org.orgId) {
			const hit = this.byPic.get(org.orgId);
			if (hit) return hit;
		}
		const candidates: Partner[] = [];
		for (const name of org.names) {
			for (const p of this.byKey.get(matchKey(name)) ?? []) {
				if (org.orgId && p.cordisOrgId && p.cordisOrgId !== org.orgId) continue;
				if (org.country && p.country && org.country !== p.country) continue;
				if (!candidates.includes(p)) candidates.push(p);
			}
		}
		return candidates.find((p) => p.country === org.country) ?? candidates[0];
	}

	newId(name: string): string {
		return slugId(name, this.ids);
	}
}

/** Finds a city of the data set by any of its names in a country (folded), e.g. "KRAKOW", PL. */
export function findCity(cities: City[], name: string | null, country: string | null): City | null {
	if (!name || !country) return null;
	const key = fold(name);
	if (!key) return null;
	return (
		cities.find(
			(c) =>
				c.country === country &&
				[c.name, c.nameLocal, c.nameEn, ...c.altNames].some((n) => n && fold(n) === key)
		) ?? null
	);
}

/**
 * Adds a registered name to a partner's aliases unless its name or an alias already reads the same
 * (folded), so the display name stays as an editor wrote it and the registered one stays searchable.
 */
export function keepRegisteredName(p: Partner, registered: string): boolean {
	const key = fold(registered);
	if ([p.name, ...p.aliases].some((n) => fold(n) === key)) return false;
	p.aliases.push(registered);
	return true;
}

/** Stronger roles win when one organisation appears twice in a project. */
const ROLE_RANK: Record<Project['partners'][number]['role'], number> = {
	coordinator: 3,
	partner: 2,
	associated: 1
};
export function strongerRole(
	a: Project['partners'][number]['role'],
	b: Project['partners'][number]['role']
): Project['partners'][number]['role'] {
	return ROLE_RANK[a] >= ROLE_RANK[b] ? a : b;
}

/**
 * Review marks: a project the import added stays marked "imported" until it has themes and sites;
 * then the mark goes.
 */
export function settleReview(project: Project): void {
	if (project.review === 'imported' && project.themes.length > 0 && project.sites.length > 0)
		delete project.review;
}

/**
 * meta.json's counts, recomputed for the keys it has (cities, missionCities, pilotCities, pilots,
 * projects, partners); other keys are left as they are. The as-of date is not changed: it is the date
 * an editor vouches for the whole set.
 */
export function updateMetaCounts(data: Dataset): void {
	const counts = data.meta.counts;
	if (!counts) return;
	const pilotCities = new Set(data.pilots.flatMap((p) => p.cities.map((c) => c.cityId)));
	const values: Record<string, number> = {
		cities: data.cities.length,
		missionCities: data.cities.filter((c) => c.mission).length,
		pilotCities: pilotCities.size,
		pilots: data.pilots.length,
		projects: data.projects.length,
		partners: data.partners.length
	};
	for (const key of Object.keys(counts)) if (key in values) counts[key] = values[key];
}
