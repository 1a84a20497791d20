// Pure: no DOM, no Svelte. Names as the import sees them: match keys, readable names from registered
// capitals, slug ids, and whether an organisation is a city administration.
import { fold } from '../../search/normalise.ts';

/** Legal forms left out of a match key, so "Example GmbH" and "EXAMPLE" are the same organisation. */
const LEGAL_FORMS = new Set(
	'ab ag as asa bv cic cv ev eg gmbh ggmbh ug kg ltd llp nv oy oyj plc sa sas sarl scrl sl slu spa srl sro zoo oo z sp aps ev ry vzw asbl ngo inc'.split(
		' '
	)
);

/**
 * The key two names are matched by: folded (case, accents, punctuation) and without trailing legal
 * forms. @example matchKey('adelphi research gGmbH') === matchKey('ADELPHI RESEARCH') // 'adelphi research'
 */
export function matchKey(name: string): string {
	// Dots go first, so S.A., e.V. and B.V. fold to one word.
	const words = fold(name.replace(/\./g, '')).split(' ');
	while (words.length > 1 && LEGAL_FORMS.has(words[words.length - 1])) words.pop();
	return words.join(' ');
}

const SMALL_WORDS = new Set(
	'of the and for in on at to de di da do del della des du la le les et y e i a van von der den zur zum fur für und och og en al per por'.split(
		' '
	)
);

/** Legal forms as they are usually written. */
const LEGAL_FORM_CASE: Record<string, string> = {
	gmbh: 'GmbH',
	ggmbh: 'gGmbH',
	ltd: 'Ltd',
	plc: 'plc',
	spa: 'SpA',
	oy: 'Oy',
	oyj: 'Oyj',
	sarl: 'SARL',
	scrl: 'SCRL',
	asbl: 'ASBL',
	vzw: 'VZW'
};

/**
 * A readable name from a registered one written in capitals (CORDIS writes most that way); a name
 * with lower-case letters is kept as it is. Short words that are not small words stay in capitals
 * (acronyms such as TU or KTH).
 * @example readableName('EXAMPLE RESEARCH INSTITUTE OF TESTVILLE') === 'Example Research Institute of Testville'
 */
export function readableName(registered: string): string {
	const name = registered.trim().replace(/\s+/g, ' ');
	if (/\p{Ll}/u.test(name)) return name;
	let first = true;
	return name.replace(/\p{L}[\p{L}\p{M}']*/gu, (word) => {
		const lower = word.toLowerCase();
		const isFirst = first;
		first = false;
		if (!isFirst && SMALL_WORDS.has(lower)) return lower;
		if (lower in LEGAL_FORM_CASE) return LEGAL_FORM_CASE[lower];
		if (word.length <= 3 && !SMALL_WORDS.has(lower)) return word;
		return lower.charAt(0).toUpperCase() + lower.slice(1);
	});
}

/** Longest slug before the uniqueness suffix; the schema allows 80 characters. */
const SLUG_MAX = 60;

/**
 * A new record id from a name: folded, words joined by dashes, at most 60 characters, unique among
 * `taken` (a number is added: `-2`, `-3`...). Never empty.
 * @example slugId('Łódź Energy Agency', new Set()) === 'lodz-energy-agency'
 */
export function slugId(name: string, taken: ReadonlySet<string>): string {
	let base = '';
	for (const word of fold(name).split(' ').filter(Boolean)) {
		const next = base ? `${base}-${word}` : word;
		if (next.length > SLUG_MAX) break;
		base = next;
	}
	if (!base) base = fold(name).replace(/ /g, '-').slice(0, SLUG_MAX).replace(/-+$/, '') || 'record';
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Words (folded) that name a city administration in the languages of Mission Cities. Matched as
 * whole words, or as the start of a word where the language compounds (Landeshauptstadt, Kommune).
 */
const CITY_PHRASES = [
	'city of',
	'city council',
	'municipality',
	'municipal',
	'comune di',
	'citta di',
	'gemeente',
	'stadt',
	'landeshauptstadt',
	'hansestadt',
	'stadtgemeinde',
	'magistrat',
	'kommune',
	'kommun',
	'ayuntamiento',
	'ajuntament',
	'concello',
	'miasto',
	'gmina',
	'ville de',
	'mairie',
	'commune de',
	'camara municipal',
	'municipio',
	'kaupunki',
	'stad',
	'dimos',
	'grad',
	'mesto',
	'obec',
	'primaria',
	'savivaldybe',
	'pasvaldiba',
	'linn',
	'fovarosi',
	'onkormanyzat',
	'opstina',
	'obcina'
];
const CITY_PATTERN = new RegExp(
	`(^| )(${CITY_PHRASES.join('|')})( |$)|(^| )\\p{L}*(stadt|kaupunki|kommune)( |$)`,
	'u'
);

/**
 * Whether a registered name is a city administration's ("CITY OF TESTVILLE", "COMUNE DI BOLOGNA",
 * "LANDESHAUPTSTADT MUENCHEN"). Only asked for public bodies and "other" organisations, so a
 * university in Darmstadt stays a university.
 */
export function isCityAdministration(name: string): boolean {
	return CITY_PATTERN.test(fold(name));
}
