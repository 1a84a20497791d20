// Server-only: "did you mean" suggestions for a page that was not found, from the search core.
import { runSearch } from '../search/engine';
import { closestNames } from '../search/fuzzy';
import { DEFAULT_STATE } from '../search/url';
import { dataset } from './dataset';
import { kindLabel, notFoundText, recordName } from '../messages';
import { kindOfSegment } from '../model/kinds';

export interface PageSuggestion {
	name: string;
	url: string;
	kind: string;
}

/** The id as words a person would search for: "munchen-xyz" -> "munchen xyz". */
export function idToQuery(id: string): string {
	let text = id;
	try {
		text = decodeURIComponent(id);
	} catch {
		// a malformed escape: search the raw text
	}
	return text
		.replace(/[-_+]+/g, ' ')
		.replace(/[^\p{L}\p{N} ]+/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim()
		.slice(0, 80);
}

/**
 * Up to `count` records whose names are closest to the text: search matches first, then the closest
 * names by shared trigrams, then the same for each word alone ("munchen xyz" still finds Munich).
 * Never throws: suggestions are a courtesy on an error page.
 */
export function suggestionsFor(text: string, count = 5): PageSuggestion[] {
	try {
		const { index, records } = dataset();
		const found: number[] = [];
		const add = (list: Iterable<number>) => {
			for (const i of list) if (!found.includes(i) && found.length < count) found.push(i);
		};
		const query = idToQuery(text);
		if (!query) return [];
		const attempts = [query, ...query.split(' ').filter((w) => w.length >= 3)];
		for (const q of attempts) {
			add(runSearch(index, { ...DEFAULT_STATE, q }).order.slice(0, count));
			add(closestNames(index, q, count));
		}
		return found.map((i) => ({
			name: recordName(records[i]),
			url: records[i].url,
			kind: kindLabel(records[i].kind)
		}));
	} catch {
		return [];
	}
}

/** "No city with the id “X” is in the data." for /cities/X, or null for other paths. */
export function notFoundMessage(pathname: string): string | null {
	const m = /^\/([a-z]+)\/([^/]+)\/?$/.exec(pathname);
	const kind = m ? kindOfSegment(m[1]) : null;
	if (!m || !kind) return null;
	let id = m[2];
	try {
		id = decodeURIComponent(id);
	} catch {
		// keep the raw text
	}
	return notFoundText(kind, id.slice(0, 80));
}
