// "My list": the visitor's shortlist of record keys, shared by every page through a context. On a
// laptop it is kept in the browser's localStorage across visits (and follows other tabs); at the kiosk
// it lives in memory only and the idle reset clears it with the rest of the visitor's session.
import { createContext } from 'svelte';
import { cleanStoredList, listHref, MAX_LIST_ITEMS, toggleListKey } from '$lib/data/shortlist';

/** The localStorage entry; versioned so a later format can ignore this one. */
export const STORAGE_KEY = 'cities-mission-my-list-v1';

export class MyList {
	keys = $state<string[]>([]);
	readonly count = $derived(this.keys.length);
	readonly full = $derived(this.keys.length >= MAX_LIST_ITEMS);
	readonly href = $derived(listHref(this.keys));
	#storage: Storage | null;

	constructor(storage: Storage | null) {
		this.#storage = storage;
		this.keys = this.#read();
	}

	has(key: string): boolean {
		return this.keys.includes(key);
	}

	toggle(key: string): void {
		this.#set(toggleListKey(this.keys, key));
	}

	clear(): void {
		this.#set([]);
	}

	/** Takes over a shared list as one's own (cleaned, at most MAX_LIST_ITEMS). */
	replace(keys: readonly string[]): void {
		this.#set(cleanStoredList(keys));
	}

	/** Another tab changed the stored list: take it over. */
	sync(): void {
		this.keys = this.#read();
	}

	#read(): string[] {
		try {
			const raw = this.#storage?.getItem(STORAGE_KEY);
			return raw ? cleanStoredList(JSON.parse(raw)) : [];
		} catch {
			// Storage blocked (private mode, quota) or garbled: start empty rather than fail the page.
			return [];
		}
	}

	#set(keys: string[]): void {
		this.keys = keys;
		try {
			this.#storage?.setItem(STORAGE_KEY, JSON.stringify(keys));
		} catch {
			// Storage full or blocked: the list still works for this visit.
		}
	}
}

export const [getMyList, setMyList] = createContext<MyList>();
