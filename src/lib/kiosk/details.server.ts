// Server-only: the few extra facts a kiosk record card shows (a short summary, external links, partners
// in a city and its synergies), trimmed so that the answer the kiosk fetches after its first paint
// (kiosk/details), and keeps in the service worker for offline reloads, stays small. Synergies are
// record keys with one short reason each; the page finds names by key.
import type { Dataset } from '../data/schema';
import type { Relations } from '../data/relations';
import {
	missionCitiesOnSameThemes,
	pilotCitiesToLearnFrom,
	type Synergies
} from '../data/synergies';
import { reasonText, themeLabelMap } from '../messages';

/** An external link: what it is (the page names it in its language) and where it goes. */
export interface KioskLink {
	kind: 'pilot' | 'project' | 'source';
	url: string;
}
/** A suggested city: its record key and the one reason a card shows under its name. */
export interface KioskSynergy {
	key: string;
	reason: string;
}
export interface KioskDetail {
	summary: string | null;
	links: KioskLink[];
	/** A city's partner organisations (record keys), at most MAX_PARTNERS. */
	partners?: string[];
	/** Pilot Cities to learn from (any city), best first, at most SYNERGIES_SHOWN. */
	learnFrom?: KioskSynergy[];
	/** For a Pilot City: Mission Cities working on the same themes, best first. */
	sameThemes?: KioskSynergy[];
}

const MAX_SUMMARY = 320;
const MAX_LINKS = 3;
const MAX_PARTNERS = 6;
/** A kiosk card shows the top three: enough to choose from at a glance. */
export const SYNERGIES_SHOWN = 3;
const MAX_REASON = 90;

function trimSummary(text: string | null | undefined): string | null {
	if (!text) return null;
	return text.length > MAX_SUMMARY
		? `${text.slice(0, MAX_SUMMARY - 1).replace(/\s+\S*$/, '')}…`
		: text;
}

function links(main: KioskLink | null, sources: string[]): KioskLink[] {
	const out: KioskLink[] = [];
	if (main?.url) out.push(main);
	for (const url of sources) if (!out.some((l) => l.url === url)) out.push({ kind: 'source', url });
	return out.slice(0, MAX_LINKS);
}

/**
 * Each suggestion with one reason: its own first reason (what sets it apart), else the first reason
 * they all share. Empty lists are left out so the payload carries only what a card shows.
 */
function synergyLine(
	s: Synergies | null,
	themeLabels: ReadonlyMap<string, string>
): KioskSynergy[] | undefined {
	if (!s?.list.length) return undefined;
	return s.list.slice(0, SYNERGIES_SHOWN).map((item) => {
		const reason = item.reasons[0] ?? s.common[0];
		const text = reason ? reasonText(reason, themeLabels) : '';
		return {
			key: `city:${item.id}`,
			reason: text.length > MAX_REASON ? `${text.slice(0, MAX_REASON - 1)}…` : text
		};
	});
}

/** Summary and links by record key ("city:malmo"), with partners and synergies for cities. */
export function kioskDetails(data: Dataset, relations?: Relations): Record<string, KioskDetail> {
	const out: Record<string, KioskDetail> = {};
	const themeLabels = themeLabelMap(data.themes);
	for (const c of data.cities) {
		const detail: KioskDetail = { summary: null, links: links(null, c.sources) };
		if (relations) {
			const partners = (relations.partnersInCity.get(c.id) ?? []).slice(0, MAX_PARTNERS);
			if (partners.length) detail.partners = partners.map((p) => `partner:${p.id}`);
			const limit = SYNERGIES_SHOWN;
			detail.learnFrom = synergyLine(
				pilotCitiesToLearnFrom(data, relations, c.id, limit),
				themeLabels
			);
			detail.sameThemes = synergyLine(
				missionCitiesOnSameThemes(data, relations, c.id, limit),
				themeLabels
			);
		}
		out[`city:${c.id}`] = detail;
	}
	for (const p of data.pilots)
		out[`pilot:${p.id}`] = {
			summary: trimSummary(p.summary),
			links: links(p.url ? { kind: 'pilot', url: p.url } : null, p.sources)
		};
	for (const p of data.projects) {
		const summary = [p.title, p.summary].filter(Boolean).join(': ');
		out[`project:${p.id}`] = {
			summary: trimSummary(summary),
			links: links(p.website ? { kind: 'project', url: p.website } : null, p.sources)
		};
	}
	// Partners carry no summary or links of their own: their card lists their projects instead.
	for (const p of data.partners) out[`partner:${p.id}`] = { summary: null, links: [] };
	return out;
}
