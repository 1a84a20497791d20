// Pure: no DOM, no Svelte. The partner finder: given "my city" (or a country and themes when the city is
// not in the data), rank Pilot Cities, pilots, projects and partners worth talking to, with the reasons.
import { COUNTRY_NAMES, type City, type Dataset } from './schema';
import { distanceKm, areNeighbours } from './geo';
import type { Relations } from './relations';

/** How a suggestion is scored: points per reason, and where the points turn into words. */
export const MATCH_SCORING = {
	/** Each theme the suggestion shares with you: the strongest signal of a useful conversation. */
	theme: 3,
	/** Full points for being next door, falling linearly to zero at `horizon`. */
	distance: 4,
	/** Beyond this distance (km) closeness adds nothing (roughly "a day's train ride" within Europe). */
	horizon: 1500,
	/** Same country: same language, laws and national funding, so exchanges are easier. */
	country: 3,
	/** A neighbouring country (shared land border): often cross-border programmes and similar climate. */
	neighbour: 1.5,
	/** Each project you already share: there is already a channel to talk through. */
	project: 4,
	/** Cities of a similar size face similar problems; full points when the populations are equal. */
	size: 2,
	/** Populations count as similar when the smaller is at least this share of the larger. */
	sizeRatio: 0.5,
	/** A partner based in your own city: the easiest first contact. */
	city: 5,
	/** A match of this many points or more is "strong" (e.g. three shared themes, same country, nearby). */
	strong: 15,
	/** A match of this many points or more is "good" (e.g. two shared themes and the same country). */
	good: 8,
	/** The strength bar is full at this many points (more only happens with many shared themes). */
	scale: 24
} as const;
/** How many suggestions of each kind are returned. */
export const MATCH_LIMIT = 10;

/** Which part of a suggestion a place reason is about: the record itself, one of a project's sites
 * or one of a multi-city pilot's cities. */
export type PlacePart = 'self' | 'site' | 'city';

/** Why a suggestion was made, as data; the messages module says it in words. */
export type Reason =
	| { kind: 'themes'; themes: string[] }
	| { kind: 'distance'; km: number; from: string; via: string | null; part: PlacePart }
	| { kind: 'country'; country: string; part: PlacePart }
	| { kind: 'neighbour'; country: string; of: string; part: PlacePart }
	| { kind: 'projects'; projects: string[]; yours: boolean }
	| { kind: 'size'; population: number }
	| { kind: 'city'; city: string };
export type ReasonKind = Reason['kind'];

export type SuggestionKind = 'city' | 'pilot' | 'project' | 'partner';
export type MatchStrength = 'strong' | 'good' | 'weak';

/** A score in bands a person can read; the bands are explained on /about#matching. */
export function matchStrength(score: number): MatchStrength {
	return score >= MATCH_SCORING.strong ? 'strong' : score >= MATCH_SCORING.good ? 'good' : 'weak';
}
export interface Suggestion {
	kind: SuggestionKind;
	id: string;
	/** Null for a pilot without a published title (named by `cityNames`). */
	name: string | null;
	cityNames?: string[];
	country: string | null;
	score: number;
	reasons: Reason[];
	/** For a Pilot City: its pilots, each with the themes it shares with you (the ones to ask about). */
	pilots?: PilotLink[];
}

/** A pilot of a suggested Pilot City, with the themes it shares with you. */
export interface PilotLink {
	id: string;
	/** Null for a pilot without a published title (named by its cities). */
	name: string | null;
	cityNames: string[];
	themes: string[];
}

export interface MatchProfile {
	/** The person's city, when it is in the data. */
	city: City | null;
	country: string | null;
	themes: string[];
}

export type MatchList = 'cities' | 'pilots' | 'projects' | 'partners' | 'known';

export interface MatchResult {
	profile: MatchProfile;
	cities: Suggestion[];
	pilots: Suggestion[];
	projects: Suggestion[];
	/** Partners you are not working with yet (your own city administration is never suggested). */
	partners: Suggestion[];
	/** Partners you already work with: based in your city or already in your projects. */
	known: Suggestion[];
	/** Per list, the reasons every shown suggestion shares: said once, left out of each suggestion. */
	common: Record<MatchList, Reason[]>;
}

export interface MatchParams {
	city: string | null;
	country: string | null;
	themes: string[];
	/** Parameter values that were not understood and left out, to tell the user (the messages say them). */
	ignored: IgnoredParam[];
}

/** A parameter value the finder left out: which parameter, and the value as given (cut to 40 characters). */
export interface IgnoredParam {
	param: 'city' | 'country' | 'theme';
	value: string;
}

/**
 * Reads /match parameters forgivingly: unknown cities, countries and themes are ignored (and listed).
 * @example parseMatchParams(new URLSearchParams('country=de&theme=energy,zzz'), data) // {country: 'DE', themes: ['energy'], ignored: [{param: 'theme', value: 'zzz'}]}
 */
export function parseMatchParams(
	params: URLSearchParams,
	data: Pick<Dataset, 'cities' | 'themes'>
): MatchParams {
	const ignored: IgnoredParam[] = [];
	const rawCity = (params.get('city') ?? '').trim();
	let city: string | null = null;
	if (rawCity) {
		if (data.cities.some((c) => c.id === rawCity)) city = rawCity;
		else ignored.push({ param: 'city', value: rawCity.slice(0, 40) });
	}
	const rawCountry = (params.get('country') ?? '').trim().toUpperCase();
	let country: string | null = null;
	if (rawCountry) {
		if (rawCountry in COUNTRY_NAMES) country = rawCountry;
		else ignored.push({ param: 'country', value: rawCountry.slice(0, 40) });
	}
	const known = new Set(data.themes.map((t) => t.id));
	const themes: string[] = [];
	for (const t of params
		.getAll('theme')
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter(Boolean)) {
		if (known.has(t)) {
			if (!themes.includes(t)) themes.push(t);
		} else ignored.push({ param: 'theme', value: t.slice(0, 40) });
	}
	return { city, country, themes: themes.sort(), ignored: ignored.slice(0, 10) };
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Deterministic order: higher score first, then name, then id (so equal input gives equal output). */
export function compareSuggestions(a: Suggestion, b: Suggestion): number {
	if (b.score !== a.score) return b.score - a.score;
	const an = a.name ?? a.cityNames?.join(' ') ?? '';
	const bn = b.name ?? b.cityNames?.join(' ') ?? '';
	if (an !== bn) return an < bn ? -1 : 1;
	return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

interface Scorer {
	score: number;
	reasons: Reason[];
}

/** Points for each project the suggestion already shares with you (`yours`: said as "your projects"). */
function projectScore(
	s: Scorer,
	shared: readonly { project: { acronym: string } }[],
	yours: boolean
) {
	if (!shared.length) return;
	s.score += shared.length * MATCH_SCORING.project;
	s.reasons.push({ kind: 'projects', projects: shared.map((x) => x.project.acronym), yours });
}

function themeScore(s: Scorer, mine: Set<string>, theirs: string[]) {
	const shared = theirs.filter((t) => mine.has(t));
	if (!shared.length) return;
	s.score += shared.length * MATCH_SCORING.theme;
	s.reasons.push({ kind: 'themes', themes: shared });
}

/**
 * Distance and country points. `part` says what the place is: the record itself, or the site or city
 * (of several) that is nearest and in the country named, so the words can say "a site in Gdańsk".
 */
function placeScore(
	s: Scorer,
	profile: MatchProfile,
	country: string | null,
	nearest: { km: number; name: string | null } | null,
	part: PlacePart
) {
	if (profile.city && nearest) {
		const closeness = Math.max(0, 1 - nearest.km / MATCH_SCORING.horizon);
		s.score += closeness * MATCH_SCORING.distance;
		s.reasons.push({
			kind: 'distance',
			km: nearest.km,
			from: profile.city.name,
			via: part === 'self' ? null : nearest.name,
			part
		});
	}
	if (!profile.country || !country) return;
	if (country === profile.country) {
		s.score += MATCH_SCORING.country;
		s.reasons.push({ kind: 'country', country, part });
	} else if (areNeighbours(country, profile.country)) {
		s.score += MATCH_SCORING.neighbour;
		s.reasons.push({ kind: 'neighbour', country, of: profile.country, part });
	}
}

function nearestOf(profile: MatchProfile, cities: City[]): { km: number; name: string } | null {
	if (!profile.city || !cities.length) return null;
	let best: { km: number; name: string } | null = null;
	for (const c of cities) {
		const d = distanceKm(profile.city, c);
		if (!best || d < best.km) best = { km: d, name: c.name };
	}
	return best;
}

/** The country a group of places is matched on: yours if one is there, else a neighbour's. */
function countryOf(profile: MatchProfile, countries: string[]): string | null {
	if (profile.country && countries.includes(profile.country)) return profile.country;
	return countries.find((c) => areNeighbours(c, profile.country)) ?? null;
}

const sameReason = (a: Reason, b: Reason) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Reasons every shown suggestion shares do not tell one from another: they are returned once, as
 * `common`, and taken out of each suggestion. For shared themes this holds theme by theme: the themes
 * every suggestion shares with you are said once, and each keeps only its other themes. A list of one
 * keeps its reasons.
 */
export function splitCommonReasons(list: Suggestion[]): {
	list: Suggestion[];
	common: Reason[];
} {
	if (list.length < 2) return { list, common: [] };
	const themesOf = (s: Suggestion) =>
		s.reasons.find((r): r is Extract<Reason, { kind: 'themes' }> => r.kind === 'themes')?.themes ??
		[];
	const everyTheme = themesOf(list[0]).filter((t) => list.every((s) => themesOf(s).includes(t)));
	const common: Reason[] = list[0].reasons.flatMap((r): Reason[] => {
		if (r.kind === 'themes')
			return everyTheme.length ? [{ kind: 'themes', themes: everyTheme }] : [];
		return list.every((s) => s.reasons.some((x) => sameReason(x, r))) ? [r] : [];
	});
	if (!common.length) return { list, common };
	const strip = (r: Reason): Reason | null => {
		if (r.kind === 'themes') {
			const rest = r.themes.filter((t) => !everyTheme.includes(t));
			return rest.length ? { kind: 'themes', themes: rest } : null;
		}
		return common.some((c) => sameReason(c, r)) ? null : r;
	};
	return {
		list: list.map((s) => ({
			...s,
			reasons: s.reasons.map(strip).filter((r): r is Reason => r !== null)
		})),
		common
	};
}

/** A city is a Pilot City when it takes part in at least one pilot. */
export function isPilotCity(r: Relations, cityId: string): boolean {
	return (r.pilotsOfCity.get(cityId) ?? []).length > 0;
}

/** The profile of a city in the data: its country and the themes of its pilots and projects. */
export function cityProfile(r: Relations, city: City, extraThemes: string[] = []): MatchProfile {
	return {
		city,
		country: city.country,
		themes: [...new Set([...(r.themesOfCity.get(city.id) ?? []), ...extraThemes])].sort()
	};
}

/**
 * Scores one city against a profile: shared themes, distance, same or neighbouring country, shared
 * projects and similar size. The score is symmetric between two cities in the data, so the same
 * function ranks Pilot Cities for a Mission City and Mission Cities for a Pilot City.
 */
export function scoreCity(
	r: Relations,
	profile: MatchProfile,
	myProjects: ReadonlySet<string>,
	c: City
): Suggestion {
	const s: Scorer = { score: 0, reasons: [] };
	themeScore(s, new Set(profile.themes), r.themesOfCity.get(c.id) ?? []);
	placeScore(s, profile, c.country, nearestOf(profile, [c]), 'self');
	const shared = (r.projectsOfCity.get(c.id) ?? []).filter((p) => myProjects.has(p.project.id));
	projectScore(s, shared, false);
	const mine = profile.city?.population;
	if (mine && c.population) {
		const ratio = Math.min(mine, c.population) / Math.max(mine, c.population);
		if (ratio >= MATCH_SCORING.sizeRatio) {
			s.score += ratio * MATCH_SCORING.size;
			s.reasons.push({ kind: 'size', population: c.population });
		}
	}
	return { kind: 'city', id: c.id, name: c.name, country: c.country, ...s };
}

/** The themes a suggestion shares with you, from its reasons. */
export function sharedThemes(s: Pick<Suggestion, 'reasons'>): string[] {
	return s.reasons.find((x) => x.kind === 'themes')?.themes ?? [];
}

/**
 * Adds a Pilot City's pilots to its suggestion: those carrying a theme you share first, each with the
 * themes it shares; pilots sharing none follow, so a suggestion made for place alone still names them.
 */
export function withPilots(r: Relations, s: Suggestion): Suggestion {
	const shared = new Set(sharedThemes(s));
	const pilots = (r.pilotsOfCity.get(s.id) ?? []).map(({ pilot }) => ({
		id: pilot.id,
		name: pilot.name,
		cityNames: (r.citiesOfPilot.get(pilot.id) ?? []).map((x) => x.city.name),
		themes: pilot.themes.filter((t) => shared.has(t))
	}));
	pilots.sort((a, b) => b.themes.length - a.themes.length);
	return { ...s, pilots };
}

/** Suggestions worth showing: scoring something, best first, at most `limit`. */
export function topSuggestions(list: Suggestion[], limit: number): Suggestion[] {
	return list
		.filter((s) => s.score > 0)
		.map((s) => ({ ...s, score: round(s.score) }))
		.sort(compareSuggestions)
		.slice(0, limit);
}

/** The ids of the projects with a site in a city. */
export function projectsOf(r: Relations, city: City | null): Set<string> {
	return new Set(city ? (r.projectsOfCity.get(city.id) ?? []).map((p) => p.project.id) : []);
}

/**
 * Pilot Cities to learn from, for a profile: every Pilot City but your own city, scored by
 * `scoreCity`, each with its pilots. The partner finder, a city's page and its kiosk card all read this.
 */
export function rankPilotCities(
	data: Pick<Dataset, 'cities'>,
	r: Relations,
	profile: MatchProfile,
	limit = MATCH_LIMIT
): Suggestion[] {
	const myProjects = projectsOf(r, profile.city);
	return topSuggestions(
		data.cities
			.filter((c) => c.id !== profile.city?.id && isPilotCity(r, c.id))
			.map((c) => withPilots(r, scoreCity(r, profile, myProjects, c))),
		limit
	);
}

/** Your own city administration: a city-type partner based in your city. It is not a partner to find. */
export function isOwnAdministration(
	partner: { kind: string; cityId: string | null },
	city: City | null
): boolean {
	return !!city && partner.kind === 'city' && partner.cityId === city.id;
}

/**
 * Ranks suggestions for a city (or a country and themes). Scores add up the named weights above; every
 * point comes with a reason the page shows. Records you are already part of (your own pilots and
 * projects, your own city administration) are left out, and so is anything that scores nothing.
 * Partners you already work with (based in your city, or in one of your projects) are ranked apart,
 * in `known`, so the suggestions are people you do not know yet.
 */
export function matchSuggestions(
	data: Dataset,
	r: Relations,
	input: { city: string | null; country: string | null; themes: string[] },
	limit = MATCH_LIMIT
): MatchResult {
	const city = input.city ? (r.cityById.get(input.city) ?? null) : null;
	const profile: MatchProfile = city
		? cityProfile(r, city, input.themes)
		: { city, country: input.country, themes: [...new Set(input.themes)].sort() };
	const mine = new Set(profile.themes);
	const myProjects = projectsOf(r, city);
	const myPilots = new Set(city ? (r.pilotsOfCity.get(city.id) ?? []).map((p) => p.pilot.id) : []);
	const keep = (list: Suggestion[]) => topSuggestions(list, limit);

	const cities = rankPilotCities(data, r, profile, limit);

	const pilots: Suggestion[] = [];
	for (const p of data.pilots) {
		if (myPilots.has(p.id)) continue;
		const pc = (r.citiesOfPilot.get(p.id) ?? []).map((x) => x.city);
		const lead = (r.citiesOfPilot.get(p.id) ?? []).find((x) => x.role === 'lead')?.city ?? pc[0];
		const s: Scorer = { score: 0, reasons: [] };
		themeScore(s, mine, p.themes);
		const part = pc.length > 1 ? 'city' : 'self';
		placeScore(
			s,
			profile,
			countryOf(
				profile,
				pc.map((c) => c.country)
			),
			nearestOf(profile, pc),
			part
		);
		pilots.push({
			kind: 'pilot',
			id: p.id,
			name: p.name,
			cityNames: pc.map((c) => c.name),
			country: lead?.country ?? null,
			...s
		});
	}

	const projects: Suggestion[] = [];
	for (const p of data.projects) {
		if (myProjects.has(p.id)) continue;
		const sites = (r.sitesOfProject.get(p.id) ?? []).map((x) => x.city);
		const s: Scorer = { score: 0, reasons: [] };
		themeScore(s, mine, p.themes);
		// A project is not a place: its distance and country are those of one of its sites.
		placeScore(
			s,
			profile,
			countryOf(
				profile,
				sites.map((c) => c.country)
			),
			nearestOf(profile, sites),
			'site'
		);
		projects.push({
			kind: 'project',
			id: p.id,
			name: p.acronym,
			country: p.coordinator?.country ?? null,
			...s
		});
	}

	const partners: Suggestion[] = [];
	const known: Suggestion[] = [];
	for (const p of data.partners) {
		if (isOwnAdministration(p, city)) continue;
		const s: Scorer = { score: 0, reasons: [] };
		themeScore(s, mine, r.themesOfPartner.get(p.id) ?? []);
		const local = !!city && p.cityId === city.id;
		if (city && local) {
			s.score += MATCH_SCORING.city;
			s.reasons.push({ kind: 'city', city: city.name });
		}
		const at =
			p.lat !== null && p.lon !== null && city && !local
				? { km: distanceKm(city, { lat: p.lat, lon: p.lon }), name: null }
				: null;
		placeScore(s, profile, p.country, at, 'self');
		const shared = (r.projectsOfPartner.get(p.id) ?? []).filter((x) =>
			myProjects.has(x.project.id)
		);
		projectScore(s, shared, true);
		const suggestion: Suggestion = {
			kind: 'partner',
			id: p.id,
			name: p.name,
			country: p.country,
			...s
		};
		(local || shared.length ? known : partners).push(suggestion);
	}

	const lists = {
		cities: splitCommonReasons(cities),
		pilots: splitCommonReasons(keep(pilots)),
		projects: splitCommonReasons(keep(projects)),
		partners: splitCommonReasons(keep(partners)),
		known: splitCommonReasons(keep(known))
	};
	return {
		profile,
		cities: lists.cities.list,
		pilots: lists.pilots.list,
		projects: lists.projects.list,
		partners: lists.partners.list,
		known: lists.known.list,
		common: {
			cities: lists.cities.common,
			pilots: lists.pilots.common,
			projects: lists.projects.common,
			partners: lists.partners.common,
			known: lists.known.common
		}
	};
}
