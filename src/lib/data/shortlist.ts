// Pure: no DOM, no Svelte. "My list": a visitor's shortlist of records, held as record keys
// (`kind:id`), shared as `/list?items=city:malmo,project:up2030`. The same rules read the URL on the
// server, the export API and the list kept in the browser.
import { parseRecordKey, recordKey } from '../model/kinds';

/** A list holds at most this many records: an A4 take-away, and a URL a QR code can still carry. */
export const MAX_LIST_ITEMS = 50;
/** Longer `items` values are not read at all (50 keys of 80-character ids fit well within). */
export const MAX_ITEMS_PARAM_LENGTH = 5000;

export interface ParsedList {
	/** Valid keys of records in the data, in the order given, each once, at most MAX_LIST_ITEMS. */
	keys: string[];
	/** Items that are malformed or name no record, as given (shortened), to say so. */
	missing: string[];
	/** How many distinct records were asked for; more than MAX_LIST_ITEMS is an error to show. */
	requested: number;
}

/** Splits an `items` value ("city:malmo,project:up2030") into canonical keys, skipping junk. */
export function parseListItems(
	raw: string | null | undefined,
	exists: (key: string) => boolean
): ParsedList {
	const keys: string[] = [];
	const missing: string[] = [];
	const seen = new Set<string>();
	const text = (raw ?? '').slice(0, MAX_ITEMS_PARAM_LENGTH);
	for (const part of text.split(',')) {
		const item = part.trim();
		if (!item) continue;
		const parsed = parseRecordKey(item);
		const key = parsed ? recordKey(parsed.kind, parsed.id) : null;
		if (!key || !exists(key)) {
			if (missing.length < 20) missing.push(item.slice(0, 60));
			continue;
		}
		if (seen.has(key)) continue;
		seen.add(key);
		keys.push(key);
	}
	return { keys: keys.slice(0, MAX_LIST_ITEMS), missing, requested: keys.length };
}

/**
 * The list's shareable address, readable as it is: `/list?items=city:malmo,project:up2030`. Keys are
 * checked (a kind, a colon, an id of letters, digits and dashes), so none needs escaping.
 */
export function listHref(keys: readonly string[]): string {
	const valid = keys.filter((k) => parseRecordKey(k));
	return valid.length ? `/list?items=${valid.join(',')}` : '/list';
}

/** The list with a key added (at the end) or removed; unchanged when adding to a full list. */
export function toggleListKey(keys: readonly string[], key: string): string[] {
	if (keys.includes(key)) return keys.filter((k) => k !== key);
	if (keys.length >= MAX_LIST_ITEMS) return [...keys];
	return [...keys, key];
}

/**
 * A list read back from storage: only well-formed keys, each once, at most MAX_LIST_ITEMS. Whether each
 * record still exists is for the page to say (the data may have changed since).
 */
export function cleanStoredList(value: unknown): string[] {
	if (!Array.isArray(value)) return [];
	const out: string[] = [];
	for (const item of value) {
		if (typeof item !== 'string') continue;
		const parsed = parseRecordKey(item);
		if (!parsed) continue;
		const key = recordKey(parsed.kind, parsed.id);
		if (!out.includes(key)) out.push(key);
		if (out.length >= MAX_LIST_ITEMS) break;
	}
	return out;
}

/** For each listed record, the other listed records it is directly related to. */
export function relationsWithin(
	records: readonly { key: string; related: readonly string[] }[]
): Map<string, string[]> {
	const listed = new Set(records.map((r) => r.key));
	const out = new Map<string, string[]>();
	for (const r of records) out.set(r.key, []);
	for (const r of records) {
		for (const k of r.related) {
			if (k === r.key || !listed.has(k)) continue;
			if (!out.get(r.key)!.includes(k)) out.get(r.key)!.push(k);
			if (!out.get(k)!.includes(r.key)) out.get(k)!.push(r.key);
		}
	}
	return out;
}
