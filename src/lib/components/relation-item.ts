// Pure: no DOM, no Svelte. One link in a list of related records.
import { recordUrl, type RecordKind } from '../model/kinds';

export interface RelationItem {
	href: string;
	name: string;
	detail?: string | null;
	/** Low-confidence link: shown with a text marker, not colour only. */
	lowConfidence?: boolean;
	/** The relation's own sources, shown as small links beside it. */
	sources?: readonly string[];
}

/** A related record as a page's data holds it: its id, and the relation's confidence and sources if known. */
export interface Related {
	id: string;
	lowConfidence?: boolean;
	sources?: readonly string[];
}

/**
 * Links to related records of one kind: the URL comes from the kinds table, the relation's confidence
 * and sources come along, and `show` says what the link reads.
 * @example relationItems('city', sites, (c) => ({ name: c.name, detail: c.country }))
 */
export function relationItems<T extends Related>(
	kind: RecordKind,
	list: readonly T[],
	show: (record: T) => Pick<RelationItem, 'name' | 'detail'>
): RelationItem[] {
	return list.map((x) => ({
		href: recordUrl(kind, x.id),
		lowConfidence: x.lowConfidence,
		sources: x.sources,
		...show(x)
	}));
}
