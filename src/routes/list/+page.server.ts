import type { PageServerLoad } from './$types';
import { env as publicEnv } from '$env/dynamic/public';
import { dataset } from '$lib/server/dataset';
import { listHref, MAX_LIST_ITEMS, parseListItems, relationsWithin } from '$lib/data/shortlist';
import { parseBaseUrl } from '$lib/kiosk/settings';
import { qrDataUrl } from '$lib/kiosk/qr';
import { countryName, recordFacts, recordName, themeLabelMap } from '$lib/messages';

// Reads url.searchParams on purpose: the list is in the URL (`items`) and the page is rendered on the
// server, so a shared link, a QR code and a printout work without JavaScript.
export const load: PageServerLoad = ({ url }) => {
	const d = dataset();
	const byKey = new Map(d.records.map((r) => [r.key, r]));
	const list = parseListItems(url.searchParams.get('items'), (k) => byKey.has(k));
	const records = list.keys.map((k) => byKey.get(k)!);
	const within = relationsWithin(records);
	const themeLabels = themeLabelMap(d.data.themes);
	const href = listHref(list.keys);
	const publicUrl = `${parseBaseUrl(publicEnv.PUBLIC_BASE_URL) ?? url.origin}${href}`;
	return {
		keys: list.keys,
		missing: list.missing,
		requested: list.requested,
		max: MAX_LIST_ITEMS,
		items: records.map((r) => ({
			key: r.key,
			kind: r.kind,
			kinds: r.kinds,
			label: r.label,
			name: recordName(r),
			url: r.url,
			country: r.country ? countryName(r.country) : null,
			facts: recordFacts(r),
			themes: r.themes.map((t) => themeLabels.get(t) ?? t),
			related: (within.get(r.key) ?? []).map((k) => {
				const o = byKey.get(k)!;
				return { key: k, name: recordName(o), url: o.url };
			})
		})),
		mapRecords: records,
		exportQuery: list.keys.length ? `items=${list.keys.join(',')}` : null,
		qr: list.keys.length ? { url: publicUrl, src: qrDataUrl(publicUrl) } : null
	};
};
