// @vitest-environment jsdom
// The explorer's and the kiosk's one search view: each distinct state is searched once, typing waits for
// one debounce, and quick navigations build on each other instead of on the URL of the moment.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flushSync } from 'svelte';
import { createSearchView, DEBOUNCE_MS } from '../../../src/lib/search/search-view.svelte';
import { indexFor, nameOrderFor, runSearch } from '../../../src/lib/search/engine';
import { recordName } from '../../../src/lib/messages';
import type { SearchInput } from '../../../src/lib/search/search-memo';
import type { SearchRecord } from '../../../src/lib/search/records';
import { searchRecord } from '../helpers/record';

const records: SearchRecord[] = [
	searchRecord({
		kind: 'city',
		id: 'malmo',
		name: 'Malmö',
		kinds: ['mission-city'],
		country: 'SE'
	}),
	searchRecord({
		kind: 'city',
		id: 'munich',
		name: 'Munich',
		kinds: ['mission-city'],
		country: 'DE'
	}),
	searchRecord({ kind: 'project', id: 'netzero', name: 'NetZeroCities', kinds: ['project'] }),
	searchRecord({ kind: 'partner', id: 'acme', name: 'Acme', kinds: ['partner'], country: 'DE' })
];

/** A router stand-in: goto resolves when the test says the navigation has arrived. */
function harness() {
	const url = { value: new URL('http://kiosk.test/') };
	let box = $state({ url: url.value });
	const calls: SearchInput[] = [];
	const gotos: {
		href: string;
		arrive: () => void;
		cutShort: () => void;
		replaceState: boolean;
	}[] = [];
	const search = vi.fn((recs: SearchRecord[], state: SearchInput) => {
		calls.push(state);
		return runSearch(indexFor(recs), state);
	});
	const goto = (href: string, o: { replaceState: boolean }) =>
		new Promise<void>((resolve) => {
			gotos.push({
				href,
				replaceState: o.replaceState,
				arrive: () => {
					box = { url: new URL(href, 'http://kiosk.test') };
					resolve();
				},
				// Another navigation (a link out) took over: the router resolves, the URL stays.
				cutShort: () => resolve()
			});
		});
	// The frame after a keystroke: what was typed waits here until the test paints it.
	const frames: (() => void)[] = [];
	const showTyped = (work: () => void) => {
		frames.push(work);
		return () => void frames.splice(frames.indexOf(work) >>> 0, 1);
	};
	return {
		calls,
		gotos,
		search,
		options: {
			url: () => box.url,
			records: () => records,
			context: () => ({}),
			goto,
			search,
			showTyped
		},
		/** The keystrokes' frame is painted: what waits for it runs. */
		paint() {
			for (const work of frames.splice(0)) work();
			flushSync();
		},
		/** Completes the latest navigation (a superseded one never arrives) and lets promises settle. */
		async arrive(how: 'arrive' | 'cutShort' = 'arrive') {
			gotos.at(-1)![how]();
			await Promise.resolve();
			await Promise.resolve();
			await Promise.resolve();
			flushSync();
		}
	};
}

describe('search view', () => {
	let cleanup: (() => void) | undefined;
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => {
		cleanup?.();
		vi.useRealTimers();
	});

	/** Creates a view inside an effect root, with effects reading what the pages read. */
	function mount(read: (view: ReturnType<typeof createSearchView>) => unknown) {
		const h = harness();
		let view!: ReturnType<typeof createSearchView>;
		cleanup = $effect.root(() => {
			view = createSearchView(h.options);
			$effect(() => {
				read(view);
			});
		});
		flushSync();
		return { h, view };
	}

	it('searches each distinct URL state once, however many readers (list and map)', async () => {
		const { h, view } = mount((v) => [v.results, v.committedResults, v.outcome.counts]);
		expect(h.search).toHaveBeenCalledTimes(1);
		view.toggle('kind', 'project');
		flushSync();
		expect(h.search).toHaveBeenCalledTimes(2);
		await h.arrive();
		// The URL arriving with the state already searched for: no new search.
		expect(h.search).toHaveBeenCalledTimes(2);
		expect(view.state.kind).toEqual(['project']);
		// Selecting a record changes the URL but not what is searched for.
		view.select('project:netzero');
		flushSync();
		await h.arrive();
		expect(view.selected?.key).toBe('project:netzero');
		expect(h.search).toHaveBeenCalledTimes(2);
		// Going back to an earlier state is remembered too.
		view.toggle('kind', 'project');
		flushSync();
		await h.arrive();
		expect(h.search).toHaveBeenCalledTimes(2);
	});

	it('typing with the debounce searches once for what the URL shows, and the commit adds none', async () => {
		const { h, view } = mount((v) => v.committedResults);
		expect(h.search).toHaveBeenCalledTimes(1);
		for (const text of ['m', 'mu', 'mun']) {
			view.type(text);
			flushSync();
			vi.advanceTimersByTime(DEBOUNCE_MS / 2);
		}
		expect(h.gotos).toHaveLength(0);
		vi.advanceTimersByTime(DEBOUNCE_MS);
		flushSync();
		// One debounce, one navigation, one search.
		expect(h.gotos.map((g) => g.href)).toEqual(['/?q=mun']);
		expect(h.search).toHaveBeenCalledTimes(2);
		expect(h.calls.at(-1)!.q).toBe('mun');
		await h.arrive();
		expect(h.search).toHaveBeenCalledTimes(2);
		expect(view.committedResults.map((r) => r.key)).toEqual(['city:munich']);
	});

	it('a commit after the debounce has already committed waits for that navigation to arrive', async () => {
		const { h, view } = mount((v) => v.results);
		view.type('munich');
		flushSync();
		vi.advanceTimersByTime(DEBOUNCE_MS);
		expect(h.gotos).toHaveLength(1);
		let done = false;
		void view.commit().then(() => (done = true));
		await Promise.resolve();
		await Promise.resolve();
		expect(done).toBe(false);
		await h.arrive();
		await vi.waitFor(() => expect(done).toBe(true));
		expect(h.gotos).toHaveLength(1);
	});

	it('leaving the page within the debounce drops the commit (the record opened stays open)', () => {
		const { h, view } = mount((v) => v.results);
		view.type('malmo');
		flushSync();
		view.leave();
		vi.advanceTimersByTime(DEBOUNCE_MS * 2);
		flushSync();
		expect(h.gotos).toHaveLength(0);
		// Still typed: the list shows it until the page goes.
		expect(view.current.q).toBe('malmo');
	});

	it('the live list searches each keystroke once; the commit and the URL add no search', async () => {
		const { h, view } = mount((v) => [v.results, v.committedResults]);
		for (const text of ['m', 'mu', 'mun']) {
			view.type(text);
			h.paint();
		}
		expect(h.calls.map((c) => c.q)).toEqual(['', 'm', 'mu', 'mun']);
		view.commit(); // Enter
		flushSync();
		vi.advanceTimersByTime(DEBOUNCE_MS * 2); // no second commit from the debounce
		expect(h.gotos).toHaveLength(1);
		await h.arrive();
		expect(h.search).toHaveBeenCalledTimes(4);
		expect(view.draft).toBeNull();
	});

	it('a key is painted before its results: the list follows after the frame, keys within one frame searched once', async () => {
		const { h, view } = mount((v) => v.results);
		view.type('m');
		view.type('mu');
		flushSync();
		// The keystrokes' frame: the box shows the keys, the list has not searched them yet.
		expect(view.current.q).toBe('');
		expect(h.calls.map((c) => c.q)).toEqual(['']);
		h.paint();
		expect(view.current.q).toBe('mu');
		expect(h.calls.map((c) => c.q)).toEqual(['', 'mu']);
		expect(view.results.map((r) => r.key)).toEqual(['city:munich']);
	});

	it('a key acting on the results before the frame is painted sees the last key’s results', () => {
		const { h, view } = mount((v) => v.results);
		view.type('m');
		h.paint();
		view.type('munich');
		view.catchUp();
		// Read at once, as ArrowDown or Enter read them: no frame in between.
		expect(view.current.q).toBe('munich');
		expect(view.outcome.best).not.toBeNull();
		expect(view.results.map((r) => r.key)).toEqual(['city:munich']);
	});

	it('Enter before the frame is painted commits the last key typed', async () => {
		const { h, view } = mount((v) => v.results);
		view.type('mal');
		h.paint();
		view.type('malm');
		view.commit();
		flushSync();
		expect(h.gotos.map((g) => g.href)).toEqual(['/?q=malm']);
		h.paint(); // the frame's work was cancelled: nothing brings the draft back
		await h.arrive();
		expect(view.draft).toBeNull();
		expect(view.current.q).toBe('malm');
	});

	it('quick successive navigations build on each other: both changes reach the URL', async () => {
		const { h, view } = mount((v) => v.results);
		view.toggle('kind', 'project');
		view.toggle('country', 'DE'); // before the first navigation has arrived
		flushSync();
		expect(h.gotos.map((g) => g.href)).toEqual(['/?kind=project', '/?kind=project&country=DE']);
		await h.arrive();
		expect(view.state.kind).toEqual(['project']);
		expect(view.state.country).toEqual(['DE']);
	});

	it('a trailing space is kept in the box and navigates nowhere', async () => {
		const { h, view } = mount((v) => v.results);
		view.type('mun');
		view.commit();
		await h.arrive();
		view.type('mun ');
		vi.advanceTimersByTime(DEBOUNCE_MS);
		flushSync();
		expect(h.gotos).toHaveLength(1);
		expect(view.current.q).toBe('mun ');
		expect(h.search).toHaveBeenCalledTimes(2);
	});

	it('a first query adds a history entry; refining it replaces it', async () => {
		const { h, view } = mount((v) => v.results);
		view.type('m');
		view.commit();
		await h.arrive();
		view.type('mu');
		view.commit();
		await h.arrive();
		expect(h.gotos.map((g) => g.replaceState)).toEqual([false, true]);
	});

	it('keeps showing a navigation cut short (a link out), until the URL changes', async () => {
		const { h, view } = mount((v) => v.results);
		view.type('malmo');
		view.commit();
		flushSync();
		await h.arrive('cutShort');
		// The page being left keeps its results (and the focus in them) and, in its snapshot, its query.
		expect(view.state.q).toBe('malmo');
		expect(view.results.map((r) => r.key)).toEqual(['city:malmo']);
		// A navigation that arrives takes over.
		view.type('lund');
		view.commit();
		await h.arrive();
		expect(view.state.q).toBe('lund');
		// So does any other change of the URL (here the first URL arriving after all, as Back would).
		view.type('munich');
		view.commit();
		await h.arrive('cutShort');
		expect(view.state.q).toBe('munich');
		h.gotos[0].arrive();
		flushSync();
		expect(view.state.q).toBe('malmo');
	});

	it('shows the server’s first paint until the records arrive, then searches them', () => {
		const h = harness();
		let box = $state<{ records: SearchRecord[] | null }>({ records: null });
		const first = {
			key: 'q=',
			rows: [records[0]],
			kindCounts: [['city', 2]] as [SearchRecord['kind'], number][],
			total: 4,
			counts: { kind: new Map([['mission-city', 2]]) } as never,
			suggestions: [],
			nameFound: true,
			selected: []
		};
		let view!: ReturnType<typeof createSearchView>;
		const lookups: ((key: string) => SearchRecord | undefined)[] = [];
		cleanup = $effect.root(() => {
			view = createSearchView({
				...h.options,
				records: () => box.records,
				firstPaint: () => first
			});
			$effect(() => {
				void [view.results, view.committedResults, view.outcome];
			});
			$effect(() => {
				lookups.push(view.lookup);
			});
		});
		flushSync();
		expect(h.search).not.toHaveBeenCalled();
		expect(view.loaded).toBe(false);
		expect(view.results.map((r) => r.key)).toEqual(['city:malmo']);
		expect(view.outcome.total).toBe(4);
		expect(view.kindCounts?.get('city')).toBe(2);
		expect(view.committedResults).toEqual([]);
		expect(view.lookup('partner:acme')).toBeUndefined();
		box = { records };
		flushSync();
		expect(view.loaded).toBe(true);
		expect(view.results).toHaveLength(4);
		expect(view.kindCounts).toBeUndefined();
		expect(h.search).toHaveBeenCalledTimes(1);
		// A new lookup, not the same one finding more: the map redraws what it drew from the first paint.
		expect(view.lookup('partner:acme')?.name).toBe('Acme');
		expect(lookups).toHaveLength(2);
		expect(lookups[1]).not.toBe(lookups[0]);
	});

	it('shows a first view without a query from the name order alone; the index comes with the first letter', async () => {
		const h = harness();
		const own = [...records];
		const { search: _custom, ...withDefaultSearch } = h.options;
		let view!: ReturnType<typeof createSearchView>;
		cleanup = $effect.root(() => {
			view = createSearchView({ ...withDefaultSearch, records: () => own });
			$effect(() => {
				void view.results;
			});
		});
		flushSync();
		expect(view.results.map((r) => r.name)).toEqual(['Acme', 'Malmö', 'Munich', 'NetZeroCities']);
		expect('vocab' in nameOrderFor(own, recordName)).toBe(false);
		view.type('munich');
		h.paint();
		expect(view.results.map((r) => r.name)).toEqual(['Munich']);
		expect(nameOrderFor(own, recordName)).toBe(indexFor(own, recordName));
	});
});
