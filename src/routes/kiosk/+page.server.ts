import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { dataset } from '$lib/server/dataset';
import { kioskDetails, type KioskDetail } from '$lib/kiosk/details.server';
import type { KioskEnv } from '$lib/kiosk/settings';
import { currentLocale } from '$lib/messages';

/** The page's data as JSON text, made once per data set: the records, and the details per language. */
let cache: { source: object; records: string; detailsByLocale: Map<string, string> } | null = null;

// Details (synergies included) are computed once per data set and language, not per request: their
// reasons are sentences in the page's language.
// Never reads url.searchParams: the kiosk filters in the page, so touches never rerun this on the server.
// Env settings are passed as raw strings; the page parses them with the URL parameters (settings.ts).
export const load: PageServerLoad = () => {
	const { data, records, relations } = dataset();
	if (cache?.source !== data)
		cache = { source: data, records: JSON.stringify(records), detailsByLocale: new Map() };
	const locale = currentLocale();
	let details = cache.detailsByLocale.get(locale);
	if (!details) {
		details = JSON.stringify(kioskDetails(data, relations) satisfies Record<string, KioskDetail>);
		cache.detailsByLocale.set(locale, details);
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
	return { recordsJson: cache.records, detailsJson: details, kioskEnv };
};
