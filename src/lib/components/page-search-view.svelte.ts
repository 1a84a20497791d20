// Client-side (runes): a page's search view, bound to SvelteKit's URL and router. The explorer and the
// kiosk both start from it; search-view.svelte.ts itself stays free of $app, so it is tested without one.
import { page } from '$app/state';
import { goto } from '$app/navigation';
import { createSearchView, type SearchViewOptions } from '$lib/search/search-view.svelte';
import type { SearchRecord } from '$lib/search/records';

/** What a page's data holds for searching: the records and the data set's themes. */
export interface PageSearchData {
	records: SearchRecord[];
	themes: { id: string }[];
}

/** The search view over a page's data and URL; `opts` says what the page does differently. */
export function createPageSearchView(
	data: () => PageSearchData,
	opts: Omit<SearchViewOptions, 'url' | 'records' | 'context' | 'goto'> = {}
) {
	return createSearchView({
		url: () => page.url,
		records: () => data().records,
		context: () => ({ themes: data().themes.map((t) => t.id) }),
		goto,
		...opts
	});
}
