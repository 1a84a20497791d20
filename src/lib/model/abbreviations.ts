// Pure: no DOM, no Svelte. Abbreviations practitioners type for what projects work on, beside the
// themes they belong to. A record whose title or summary spells a phrase out is found by its
// abbreviation too ("PED", "PEDs"), and the search index reads this one table.

export interface Abbreviation {
	/** As people write it; matched folded, with or without a plural "s". */
	abbr: string;
	/** The theme id (data/themes.json) the phrase belongs to. */
	theme: string;
	/** Folded word prefixes: "positive energy district" also matches "... districts". */
	phrases: readonly string[];
}

export const ABBREVIATIONS: readonly Abbreviation[] = [
	{
		abbr: 'PED',
		theme: 'energy',
		phrases: ['positive energy district', 'positive clean energy district']
	},
	{ abbr: 'NBS', theme: 'green-infrastructure-nature', phrases: ['nature based solution'] },
	{ abbr: 'CCC', theme: 'governance-policy', phrases: ['climate city contract'] },
	{ abbr: 'SUMP', theme: 'mobility', phrases: ['sustainable urban mobility plan'] }
];

const PHRASE_PATTERNS = ABBREVIATIONS.map((a) => ({
	abbr: a.abbr.toLowerCase(),
	patterns: a.phrases.map((p) => new RegExp(`(?:^| )${p.split(' ').join('\\S* ')}`))
}));

/** The folded abbreviations whose phrase a folded text spells out. */
export function abbreviationsIn(foldedText: string): string[] {
	return PHRASE_PATTERNS.filter((a) => a.patterns.some((p) => p.test(foldedText))).map(
		(a) => a.abbr
	);
}

const KNOWN = new Set(PHRASE_PATTERNS.map((a) => a.abbr));

/** A folded query word as an abbreviation: "peds" is "ped"; other words are themselves. */
export function singularAbbreviation(word: string): string {
	return word.endsWith('s') && KNOWN.has(word.slice(0, -1)) ? word.slice(0, -1) : word;
}
