// Pure: no DOM, no Svelte. Merges the taken rows of a CORDIS export into a data set: projects get the
// facts they lack, partner lists become CORDIS's participant lists, partners are found again or made.
// Nothing curated is lost: notes, sources, confidence, aliases and links the export does not know stay.
import type { Dataset, Partner, Project } from '../schema.ts';
import {
	cordisProjectUrl,
	isMissionTopic,
	type CordisOrganisation,
	type CordisProject
} from './cordis.ts';
import { readableName, slugId } from './names.ts';
import {
	PartnerIndex,
	addOnce,
	findCity,
	insertRecord,
	keepRegisteredName,
	newProject,
	settleReview,
	strongerRole,
	updateMetaCounts
} from './records.ts';

/** What the reader kept of an export: the taken projects and their participations. */
export interface CordisInput {
	projects: CordisProject[];
	organisations: CordisOrganisation[];
}

export interface MergeOptions {
	/**
	 * Remove what the export contradicts: a link of an imported project that CORDIS does not list, and
	 * then a partner left with no project at all.
	 */
	prune?: boolean;
}

export interface MergeResult {
	data: Dataset;
	/** Things the organiser should know that are not errors (a country code we do not know...). */
	notes: string[];
}

/**
 * Merges a CORDIS export into a copy of `before` (which is not changed).
 *
 * - A project already in the data (by `cordisId`) gets the facts it lacks (title, topic, dates, EU
 *   contribution, coordinator); a new one gets them all, empty themes and sites, and
 *   `review: "imported"`.
 * - Each participant is matched to a partner (PIC, then name and country) or becomes a new partner;
 *   its link gets the CORDIS role, `confidence: "high"` and the project page as a source. The
 *   project's partner list is then complete (`partnersComplete: true`).
 * - A matched partner keeps its name, kind and notes; the registered name becomes an alias; it gets
 *   its PIC, and its country, city and coordinates where it had none.
 */
export function mergeCordis(
	before: Dataset,
	input: CordisInput,
	options: MergeOptions = {}
): MergeResult {
	const data = structuredClone(before);
	const notes: string[] = [];
	const partners = new PartnerIndex(data.partners);
	const projectIds = new Set(data.projects.map((p) => p.id));
	const byCordisId = new Map(
		data.projects.filter((p) => p.cordisId).map((p) => [p.cordisId as string, p])
	);
	const orgsOf = new Map<string, CordisOrganisation[]>();
	for (const org of input.organisations) {
		const list = orgsOf.get(org.projectId) ?? [];
		list.push(org);
		orgsOf.set(org.projectId, list);
	}
	const unlinked = new Set<string>();

	for (const row of input.projects) {
		const url = cordisProjectUrl(row.cordisId);
		let project = byCordisId.get(row.cordisId);
		if (!project) {
			project = projectFromCordis(
				row,
				slugId(row.acronym || `project ${row.cordisId}`, projectIds)
			);
			projectIds.add(project.id);
			byCordisId.set(row.cordisId, project);
			insertRecord(data.projects, project);
		} else if (fillProject(project, row)) addOnce(project.sources, url);

		const orgs = [...(orgsOf.get(row.cordisId) ?? [])].sort(
			(a, b) => (a.order ?? Infinity) - (b.order ?? Infinity)
		);
		if (orgs.length === 0) {
			notes.push(
				`project ${row.cordisId} (${project.id}): the export lists no participants; its partners are left as they are`
			);
			continue;
		}
		const listed = new Set<string>();
		for (const org of orgs) {
			if (org.unknownCountry)
				notes.push(
					`${org.name} (PIC ${org.orgId}): country ${JSON.stringify(org.unknownCountry)} is not in our country list; left empty`
				);
			const partner = upsertPartner(data, partners, org, url);
			const again = listed.has(partner.id);
			listed.add(partner.id);
			const link = project.partners.find((l) => l.partnerId === partner.id);
			if (!link) {
				project.partners.push({
					partnerId: partner.id,
					role: org.role,
					confidence: 'high',
					note: null,
					sources: [url]
				});
				continue;
			}
			// One organisation twice in a project (e.g. also a third party): the stronger role wins.
			const role = again ? strongerRole(link.role, org.role) : org.role;
			if (link.role !== role) link.role = role;
			if (link.confidence !== 'high') link.confidence = 'high';
			addOnce(link.sources, url);
		}
		const coordinator = orgs.find((o) => o.role === 'coordinator');
		if (coordinator && project.coordinator === null) {
			const p = partners.find({
				orgId: coordinator.orgId,
				names: [coordinator.name],
				country: coordinator.country
			});
			if (p) project.coordinator = { name: p.name, country: p.country };
		}
		if (!project.partnersComplete) project.partnersComplete = true;
		if (options.prune) {
			for (const l of project.partners) if (!listed.has(l.partnerId)) unlinked.add(l.partnerId);
			project.partners = project.partners.filter((l) => listed.has(l.partnerId));
		}
	}

	if (options.prune && unlinked.size > 0) {
		const linked = new Set(data.projects.flatMap((p) => p.partners.map((l) => l.partnerId)));
		data.partners = data.partners.filter((p) => !unlinked.has(p.id) || linked.has(p.id));
	}
	for (const p of data.projects) settleReview(p);
	updateMetaCounts(data);
	return { data, notes };
}

function projectFromCordis(row: CordisProject, id: string): Project {
	const mission = row.topics.some(isMissionTopic);
	return newProject(id, row.acronym || row.cordisId, {
		title: row.title,
		programme: mission ? 'Horizon Europe (Cities Mission)' : 'Horizon Europe',
		topic: row.topics[0] ?? null,
		cordisId: row.cordisId,
		startDate: row.startDate,
		endDate: row.endDate,
		euContributionEUR: row.ecMaxContribution,
		sources: [cordisProjectUrl(row.cordisId)]
	});
}

/** Fills the facts a known project lacks; says whether it filled any. Set values are kept. */
function fillProject(project: Project, row: CordisProject): boolean {
	let changed = false;
	const fill = <K extends 'title' | 'topic' | 'startDate' | 'endDate' | 'euContributionEUR'>(
		key: K,
		value: Project[K]
	) => {
		if (project[key] === null && value !== null) {
			project[key] = value;
			changed = true;
		}
	};
	fill('title', row.title);
	fill('topic', row.topics[0] ?? null);
	// An end date before a curated start date would fail the check: dates are filled as a pair.
	if (project.startDate === null && project.endDate === null) {
		fill('startDate', row.startDate);
		fill('endDate', row.endDate);
	}
	fill('euContributionEUR', row.ecMaxContribution);
	return changed;
}

/**
 * The partner an organisation row stands for: found again (and completed where it lacks facts) or
 * new. Every fact it takes carries the project page as a source.
 */
function upsertPartner(
	data: Dataset,
	index: PartnerIndex,
	org: CordisOrganisation,
	url: string
): Partner {
	const names = [org.name, ...(org.shortName && org.shortName.length >= 4 ? [org.shortName] : [])];
	const found = index.find({ orgId: org.orgId, names, country: org.country });
	const city = findCity(data.cities, org.city, org.country);
	if (!found) {
		const name = readableName(org.name);
		const partner: Partner = {
			id: index.newId(name),
			name,
			kind: org.kind,
			country: org.country,
			city: org.city ? readableName(org.city) : null,
			cityId: city?.id ?? null,
			lat: org.lat ?? city?.lat ?? null,
			lon: org.lat !== null ? org.lon : (city?.lon ?? null),
			aliases: name === org.name ? [] : [org.name],
			notes: [],
			sources: [url],
			cordisOrgId: org.orgId
		};
		insertRecord(data.partners, partner);
		index.add(partner);
		return partner;
	}
	let facts = false;
	if (!found.cordisOrgId) {
		found.cordisOrgId = org.orgId;
		facts = true;
	}
	if (found.country === null && org.country) {
		const cityCountry = data.cities.find((c) => c.id === found.cityId)?.country;
		if (!cityCountry || cityCountry === org.country) {
			found.country = org.country;
			facts = true;
		}
	}
	if (found.city === null && org.city && found.country === org.country) {
		found.city = readableName(org.city);
		facts = true;
	}
	if (found.cityId === null && city && found.country === city.country) {
		found.cityId = city.id;
		facts = true;
	}
	if (found.lat === null && found.lon === null && org.lat !== null && org.lon !== null) {
		found.lat = org.lat;
		found.lon = org.lon;
		facts = true;
	}
	if (keepRegisteredName(found, org.name)) facts = true;
	if (facts) addOnce(found.sources, url);
	index.add(found);
	return found;
}
