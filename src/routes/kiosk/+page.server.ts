import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { dataset } from '$lib/server/dataset';
import { kioskDetails, type KioskDetail } from '$lib/kiosk/details.server';
import type { KioskEnv } from '$lib/kiosk/settings';
import { currentLocale } from '$lib/messages';

let detailsCache: { source: object; byLocale: Map<string, Record<string, KioskDetail>> } | null =
	null;

// Details (synergies included, with their reasons in words) are computed once per data set and language.
// Never reads url.searchParams: the kiosk filters in the page, so touches never rerun this on the server.
// Env settings are passed as raw strings; the page parses them with the URL parameters (settings.ts).
export const load: PageServerLoad = () => {
	const { data, records, relations } = dataset();
	if (detailsCache?.source !== data) detailsCache = { source: data, byLocale: new Map() };
	const locale = currentLocale();
	let details = detailsCache.byLocale.get(locale);
	if (!details) detailsCache.byLocale.set(locale, (details = kioskDetails(data, relations)));
	const kioskEnv: KioskEnv = {
		idleSeconds: env.KIOSK_IDLE_SECONDS ?? null,
		attract: env.KIOSK_ATTRACT ?? null,
		start: env.KIOSK_START ?? null,
		publicBaseUrl: publicEnv.PUBLIC_BASE_URL ?? null,
		lang: env.KIOSK_LANG ?? null
	};
	return { records, details, kioskEnv };
};
