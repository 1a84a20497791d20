// Pure: no DOM, no Svelte. The attract loop's tour: a Mission City, a pilot, a project, a partner,
// a Pilot City, a Mission City with the Pilot Cities it can learn from, ... stepping through the data so
// a screen left alone keeps showing something new.
import type { SearchRecord } from '../search/records';
import { m } from '../messages';

export const ATTRACT_INTERVAL_MS = 8_000;
/** With prefers-reduced-motion the cards change less often (and the map does not animate). */
export const ATTRACT_INTERVAL_REDUCED_MS = 16_000;

export interface TourStop {
	record: SearchRecord;
	/** What the card calls it: "Mission City", "Pilot", ... */
	heading: string;
	/** The synergy stop: the card lists the city's Pilot Cities to learn from, the map draws them. */
	synergy?: boolean;
}

type Pick = (r: SearchRecord, hasSynergies: (key: string) => boolean) => boolean;
// Headings are read when the groups are made, so they follow the page's language.
const STOPS: { heading: () => string; pick: Pick; synergy?: boolean }[] = [
	{ heading: () => m.fact_mission_city(), pick: (r) => r.kinds.includes('mission-city') },
	{ heading: () => m.kind_pilot_one(), pick: (r) => r.kind === 'pilot' },
	{ heading: () => m.kind_project_one(), pick: (r) => r.kind === 'project' },
	{ heading: () => m.kind_partner_one(), pick: (r) => r.kind === 'partner' },
	{ heading: () => m.fact_pilot_city(), pick: (r) => r.kinds.includes('pilot-city') },
	{
		heading: () => m.kiosk_attract_synergy(),
		pick: (r, has) => r.kinds.includes('mission-city') && has(r.key),
		synergy: true
	}
];
/** Coprime with any list length we are likely to have, so the tour visits far-apart records in turn. */
const STRIDE = 37;

/**
 * The groups of the tour, each only records with a place on the map, empty groups dropped.
 * @param hasSynergies whether a city has Pilot Cities to learn from (for the synergy stop)
 */
export function tourGroups(
	records: SearchRecord[],
	hasSynergies: (key: string) => boolean = () => false
): { heading: string; records: SearchRecord[]; synergy?: boolean }[] {
	return STOPS.map((s) => ({
		heading: s.heading(),
		synergy: s.synergy,
		records: records.filter((r) => s.pick(r, hasSynergies) && r.points.length > 0)
	})).filter((g) => g.records.length > 0);
}

/**
 * The n-th stop of the tour (n >= 0), or null when nothing can be shown. Deterministic, so the screen
 * and the tests agree; groups take turns.
 */
export function tourStop(groups: ReturnType<typeof tourGroups>, n: number): TourStop | null {
	if (!groups.length) return null;
	const step = Math.max(0, Math.floor(n));
	const group = groups[step % groups.length];
	const round = Math.floor(step / groups.length);
	const record = group.records[(round * STRIDE) % group.records.length];
	return group.synergy
		? { heading: group.heading, record, synergy: true }
		: { heading: group.heading, record };
}
