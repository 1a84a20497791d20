import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { dataset } from '$lib/server/dataset';
import { kioskDetails, type KioskDetail } from '$lib/kiosk/details.server';
import type { KioskEnv } from '$lib/kiosk/settings';
import { currentLocale, recordName } from '$lib/messages';
import { nameOrder } from '$lib/search/fuzzy';
import { listedUniverse } from '$lib/server/listed-universe';

/**
 * The page's data, made once per data set: the records as JSON text, and per language their details
 * (as JSON text) and their order by name.
 */
let cache: {
	source: object;
	records: string;
	byLocale: Map<string, { details: string; nameOrder: number[] }>;
} | null = null;

// Details (synergies included) are computed once per data set and language, not per request: their
// reasons are sentences in the page's language.
// Never reads url.searchParams: the kiosk filters in the page, so touches never rerun this on the server.
// Env settings are passed as raw strings; the page parses them with the URL parameters (settings.ts).
export const load: PageServerLoad = () => {
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
	const kioskEnv: KioskEnv = {
		idleSeconds: env.KIOSK_IDLE_SECONDS ?? null,
		attract: env.KIOSK_ATTRACT ?? null,
		start: env.KIOSK_START ?? null,
		publicBaseUrl: publicEnv.PUBLIC_BASE_URL ?? null,
		lang: env.KIOSK_LANG ?? null
	};
	// As JSON text, parsed once in the page: SvelteKit inlines page data as a JavaScript literal, and the
	// browser compiled and ran 560 KB of it at hydration (440 ms at 4x CPU); a string literal it only
	// scans, and JSON.parse reads several times faster than code.
	return {
		recordsJson: cache.records,
		detailsJson: forLocale.details,
		nameOrder: forLocale.nameOrder,
		universe: listedUniverse(records, version, data.themes),
		kioskEnv
	};
};
