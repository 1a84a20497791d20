import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { matchSuggestions, parseMatchParams, MATCH_SCORING } from '$lib/data/match';
import { countryName, currentLocale, themeLabelMap } from '$lib/messages';
import { suggestionWords } from '$lib/server/suggestions';

// Reads url.searchParams on purpose: the finder is a GET form whose answer is computed on the server.
export const load: PageServerLoad = ({ url }) => {
	const d = dataset();
	const params = parseMatchParams(url.searchParams, d.data);
	const asked = params.city !== null || params.country !== null || params.themes.length > 0;
	const result = asked ? matchSuggestions(d.data, d.relations, params) : null;
	const locale = currentLocale();
	const groups = new Map<string, { id: string; name: string }[]>();
	for (const c of d.data.cities) {
		const name = countryName(c.country);
		groups.set(name, [...(groups.get(name) ?? []), { id: c.id, name: c.name }]);
	}
	const cityGroups = [...groups]
		.sort(([a], [b]) => a.localeCompare(b, locale))
		.map(([country, cities]) => ({
			country,
			cities: cities.sort((a, b) => a.name.localeCompare(b.name, locale))
		}));
	const countries = [
		...new Set([
			...d.data.cities.map((c) => c.country),
			...d.data.partners.map((p) => p.country).filter((c): c is string => !!c)
		])
	]
		.map((code) => ({ code, name: countryName(code) }))
		.sort((a, b) => a.name.localeCompare(b.name, locale));
	const themeLabels = themeLabelMap(d.data.themes);
	const { words, view: link } = suggestionWords(themeLabels);
	return {
		params,
		cityGroups,
		countries,
		result: result && {
			city: result.profile.city && { id: result.profile.city.id, name: result.profile.city.name },
			country: result.profile.country,
			countryName: result.profile.country ? countryName(result.profile.country) : null,
			themes: result.profile.themes,
			cities: result.cities.map(link),
			pilots: result.pilots.map(link),
			projects: result.projects.map(link),
			partners: result.partners.map(link),
			known: result.known.map(link),
			common: {
				cities: words(result.common.cities),
				pilots: words(result.common.pilots),
				projects: words(result.common.projects),
				partners: words(result.common.partners),
				known: words(result.common.known)
			}
		},
		scaleMax: MATCH_SCORING.scale
	};
};
