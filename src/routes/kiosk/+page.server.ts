import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { dataset } from '$lib/server/dataset';
import { kioskDetails, type KioskDetail } from '$lib/kiosk/details.server';
import type { KioskEnv } from '$lib/kiosk/settings';
import { currentLocale } from '$lib/messages';

let detailsCache: { source: object; byLocale: Map<string, Record<string, KioskDetail>> } | null =
	null;

// Details (synergies included) are computed once per data set and language, not per request: their
// reasons are sentences in the page's language.
// Never reads url.searchParams: the kiosk filters in the page, so touches never rerun this on the server.
// Env settings are passed as raw strings; the page parses them with the URL parameters (settings.ts).
export const load: PageServerLoad = () => {
	const { data, records, relations } = dataset();
	if (detailsCache?.source !== data) detailsCache = { source: data, byLocale: new Map() };
	const locale = currentLocale();
	let details = detailsCache.byLocale.get(locale);
	if (!details) {
		details = kioskDetails(data, relations);
		detailsCache.byLocale.set(locale, details);
	}
	const kioskEnv: KioskEnv = {
		idleSeconds: env.KIOSK_IDLE_SECONDS ?? null,
		attract: env.KIOSK_ATTRACT ?? null,
		start: env.KIOSK_START ?? null,
		publicBaseUrl: publicEnv.PUBLIC_BASE_URL ?? null,
		lang: env.KIOSK_LANG ?? null
	};
	return { records, details, kioskEnv };
};
