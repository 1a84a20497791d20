import { browser } from '$app/environment';
import { loadCatalog } from '$lib/messages/client-catalog';
import { useDateTable, useNumberTable, useRegionTable } from '$lib/messages';
import { extractLocaleFromUrl, baseLocale } from '$lib/paraglide/runtime';
import type { LayoutLoad } from './$types';

// In a browser, load the page's language before the page renders; the server has all of them.
export const load: LayoutLoad = async ({ data, url }) => {
	const locale = extractLocaleFromUrl(url) ?? baseLocale;
	if (browser) {
		await loadCatalog(locale);
		useDateTable(data.dateTable);
		useRegionTable(data.regionNames);
		useNumberTable(data.numberTable);
	}
	return { ...data, locale };
};
