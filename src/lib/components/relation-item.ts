// Pure: no DOM, no Svelte. One link in a list of related records.
export interface RelationItem {
	href: string;
	name: string;
	detail?: string | null;
	/** Low-confidence link: shown with a text marker, not colour only. */
	lowConfidence?: boolean;
	/** The relation's own sources, shown as small links beside it. */
	sources?: readonly string[];
}
