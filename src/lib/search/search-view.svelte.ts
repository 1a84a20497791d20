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
import { indexFor, runSearch, type SearchOutcome } from './engine';
import type { SearchRecord } from './records';
import { recordName } from '../messages';
import { localHref } from '../messages/catalog';

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
	records: () => SearchRecord[];
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
}

const defaultSearch: SearchFn = (records, state) => runSearch(indexFor(records, recordName), state);

/** The search view of a page: read its fields like `$derived` values; its methods can be passed as callbacks. */
export class SearchView {
	readonly #opts: SearchViewOptions;
	readonly #memo: ReturnType<typeof createSearchMemo>;
	readonly #href: (state: ExplorerState) => string;
	readonly #input: (state: ExplorerState) => SearchInput;
	#seq = 0;
	#timer: ReturnType<typeof setTimeout> | undefined;

	// Read when first asked for, after the constructor has set the options.
	readonly #urlState = $derived.by(() =>
		stateFromParams(this.#opts.url().searchParams, this.#opts.context())
	);
	/** Where the last navigation is going, until it has arrived. */
	#pending = $state.raw<ExplorerState | null>(null);
	/** What is typed but not yet committed. */
	#draft = $state<string | null>(null);
	readonly #records = $derived.by(() => this.#opts.records());
	// A lookup rebuilt with the records, never mutated: no SvelteMap needed.
	// eslint-disable-next-line svelte/prefer-svelte-reactivity
	readonly #byKey = $derived(new Map(this.#records.map((r) => [r.key, r])));

	/** The committed state (URL or pending navigation): the map, links and the kiosk follow it. */
	readonly state: ExplorerState = $derived(this.#pending ?? this.#urlState);
	/** The state on screen: the committed state with the draft query (a draft clears the selection). */
	readonly current: ExplorerState = $derived(
		this.#draft === null
			? this.state
			: { ...this.state, q: this.#draft.slice(0, MAX_QUERY_LENGTH), sel: null }
	);
	/** Results of the current state (the explorer's list, with every keystroke). */
	readonly outcome: SearchOutcome = $derived(this.#search(this.current));
	readonly results: SearchRecord[] = $derived(this.outcome.order.map((i) => this.#records[i]));
	/** Results of the committed state (the explorer's map, the kiosk). */
	readonly committedOutcome: SearchOutcome = $derived(this.#search(this.state));
	readonly committedResults: SearchRecord[] = $derived(
		this.committedOutcome.order.map((i) => this.#records[i])
	);
	readonly selected: SearchRecord | null = $derived(
		this.current.sel ? (this.#byKey.get(this.current.sel) ?? null) : null
	);

	constructor(opts: SearchViewOptions) {
		this.#opts = opts;
		this.#memo = createSearchMemo(opts.search ?? defaultSearch);
		this.#href = opts.href ?? ((s: ExplorerState) => explorerHref(s));
		this.#input = opts.input ?? ((s: ExplorerState) => s);
		// Effect: no commit fires after the page has gone.
		$effect(() => () => clearTimeout(this.#timer));
	}

	#search(state: ExplorerState): SearchOutcome {
		return this.#memo(this.#records, this.#input(state));
	}

	get draft(): string | null {
		return this.#draft;
	}

	lookup = (key: string): SearchRecord | undefined => this.#byKey.get(key);

	/** A link to the committed state with a change (works without JavaScript). */
	hrefFor = (change: Partial<ExplorerState>): string => this.#href({ ...this.state, ...change });

	/**
	 * Goes to a state built on the latest one (typed text included). Each navigation supersedes the one
	 * before; since it already holds that one's change, nothing is lost.
	 */
	navigate = (
		change: Partial<ExplorerState> | ((state: ExplorerState) => ExplorerState),
		replace = false
	): Promise<void> => {
		clearTimeout(this.#timer);
		const base = this.current;
		const target = typeof change === 'function' ? change(base) : { ...base, ...change };
		this.#draft = null;
		this.#pending = target;
		const id = ++this.#seq;
		return this.#opts
			.goto(localHref(this.#href(target)), {
				replaceState: replace || !!this.#opts.replaceAlways,
				keepFocus: true,
				noScroll: true
			})
			.then(
				() => {},
				(err) => console.error('Navigation failed', err)
			)
			.finally(() => {
				if (id === this.#seq) this.#pending = null;
			});
	};

	/** Typing: the draft shows at once (the explorer's list), the URL follows after the debounce. */
	type = (text: string): void => {
		this.#draft = text;
		clearTimeout(this.#timer);
		// Clearing waits too: the next word may follow straight away.
		this.#timer = setTimeout(this.commit, this.#opts.debounceMs ?? DEBOUNCE_MS);
	};

	/** Puts the draft into the URL now (Enter, the debounce, the kiosk's Done key). */
	commit = (): Promise<void> => {
		clearTimeout(this.#timer);
		const draft = this.#draft;
		const committed = this.state;
		if (draft === null) return Promise.resolve();
		// Only spaces added: nothing to search again, and the box keeps what was typed (a selection,
		// which typing hides, is still let go of in the URL).
		if (draft.slice(0, MAX_QUERY_LENGTH).trim() === committed.q && committed.sel === null)
			return Promise.resolve();
		// The first keystroke of a search adds a history entry; the rest refine it in place.
		return this.navigate({ sel: null }, committed.q !== '');
	};

	toggle = (facet: FacetName, value: string) => this.navigate((s) => toggleFacet(s, facet, value));

	select = (key: string | null) => this.navigate((s) => ({ ...s, sel: key }));

	/** Forgets the draft and any navigation in flight (the kiosk's reset goes to its start URL). */
	forget = (): void => {
		clearTimeout(this.#timer);
		this.#draft = null;
		this.#pending = null;
		this.#seq++;
	};
}

export function createSearchView(opts: SearchViewOptions): SearchView {
	return new SearchView(opts);
}
