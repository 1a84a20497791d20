// Pure: no DOM, no Svelte. Facet values named in a query: a country in any of the UI's 24 languages
// ("Allemagne", "Deutschland", "Niemcy" are DE) or a theme in the page's language. The names live in
// small maps beside the record index, so no record grows by 24 country names.
import { COUNTRY_NAMES } from '../data/schema';
import { locales } from '../paraglide/runtime.js';
import { fold } from './normalise';

/** Folded name -> facet value. */
export type NameMap = ReadonlyMap<string, string>;

/** A leading article some languages put before a country's name ("an Ghearmáin", "il-Ġermanja"). */
const ARTICLE = /^(an|na|il|l|ir|is|it|ix|iz|in|id|in|ic)\s/;

let countries: Map<string, string> | null = null;

/**
 * Every country's name in English (the data's) and in each UI language (Intl.DisplayNames), folded,
 * with and without a leading article. Built once: the names are not user data.
 * @example countryNames().get('niemcy') // 'DE'
 */
export function countryNames(): NameMap {
	if (countries) return countries;
	const steps = countryNameSteps();
	let step = steps.next();
	while (!step.done) step = steps.next();
	return (countries = step.value);
}

/**
 * Builds them ahead of the first search, a language per task: each language's names load its locale
 * data, and the first letter typed paid 50 ms at 4x CPU for all 24 at once. Not on a page's load
 * (a page that is only looked at loads none of it): when a search box is focused.
 */
export function prepareCountryNames(yieldTo: () => Promise<void>): Promise<void> {
	if (countries) return Promise.resolve();
	// One build however often it is asked for meanwhile (a box focused again, the keyboard reopened).
	return (preparing ??= buildCountryNames(yieldTo).then((built) => {
		countries ??= built;
	}));
}
let preparing: Promise<void> | null = null;

/** The same names as countryNames, built a language per task with `yieldTo()` in between. */
export async function buildCountryNames(
	yieldTo: () => Promise<void>
): Promise<Map<string, string>> {
	const steps = countryNameSteps();
	let step = steps.next();
	while (!step.done) {
		await yieldTo();
		step = steps.next();
	}
	return step.value;
}

function* countryNameSteps(): Generator<void, Map<string, string>> {
	const out = new Map<string, string>();
	const add = (name: string | undefined, code: string) => {
		const folded = fold(name ?? '');
		if (!folded) return;
		if (!out.has(folded)) out.set(folded, code);
		const bare = folded.replace(ARTICLE, '');
		if (bare !== folded && !out.has(bare)) out.set(bare, code);
	};
	const codes = Object.keys(COUNTRY_NAMES);
	for (const code of codes) add(COUNTRY_NAMES[code], code);
	for (const locale of locales) {
		yield;
		const names = new Intl.DisplayNames([locale], { type: 'region' });
		for (const code of codes) add(names.of(code), code);
	}
	return out;
}

export interface NamedValue {
	value: string;
	/** The query without the words that named it (folded). */
	rest: string;
}

/**
 * The longest run of query words that is a name in `names`, and the words left over.
 * @example namedIn('munich deutschland', countryNames()) // { value: 'DE', rest: 'munich' }
 */
export function namedIn(query: string, names: NameMap): NamedValue | null {
	const words = fold(query).split(' ').filter(Boolean);
	for (let len = Math.min(words.length, 4); len > 0; len--)
		for (let start = 0; start + len <= words.length; start++) {
			const value = names.get(words.slice(start, start + len).join(' '));
			if (value !== undefined)
				return {
					value,
					rest: [...words.slice(0, start), ...words.slice(start + len)].join(' ')
				};
		}
	return null;
}
