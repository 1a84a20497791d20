// Suggestions (partner finder, synergies) in the words a page shows: names, links, strength, reasons
// and, for Pilot Cities, the pilots to ask about. One place, so /match, a city's page and its kiosk card
// say the same thing about the same suggestion.
import { matchStrength, MATCH_SCORING, type Reason, type Suggestion } from '$lib/data/match';
import { reasonText, recordName, strengthText } from '$lib/messages';
import { recordUrl } from '$lib/search/records';

export interface ReasonWords {
	kind: Reason['kind'];
	text: string;
}

export interface SuggestionView {
	kind: Suggestion['kind'];
	id: string;
	name: string;
	url: string;
	country: string | null;
	strength: { value: number; text: string };
	reasons: ReasonWords[];
	/** For a Pilot City: its pilots, with the labels of the themes each shares with you. */
	pilots: { id: string; name: string; url: string; themes: string[] }[];
}

export function suggestionWords(themeLabels: ReadonlyMap<string, string>) {
	const words = (reasons: Reason[]): ReasonWords[] =>
		reasons.map((r) => ({ kind: r.kind, text: reasonText(r, themeLabels) }));
	const view = (s: Suggestion): SuggestionView => ({
		kind: s.kind,
		id: s.id,
		name: recordName(s),
		url: recordUrl(s.kind, s.id),
		country: s.country,
		strength: {
			value: Math.min(s.score, MATCH_SCORING.scale),
			text: strengthText(matchStrength(s.score))
		},
		reasons: words(s.reasons),
		pilots: (s.pilots ?? []).map((p) => ({
			id: p.id,
			name: recordName(p),
			url: recordUrl('pilot', p.id),
			themes: p.themes.map((t) => themeLabels.get(t) ?? t)
		}))
	});
	return { words, view };
}
