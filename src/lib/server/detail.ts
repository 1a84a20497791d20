// Server-only: what every detail page shares: the 404 with suggestions, and the records for its map.
import { error } from '@sveltejs/kit';
import type { LoadedData } from './dataset';
import type { SearchRecord } from '../search/records';
import { suggestionsFor } from './suggest';

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

/** The record and the records it relates to (each once), for the small map on its page. */
export function mapRecords(d: LoadedData, key: string, extra: string[] = []): SearchRecord[] {
	const byKey = new Map(d.records.map((r) => [r.key, r]));
	const self = byKey.get(key);
	if (!self) return [];
	const keys = new Set([key, ...self.related, ...extra]);
	return [...keys].map((k) => byKey.get(k)).filter((r): r is SearchRecord => !!r);
}

export type { RelationItem } from '../components/relation-item';
