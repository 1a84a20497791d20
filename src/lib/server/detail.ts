// Server-only: what every detail page shares: the record or the 404 with suggestions, theme labels,
// and the records for its map.
import { error } from '@sveltejs/kit';
import { dataset, type LoadedData } from './dataset';
import type { City, Partner, Pilot, Project } from '../data/schema';
import type { Relations } from '../data/relations';
import type { SearchRecord } from '../search/records';
import { suggestionsFor } from './suggest';
import { themeLabelMap } from '../messages';

export const KIND_NAMES = {
	city: 'city',
	pilot: 'pilot',
	project: 'project',
	partner: 'partner organisation'
} as const;

/** Throws the 404 of a detail page: says what was not found and offers the closest records. */
export function notFound(kind: keyof typeof KIND_NAMES, id: string): never {
	error(404, {
		message: `No ${KIND_NAMES[kind]} with the id “${id.slice(0, 80)}” is in the data.`,
		suggestions: suggestionsFor(id)
	});
}

interface RecordOfKind {
	city: City;
	pilot: Pilot;
	project: Project;
	partner: Partner;
}

const BY_ID: { [K in keyof RecordOfKind]: (r: Relations) => Map<string, RecordOfKind[K]> } = {
	city: (r) => r.cityById,
	pilot: (r) => r.pilotById,
	project: (r) => r.projectById,
	partner: (r) => r.partnerById
};

/**
 * What every record page's load starts from: the data set, its relations, the record of this kind
 * and id (or the 404 with suggestions), and theme ids as `{ id, label }` tags.
 */
export function recordContext<K extends keyof RecordOfKind>(kind: K, id: string) {
	const d = dataset();
	const r = d.relations;
	const record = BY_ID[kind](r).get(id);
	if (!record) notFound(kind, id);
	const themeLabel = themeLabelMap(d.data.themes);
	const themes = (ids: readonly string[]) =>
		ids.map((themeId) => ({ id: themeId, label: themeLabel.get(themeId) ?? themeId }));
	return { d, r, record, themeLabel, themes };
}

/** The record and the records it relates to (each once), for the small map on its page. */
export function mapRecords(d: LoadedData, key: string, extra: string[] = []): SearchRecord[] {
	const byKey = new Map(d.records.map((r) => [r.key, r]));
	const self = byKey.get(key);
	if (!self) return [];
	const keys = new Set([key, ...self.related, ...extra]);
	return [...keys].map((k) => byKey.get(k)).filter((r): r is SearchRecord => !!r);
}

export type { RelationItem } from '../components/relation-item';
