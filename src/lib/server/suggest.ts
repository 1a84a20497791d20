// Server-only: "did you mean" suggestions for a page that was not found, from the search core.
import { runSearch } from '../search/engine';
import { closestNames } from '../search/fuzzy';
import { DEFAULT_STATE } from '../search/url';
import { dataset } from './dataset';

export interface PageSuggestion {
	name: string;
	url: string;
	kind: string;
}

const KIND_LABEL = {
	city: 'City',
	pilot: 'Pilot',
	project: 'Project',
	partner: 'Partner'
} as const;

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
			name: records[i].name,
			url: records[i].url,
			kind: KIND_LABEL[records[i].kind]
		}));
	} catch {
		return [];
	}
}

const SEGMENT_KIND: Record<string, string> = {
	cities: 'city',
	pilots: 'pilot',
	projects: 'project',
	partners: 'partner organisation'
};

/** "No city with the id “X” is in the data." for /cities/X, or null for other paths. */
export function notFoundMessage(pathname: string): string | null {
	const m = /^\/(cities|pilots|projects|partners)\/([^/]+)\/?$/.exec(pathname);
	if (!m) return null;
	let id = m[2];
	try {
		id = decodeURIComponent(id);
	} catch {
		// keep the raw text
	}
	return `No ${SEGMENT_KIND[m[1]]} with the id “${id.slice(0, 80)}” is in the data.`;
}
