// Pure: no DOM, no Svelte.

/** Letters that NFD does not decompose into a base letter and a combining mark. */
const EXTRA_FOLDS: Record<string, string> = {
	ł: 'l',
	đ: 'd',
	ø: 'o',
	æ: 'ae',
	œ: 'oe',
	ß: 'ss',
	ı: 'i',
	þ: 'th',
	ð: 'd',
	ħ: 'h',
	ŀ: 'l',
	ŧ: 't'
};
const EXTRA_FOLD_PATTERN = /[łđøæœßıþðħŀŧ]/g;

/**
 * Folds text for matching, the same way for data and queries: lower case, accents removed, letters
 * NFD keeps whole mapped (ł→l, ø→o, ß→ss...), and every run of punctuation or spaces turned into
 * one space. Because every fuse.js operator character (' ^ ! = $ |) is punctuation, a folded
 * query can never trigger extended-search syntax.
 * @example fold("'s-Hertogenbosch") === 's hertogenbosch'; fold('Łódź') === 'lodz'
 */
export function fold(text: string): string {
	return text
		.normalize('NFKD')
		.toLowerCase()
		.replace(/\p{M}+/gu, '')
		.replace(EXTRA_FOLD_PATTERN, (ch) => EXTRA_FOLDS[ch] ?? ch)
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** Folded words of a text. */
export function words(text: string): string[] {
	const f = fold(text);
	return f ? f.split(' ') : [];
}
