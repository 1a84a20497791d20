// Pure: no DOM, no Svelte. Which data notes people read, and which are for the data's editors.

/** "ascend: confidence low": a note tagged with a project id, as data editors write per project. */
const PROJECT_TAG = /^([a-z0-9-]+):\s/;

/**
 * A partner's notes meant for readers. Partners keep one note per project, tagged with the project id
 * ("ascend: listed as '20Comunications' on the Munich site", "gkec: confidence low"): these are the
 * editors' working copies of the project link's own note and confidence, which the project link already
 * carries (and the page shows in words). Untagged notes are about the organisation itself and are kept.
 * @example readerNotes(['gkec: confidence low', 'city from the name'], new Set(['gkec'])) // ['city from the name']
 */
export function readerNotes(notes: readonly string[], projectIds: ReadonlySet<string>): string[] {
	return notes.filter((note) => {
		const tag = PROJECT_TAG.exec(note)?.[1];
		return !(tag && projectIds.has(tag));
	});
}
