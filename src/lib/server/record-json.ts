// Server-only: one record with its relations, as the API and export return it.
import type { LoadedData } from './dataset';
import { coPartners } from '../data/relations';
import { recordUrl, type Collection, type RecordKind } from '../model/kinds';
import type { SearchRecord } from '../search/records';

/**
 * A search result as the API returns it: data to list and link (kinds, flags, counts), no internal
 * fields and no display sentences. `name` is null for a pilot without a title; `cityNames` then
 * names it.
 */
export function resultJson(r: SearchRecord) {
	const { points: _points, related: _related, key: _key, ...fields } = r;
	return fields;
}

const ref = (kind: RecordKind, id: string, name: string | null) => ({
	kind,
	id,
	name,
	url: recordUrl(kind, id)
});

/** The answer's frame: kind, id, URL, the record and its relations; null when there is no record. */
function withRelations<T, R>(
	kind: RecordKind,
	id: string,
	record: T | undefined,
	relations: () => R
) {
	return record ? { kind, id, url: recordUrl(kind, id), record, relations: relations() } : null;
}

/** The record and its derived relations, or null when the id is unknown. */
export function recordWithRelations(d: LoadedData, collection: Collection, id: string) {
	const r = d.relations;
	switch (collection) {
		case 'cities': {
			return withRelations('city', id, r.cityById.get(id), () => ({
				themes: r.themesOfCity.get(id) ?? [],
				pilots: (r.pilotsOfCity.get(id) ?? []).map((p) => ({
					...ref('pilot', p.pilot.id, p.pilot.name),
					cohort: p.pilot.cohort,
					role: p.role
				})),
				projects: (r.projectsOfCity.get(id) ?? []).map((p) => ({
					...ref('project', p.project.id, p.project.acronym),
					role: p.role
				})),
				partners: (r.partnersInCity.get(id) ?? []).map((p) => ({
					...ref('partner', p.id, p.name),
					type: p.kind
				}))
			}));
		}
		case 'pilots': {
			return withRelations('pilot', id, r.pilotById.get(id), () => ({
				cities: (r.citiesOfPilot.get(id) ?? []).map((c) => ({
					...ref('city', c.city.id, c.city.name),
					role: c.role
				}))
			}));
		}
		case 'projects': {
			return withRelations('project', id, r.projectById.get(id), () => ({
				sites: (r.sitesOfProject.get(id) ?? []).map((s) => ({
					...ref('city', s.city.id, s.city.name),
					role: s.role
				})),
				partners: (r.partnersOfProject.get(id) ?? []).map((p) => ({
					...ref('partner', p.partner.id, p.partner.name),
					role: p.role,
					confidence: p.confidence,
					country: p.partner.country,
					type: p.partner.kind
				}))
			}));
		}
		case 'partners': {
			return withRelations('partner', id, r.partnerById.get(id), () => ({
				projects: (r.projectsOfPartner.get(id) ?? []).map((p) => ({
					...ref('project', p.project.id, p.project.acronym),
					role: p.role,
					confidence: p.confidence
				})),
				coPartners: coPartners(r, id).map((c) => ({
					...ref('partner', c.partner.id, c.partner.name),
					sharedProjects: c.shared.map((p) => p.id)
				}))
			}));
		}
	}
}
