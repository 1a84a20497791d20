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
