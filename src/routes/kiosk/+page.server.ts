import type { PageServerLoad } from './$types';
import { env } from '$env/dynamic/private';
import { env as publicEnv } from '$env/dynamic/public';
import { dataset } from '$lib/server/dataset';
import { kioskData } from '$lib/kiosk/kiosk-data.server';
import type { KioskEnv } from '$lib/kiosk/settings';
import { listedUniverse } from '$lib/server/listed-universe';

// Never reads url.searchParams: the kiosk filters in the page, so touches never rerun this on the server.
// Env settings are passed as raw strings; the page parses them with the URL parameters (settings.ts).
// The cards' details are not here: the page fetches them after its first paint (kiosk/details).
export const load: PageServerLoad = () => {
	const { data, records, version } = dataset();
	const kiosk = kioskData();
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
		recordsJson: kiosk.records,
		nameOrder: kiosk.nameOrder,
		universe: listedUniverse(records, version, data.themes),
		version,
		kioskEnv
	};
};
