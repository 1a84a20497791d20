import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { dataset } from '$lib/server/dataset';
import { kioskDetails, type KioskDetail } from '$lib/kiosk/details.server';
import type { KioskEnv } from '$lib/kiosk/settings';
import { currentLocale } from '$lib/messages';

let detailsCache: { source: object; byLocale: Map<string, string> } | null = null;
const recordsText = new WeakMap<object, string>();

// Details (synergies included) are computed once per data set and language, not per request: their
// reasons are sentences in the page's language. The records' text once per data set.
// Never reads url.searchParams: the kiosk filters in the page, so touches never rerun this on the server.
// Env settings are passed as raw strings; the page parses them with the URL parameters (settings.ts).
export const load: PageServerLoad = () => {
	const { data, records: dataRecords, relations } = dataset();
	if (detailsCache?.source !== data) detailsCache = { source: data, byLocale: new Map() };
	const locale = currentLocale();
	let details = detailsCache.byLocale.get(locale);
	if (!details) {
		details = JSON.stringify(kioskDetails(data, relations) satisfies Record<string, KioskDetail>);
		detailsCache.byLocale.set(locale, details);
	}
	let records = recordsText.get(dataRecords);
	if (!records) recordsText.set(dataRecords, (records = JSON.stringify(dataRecords)));
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
	return { recordsJson: records, detailsJson: details, kioskEnv };
};
