// Pure: no DOM, no Svelte. The attract loop's tour: a Mission City, a pilot, a project, a partner,
// a Pilot City, ... stepping through the data so a screen left alone keeps showing something new.
import type { SearchRecord } from '../search/records';

export const ATTRACT_INTERVAL_MS = 8_000;
/** With prefers-reduced-motion the cards change less often (and the map does not animate). */
export const ATTRACT_INTERVAL_REDUCED_MS = 16_000;

export interface TourStop {
	record: SearchRecord;
	/** What the card calls it: "Mission City", "Pilot", ... */
	heading: string;
}

const STOPS: { heading: string; pick: (r: SearchRecord) => boolean }[] = [
	{ heading: 'Mission City', pick: (r) => r.kinds.includes('mission-city') },
	{ heading: 'Pilot', pick: (r) => r.kind === 'pilot' },
	{ heading: 'Project', pick: (r) => r.kind === 'project' },
	{ heading: 'Partner', pick: (r) => r.kind === 'partner' },
	{ heading: 'Pilot City', pick: (r) => r.kinds.includes('pilot-city') }
];
/** Coprime with any list length we are likely to have, so the tour visits far-apart records in turn. */
const STRIDE = 37;

/** The groups of the tour, each only records with a place on the map, empty groups dropped. */
export function tourGroups(
	records: SearchRecord[]
): { heading: string; records: SearchRecord[] }[] {
	return STOPS.map((s) => ({
		heading: s.heading,
		records: records.filter((r) => s.pick(r) && r.points.length > 0)
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
	return { heading: group.heading, record: group.records[(round * STRIDE) % group.records.length] };
}
