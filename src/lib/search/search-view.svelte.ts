// Client-side (runes): the one search view of the explorer and the kiosk. It holds the state the URL
// shows (or is about to show), the draft query while typing, the selection, navigation and the one
// debounce; results come from a memo keyed by what is searched for, so each distinct state is searched
// once however many readers ask (the list, the map, the URL arriving after a commit).
//
// Navigations build on the latest target, not on the URL of the moment: two quick taps both land even
// when the second comes before the first navigation has finished.
import { MAX_QUERY_LENGTH, explorerHref, stateFromParams, toggleFacet } from './url';
import type { ExplorerState, FacetContext, FacetName } from './url';
import { createSearchMemo, type SearchFn, type SearchInput } from './search-memo';
import {
	browse,
	indexFor,
	nameOrderFor,
	prepareIndex,
	runSearch,
	type SearchOutcome
} from './engine';
import { nextTask } from '../map/slices';
import { prepareCountryNames } from './named-facets';
import type { RecordKind, SearchRecord } from './records';
import type { FirstPaint } from './first-paint';
import { recordName, themeSearchNames } from '../messages';
import { FACETS } from '../model/facets';
import { withGetters } from '../model/live-getters';
import { localHref } from '../messages/catalog';
import { afterNextPaint } from '../components/after-next-paint';

/** What typing waits for before the URL follows (and with it the map and the kiosk's results). */
export const DEBOUNCE_MS = 250;

export interface NavigateOptions {
	replaceState: boolean;
	keepFocus: boolean;
	noScroll: boolean;
}

export interface SearchViewOptions {
	/** The page's URL (`() => page.url`). */
	url: () => URL;
	/** Every record; null until they have arrived (the explorer fetches them after its first paint). */
	records: () => SearchRecord[] | null;
	/** What the server rendered (rows on screen, counts), shown until the records arrive. */
	firstPaint?: () => FirstPaint | null;
	/** Vocabularies from the data set (theme ids), for reading the URL. */
	context: () => FacetContext;
	/** SvelteKit's goto (passed in, so the view can be tested without a router). */
	goto: (href: string, opts: NavigateOptions) => Promise<unknown>;
	/** The URL of a state; the explorer's by default. */
	href?: (state: ExplorerState) => string;
	/** The search itself; `runSearch` over the records' index by default. */
	search?: SearchFn;
	/** What a state searches for (the kiosk lists by kind while browsing). */
	input?: (state: ExplorerState) => SearchInput;
	/** Every navigation replaces the history entry (the kiosk). */
	replaceAlways?: boolean;
	debounceMs?: number;
	/**
	 * When what was typed reaches the screen (the list): after the keystroke's own frame by default,
	 * so a key is painted in the box before its results are searched and drawn. Returns a cancel.
	 */
	showTyped?: (work: () => void) => () => void;
}

/** The records' search index, as the view's search uses it: built once per record array. */
const searchIndexOf = (records: SearchRecord[]) => indexFor(records, recordName);

/** Builds that index ahead, in short tasks (the explorer, while its records arrive). */
export const prepareSearchIndex = (records: SearchRecord[]) =>
	prepareIndex(records, recordName, nextTask);

/** What a first search needs beside the index, for a search box that is focused: countries' names. */
export const prepareForTyping = () => prepareCountryNames(nextTask);

export function createSearchView(opts: SearchViewOptions) {
	// Themes named in the page's language find their records too (countries in any language do anyway).
	// Without a query, the records' name order is all it takes: a first view that searches nothing
	// does not wait for the index (prepareSearchIndex builds it in slices).
	const defaultSearch: SearchFn = (records, state) =>
		state.q.trim()
			? runSearch(
					searchIndexOf(records),
					state,
					FACETS,
					themeSearchNames(opts.context().themes ?? [])
				)
			: browse(nameOrderFor(records, recordName), state, FACETS);
	const memo = createSearchMemo(opts.search ?? defaultSearch);
	const href = opts.href ?? ((s: ExplorerState) => explorerHref(s));
	const input = opts.input ?? ((s: ExplorerState) => s);
	const debounceMs = opts.debounceMs ?? DEBOUNCE_MS;
	const showTyped = opts.showTyped ?? afterNextPaint;

	const urlState = $derived(stateFromParams(opts.url().searchParams, opts.context()));
	/** Where the last navigation is going, until it has arrived. */
	let pending = $state.raw<ExplorerState | null>(null);
	/** What is typed but not yet committed, as the screen shows it. */
	let draft = $state<string | null>(null);
	/** What is typed, ahead of the screen by up to a frame (commits and navigations take this). */
	let typed: string | null = null;
	let cancelShow = () => {};
	let seq = 0;
	/** The navigation on its way, until it has arrived. */
	let inflight: Promise<void> | null = null;
	let timer: ReturnType<typeof setTimeout> | undefined;
	/**
	 * A navigation cut short (a link out followed while it was on its way) and the URL it was cut short
	 * at: the screen keeps showing its state until the URL changes, so the page being left keeps its
	 * results, its focus and, in its snapshot, its query.
	 */
	let cutShort = $state.raw<{ state: ExplorerState; at: string } | null>(null);

	/** The committed state: the URL's, or the one it is about to be. */
	const committed = $derived(
		pending ?? (cutShort && cutShort.at === opts.url().href ? cutShort.state : urlState)
	);
	/** What is on screen now: the committed state with the draft query (a draft clears the selection). */
	const current: ExplorerState = $derived(
		draft === null ? committed : { ...committed, q: draft.slice(0, MAX_QUERY_LENGTH), sel: null }
	);
	const records = $derived(opts.records());
	const first = $derived(opts.firstPaint?.() ?? null);
	/** Until the records arrive: the server's first paint (no search index is built to hydrate). */
	const firstOutcome: SearchOutcome = $derived({
		order: [],
		total: first?.total ?? 0,
		counts: first?.counts ?? ({} as SearchOutcome['counts']),
		suggestions: first?.suggestions ?? [],
		best: null,
		nameFound: first?.nameFound ?? true
	});
	// A lookup rebuilt with the records, never mutated: no SvelteMap needed.
	const byKey = $derived(
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		new Map(
			(records ?? [...(first?.rows ?? []), ...(first?.selected ?? [])]).map((r) => [r.key, r])
		)
	);
	const outcome: SearchOutcome = $derived(records ? memo(records, input(current)) : firstOutcome);
	const committedOutcome: SearchOutcome = $derived(
		records ? memo(records, input(committed)) : firstOutcome
	);
	const results = $derived(records ? outcome.order.map((i) => records[i]) : (first?.rows ?? []));
	const committedResults = $derived(records ? committedOutcome.order.map((i) => records[i]) : []);
	/** Results per kind while only the first paint's rows are here (else the list counts them). */
	const kindCounts = $derived(
		// Rebuilt with the first paint, never mutated: no SvelteMap needed.
		// eslint-disable-next-line svelte/prefer-svelte-reactivity
		records || !first ? undefined : new Map<RecordKind, number>(first.kindCounts)
	);
	const selected = $derived(current.sel ? (byKey.get(current.sel) ?? null) : null);
	// A new function whenever the records change: whoever drew with the old one (the map's selection,
	// drawn from the first paint's rows) sees that there is more to draw now.
	const lookup = $derived.by(() => {
		const table = byKey;
		return (key: string) => table.get(key);
	});

	// Effect: no commit fires after the page has gone.
	$effect(() => () => {
		clearTimeout(timer);
		cancelShow();
	});

	/** The screen catches up with the keys now (a commit or navigation builds on what was typed). */
	function settle() {
		cancelShow();
		if (typed !== draft) draft = typed;
	}

	/**
	 * Goes to a state built on the latest one (typed text included). Each navigation supersedes the one
	 * before; since it already holds that one's change, nothing is lost.
	 */
	function navigate(
		change: Partial<ExplorerState> | ((state: ExplorerState) => ExplorerState),
		replace = false
	): Promise<void> {
		clearTimeout(timer);
		settle();
		const base = current;
		const target = typeof change === 'function' ? change(base) : { ...base, ...change };
		const id = ++seq;
		// The router first, the screen after: SvelteKit reads the scroll position as its navigation
		// starts, and a screen redrawn before that read made it lay the page out there and then (20-35 ms
		// of every commit at 4x CPU); this way it reads a page already laid out.
		const going = opts.goto(localHref(href(target)), {
			replaceState: replace || !!opts.replaceAlways,
			keepFocus: true,
			noScroll: true
		});
		draft = typed = null;
		pending = target;
		cutShort = null;
		inflight = going
			.then(
				() => {},
				(err) => console.error('Navigation failed', err)
			)
			.finally(() => {
				if (id === seq) {
					const at = opts.url().href;
					// A throwaway URL, compared and dropped: no SvelteURL needed.
					// eslint-disable-next-line svelte/prefer-svelte-reactivity
					const asked = new URL(localHref(href(target)), at).href;
					if (at !== asked) cutShort = { state: target, at };
					pending = null;
					inflight = null;
				}
			});
		return inflight;
	}

	/**
	 * Typing: the draft shows once the key is painted (the explorer's list), the URL follows after the
	 * debounce. Keys within one frame are shown together.
	 */
	function type(text: string) {
		typed = text;
		cancelShow();
		cancelShow = showTyped(settle);
		clearTimeout(timer);
		// Clearing waits too: the next word may follow straight away.
		timer = setTimeout(commit, debounceMs);
	}

	/** Puts the draft into the URL now (Enter, the debounce, the kiosk's Done key). */
	function commit(): Promise<void> {
		clearTimeout(timer);
		settle();
		// Already committed (the debounce came first): done once that navigation has arrived, so what
		// follows (Enter opening the best match) does not cancel it and lose its history entry.
		if (draft === null) return inflight ?? Promise.resolve();
		// Only spaces added: nothing to search again, and the box keeps what was typed (a selection,
		// which typing hides, is still let go of in the URL).
		if (draft.slice(0, MAX_QUERY_LENGTH).trim() === committed.q && committed.sel === null)
			return Promise.resolve();
		// The first keystroke of a search adds a history entry; the rest refine it in place.
		return navigate({ sel: null }, committed.q !== '');
	}

	return withGetters(
		{
			/** A link to the committed state with a change (works without JavaScript). */
			hrefFor: (change: Partial<ExplorerState>) => href({ ...committed, ...change }),
			navigate,
			type,
			commit,
			toggle: (facet: FacetName, value: string) => navigate((s) => toggleFacet(s, facet, value)),
			select: (key: string | null) => navigate((s) => ({ ...s, sel: key })),
			/**
			 * The screen shows what was typed now, not after the key's frame: a key that acts on the
			 * results (ArrowDown into them, Enter opening the best) acts on the last key's results.
			 */
			catchUp: settle,
			/**
			 * The page is being left (a result opened while its query was still being typed): the commit
			 * due after the debounce must not pull the browser back to the explorer.
			 */
			leave() {
				clearTimeout(timer);
				settle();
			},
			/** Forgets the draft and any navigation in flight (the kiosk's reset goes to its start URL). */
			forget() {
				clearTimeout(timer);
				cancelShow();
				draft = typed = null;
				pending = null;
				cutShort = null;
				seq++;
			}
		},
		{
			/** Finds a record by key; a new function once more records are here. */
			lookup: () => lookup,
			/** The committed state (URL or pending navigation): the map, links and the kiosk follow it. */
			state: () => committed,
			/** The state on screen, with the draft query. */
			current: () => current,
			draft: () => draft,
			/** Results of the current state (the explorer's list, with every keystroke). */
			outcome: () => outcome,
			results: () => results,
			/** Results of the committed state (the explorer's map, the kiosk). */
			committedOutcome: () => committedOutcome,
			committedResults: () => committedResults,
			kindCounts: () => kindCounts,
			/** Whether every record is here (else the page shows the server's first paint). */
			loaded: () => records !== null,
			selected: () => selected
		}
	);
}

export type SearchView = ReturnType<typeof createSearchView>;
