// Server-only: what the kiosk page and its details endpoint send, made once per data set: the records
// as JSON text, and per language their order by name and the cards' details (JSON text). Details are
// sentences in the page's language (synergy reasons), so they are made per language, not per request.
import { dataset } from '../server/dataset';
import { currentLocale, recordName } from '../messages';
import { nameOrder } from '../search/fuzzy';
import { kioskDetails, type KioskDetail } from './details.server';

interface ForLocale {
	details: string;
	nameOrder: number[];
}

let cache: { source: object; records: string; byLocale: Map<string, ForLocale> } | null = null;

export function kioskData(): { records: string; version: string } & ForLocale {
	const { data, records, relations, version } = dataset();
	if (cache?.source !== data)
		cache = { source: data, records: JSON.stringify(records), byLocale: new Map() };
	const locale = currentLocale();
	let forLocale = cache.byLocale.get(locale);
	if (!forLocale) {
		forLocale = {
			details: JSON.stringify(kioskDetails(data, relations) satisfies Record<string, KioskDetail>),
			// What the page's search view would sort at hydration, sorted here once (knowNameOrder).
			nameOrder: Array.from(nameOrder(records.map(recordName)))
		};
		cache.byLocale.set(locale, forLocale);
	}
	return { records: cache.records, version, ...forLocale };
}
