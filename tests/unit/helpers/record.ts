// Test helper: a search record with every field at its empty default, for tests that build a few by hand.
import type { SearchRecord } from '../../../src/lib/search/records';

export function searchRecord(
	over: Partial<SearchRecord> & Pick<SearchRecord, 'kind' | 'id'>
): SearchRecord {
	return {
		key: `${over.kind}:${over.id}`,
		name: over.id,
		altNames: [],
		title: null,
		country: null,
		countries: [],
		themes: [],
		cohorts: [],
		kinds: [],
		label: null,
		partnerType: null,
		isMissionCity: false,
		isPilotCity: false,
		pilotCount: 0,
		projectCount: 0,
		cityCount: 0,
		partnerCount: 0,
		partnersComplete: null,
		cityNames: [],
		place: null,
		keywords: [],
		points: [],
		related: [],
		url: `/${over.kind}/${over.id}`,
		...over
	};
}
