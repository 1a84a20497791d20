// Pure: no DOM, no Svelte. How good a search's best matches are: whether one result stands out as what
// was meant, so that Enter in the search box can open it.
import { Tier, type Match } from './fuzzy';

/**
 * The result Enter opens, or null when no result clearly stands out (then Enter commits the query).
 * The best match must be a name match of one of the top tiers (an exact name, a name starting with the
 * query, or names whose words start with every query word) and the only one of its tier: "munich" is
 * Munich (exact, the rest are word matches), "malm" is Malmö, but "barcelona" is not "Barcelona
 * Supercomputing Center" only when Barcelona itself is listed. Title-word and fuzzy matches never
 * qualify: "vienna" finding "Zaragoza Vivienda" must not open it.
 * @example clearBestMatch([{ index: 3, tier: Tier.Exact, score: 6 }, { index: 9, tier: Tier.WordPrefix, score: 34 }]) // the first
 */
export function clearBestMatch(results: readonly Match[]): Match | null {
	const [first, second] = results;
	if (!first || first.tier > Tier.WordPrefix) return null;
	return !second || second.tier > first.tier ? first : null;
}

/**
 * Below this fuse.js score a fuzzy match is a spelling of that name ("barcellona" finds Barcelona at
 * 0.27, "gotenburg" Gothenburg at 0.19); above it, another name ("vienna" finds "Zaragoza Vivienda" at
 * 0.69, "helsinky" Helsingborg at 0.45). Measured on the data set's typos, see match-quality.test.ts.
 */
export const CLOSE_SPELLING_SCORE = 0.35;

/** Whether a match is by a name or title, or by a close spelling of one (not a far fuzzy guess). */
export function isNameMatch(match: Match): boolean {
	return match.tier < Tier.Fuzzy || match.score <= CLOSE_SPELLING_SCORE;
}

/**
 * Whether a query reads like a place name (letters, spaces, hyphens, apostrophes and dots, at most
 * four words), so that "not in the data" can say "no city called ...". Anything else gets the neutral
 * wording; both are true when nothing in the data is called that.
 * @example looksLikePlaceName('zürich') // true; looksLikePlaceName('zone 42') // false
 */
export function looksLikePlaceName(query: string): boolean {
	const words = query.trim().split(/\s+/);
	return words.length <= 4 && /^[\p{L}\p{M}]+(?:[\s'’.-]+[\p{L}\p{M}]+)*\.?$/u.test(query.trim());
}
