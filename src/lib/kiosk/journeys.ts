// Pure: no DOM, no Svelte. The kiosk's ways in from the start view: "I'm from a city", "Explore
// projects" and "Browse by theme". Each lands in an ordinary explorer state (so the URL, the QR code of
// the search and Back all work as for any search); the theme journey opens the theme picker.
import type { ExplorerState } from '../search/url';

export const JOURNEYS = ['city', 'projects', 'themes'] as const;
export type Journey = (typeof JOURNEYS)[number];

/** Every kind of city: a visitor's city may be a Mission City, a Pilot City or a project site. */
export const CITY_KINDS = ['mission-city', 'pilot-city', 'site-city'];

const same = (a: readonly string[], b: readonly string[]) =>
	a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * The explorer state a journey starts from: the start view (its filters kept) with nothing typed or
 * selected, restricted to cities or to projects. The theme journey keeps the start state: the visitor
 * picks a theme in the picker next.
 * @example journeyState('projects', start).kind // ['project']
 */
export function journeyState(journey: Journey, start: ExplorerState): ExplorerState {
	const base = { ...start, q: '', sel: null };
	if (journey === 'city') return { ...base, kind: [...CITY_KINDS] };
	if (journey === 'projects') return { ...base, kind: ['project'] };
	return base;
}

/**
 * The journey a state is in, to say what to do next: choosing a city (cities only, none selected yet)
 * or browsing projects; null otherwise.
 */
export function journeyOf(state: ExplorerState): Journey | null {
	if (state.sel) return null;
	if (same(state.kind, CITY_KINDS)) return 'city';
	if (same(state.kind, ['project']) && state.q === '') return 'projects';
	return null;
}
