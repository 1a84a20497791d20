// Pure: no DOM, no Svelte. The one search engine: a cheap candidate index picks records whose words
// match the query (exactly, by prefix, or by shared trigrams for typos), and fuse.js ranks the fuzzy
// candidates. This keeps fuse.js's ranking quality while each keystroke stays well within a frame as
// the data grows (one flat fuse.js index costs ~100 ms per query at 20,000 records; see SEARCH.md).
import Fuse, { type IFuseOptions } from 'fuse.js';
import { fold } from './normalise';
import { singularAbbreviation } from '../model/abbreviations';

/** What the index needs from a record: its names (strongest), other names, and a long title. */
export interface Searchable {
	/** Null for a record known by its other names only (an untitled pilot, by its cities). */
	name: string | null;
	altNames: string[];
	title: string | null;
	/** Folded words a record is also found by, e.g. the abbreviations its title spells out. */
	keywords?: readonly string[];
}

/**
 * Below this fuse.js score a fuzzy candidate is a match. 0.3 found near-spellings ("Munchen",
 * "Barcellona") while 0.4 let junk queries match (SEARCH.md).
 */
export const FUZZY_THRESHOLD = 0.3;
/** Name weighs most; other names next; a long title least, so a title word never beats a name. */
export const FUZZY_KEYS = [
	{ name: 'name', weight: 2 },
	{ name: 'altNames', weight: 1 },
	{ name: 'title', weight: 0.5 }
];
/** Fuzzy candidates ranked by fuse.js per query; more only cost time and are weak matches anyway. */
export const MAX_FUZZY_CANDIDATES = 300;
/**
 * When exact or prefix matches exist, a fuzzy match must be this close (fuse.js score) to be listed
 * too: "munich" should list Munich and its organisations, not every "Municipality of ...".
 */
export const FUZZY_SCORE_BESIDE_EXACT = 0.5;
/** Words shorter than this match by prefix only: a typo in three letters is a different word. */
export const MIN_FUZZY_WORD = 4;
/** A vocabulary word is a fuzzy candidate when it shares this share of the query word's trigrams. */
export const MIN_TRIGRAM_SHARE = 0.34;
/** Queries longer than this many words only use the first ones; nobody types a name that long. */
export const MAX_QUERY_WORDS = 8;

const FUSE_OPTIONS: IFuseOptions<FoldedDoc> = {
	keys: FUZZY_KEYS,
	threshold: FUZZY_THRESHOLD,
	includeScore: true,
	// A space means "every word must match"; safe because folding removed every operator character.
	useExtendedSearch: true,
	// Short names (the city) beat long ones (the city's university) for the same match.
	fieldNormWeight: 2,
	// Matches near the start of a name are better: true lowered top-1 from 0.81 to 0.68 (SEARCH.md).
	ignoreLocation: false,
	isCaseSensitive: true // the text is folded already
};

interface FoldedDoc {
	i: number;
	name: string;
	altNames: string[];
	title: string;
}

/** Integer scores of word matches (name or title lengths) sort exactly below this; longer ones tie. */
const SCORE_SLOTS = 2048;
/** Records an index can hold for the numeric sort of matches (2 million, 3,400x today's data). */
const RECORD_SLOTS = 2 ** 21;

/** Match quality, best first. Exact and prefix matches always rank above fuzzy ones. */
export const Tier = { Exact: 0, NamePrefix: 1, WordPrefix: 2, TitleWord: 3, Fuzzy: 4 } as const;
export type Tier = (typeof Tier)[keyof typeof Tier];

export interface Match {
	index: number;
	tier: Tier;
	/** Within a tier, lower is better (fuse.js score or name length). */
	score: number;
}

export interface SearchIndex<T extends Searchable = Searchable> {
	records: T[];
	docs: FoldedDoc[];
	/** Sorted, unique folded words of every name and title. */
	vocab: string[];
	/** For each vocab word, the records holding it; `index * 2 + 1` when only in the title. */
	postings: Int32Array[];
	trigrams: Map<string, number[]>;
	/** For each vocab word, how many distinct trigrams it has (so queries never recompute them). */
	gramCounts: Uint16Array;
	/** Record indices in display-name order, for empty queries. */
	byName: Int32Array;
}

function trigramsOf(word: string): string[] {
	const padded = ` ${word} `;
	const out: string[] = [];
	for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
	return [...new Set(out)];
}

/**
 * The parts of acronym-like words, split where case or digits change, so that "PED" finds
 * TIPS4PED and "zero" NetZeroCities. Plain words give nothing.
 * @example acronymParts('TIPS4PED') → ['tips', '4', 'ped']; acronymParts('Lund') → []
 */
export function acronymParts(name: string): string[] {
	const out: string[] = [];
	for (const token of name.split(/[^\p{L}\p{N}]+/u)) {
		const parts = token.match(/\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+/gu);
		if (parts && parts.length > 1) for (const part of parts) out.push(fold(part));
	}
	return out;
}

/** Without a display name: a record known by its other names only is listed under them. */
export const plainName = (r: Searchable) => r.name ?? r.altNames.join(' ');

/**
 * Builds the index once per data set (memoise by array identity in callers). `displayName` is the
 * name people read (from the messages module), so what is shown is what can be searched, without the
 * records carrying display text.
 */
export function createSearchIndex<T extends Searchable>(
	records: T[],
	displayName: (r: T) => string = plainName,
	/** The records' name order when it is known already (nameOrder's result): not sorted again. */
	byName?: Int32Array
): SearchIndex<T> {
	const steps = indexSteps(records, displayName, byName);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * The same index, built in slices of about `budget` ms with `yieldTo()` awaited in between: a browser
 * builds it in tasks short enough that a tap is never kept waiting (one block took 0.1-0.25 s on a
 * phone).
 */
export async function createSearchIndexInSlices<T extends Searchable>(
	records: T[],
	displayName: (r: T) => string = plainName,
	yieldTo: () => Promise<void>,
	{
		budget = 6,
		now = () => performance.now(),
		byName
	}: {
		/** Milliseconds per slice. */
		budget?: number;
		now?: () => number;
		/** The records' name order when it is known already (nameOrder's result): not sorted again. */
		byName?: Int32Array;
	} = {}
): Promise<SearchIndex<T>> {
	const steps = indexSteps(records, displayName, byName);
	let start = now();
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		if (now() - start >= budget) {
			await yieldTo();
			start = now();
		}
	}
}

/** Records or words between two chances to yield. */
const STEP = 32;

/** The index's construction, pausing (yield) every STEP records or words. */
function* indexSteps<T extends Searchable>(
	records: T[],
	displayName: (r: T) => string,
	byName?: Int32Array
): Generator<void, SearchIndex<T>> {
	const names = records.map(displayName);
	const docs: FoldedDoc[] = [];
	const postingLists = new Map<string, Set<number>>();
	const add = (word: string, code: number) => {
		let set = postingLists.get(word);
		if (!set) postingLists.set(word, (set = new Set()));
		set.add(code);
	};
	for (let i = 0; i < records.length; i++) {
		const r = records[i];
		const d: FoldedDoc = {
			i,
			name: fold(names[i]),
			altNames: r.altNames.map(fold).filter(Boolean),
			title: r.title ? fold(r.title) : ''
		};
		docs.push(d);
		const nameWords = new Set(
			[d.name, ...d.altNames]
				.flatMap((n) => n.split(' '))
				.concat([names[i], ...r.altNames].flatMap(acronymParts), r.keywords ?? [])
				.filter(Boolean)
		);
		for (const w of nameWords) add(w, i * 2);
		for (const w of d.title.split(' ')) if (w && !nameWords.has(w)) add(w, i * 2 + 1);
		if (i % STEP === STEP - 1) yield;
	}
	const vocab = [...postingLists.keys()].sort();
	const postings = vocab.map((w) => Int32Array.from(postingLists.get(w)!));
	yield;
	const trigrams = new Map<string, number[]>();
	const gramCounts = new Uint16Array(vocab.length);
	for (let wi = 0; wi < vocab.length; wi++) {
		const w = vocab[wi];
		if (w.length >= 3) {
			const grams = trigramsOf(w);
			gramCounts[wi] = grams.length;
			for (const t of grams) {
				const list = trigrams.get(t);
				if (list) list.push(wi);
				else trigrams.set(t, [wi]);
			}
		}
		if (wi % (STEP * 4) === STEP * 4 - 1) yield;
	}
	yield;
	return {
		records,
		docs,
		vocab,
		postings,
		trigrams,
		gramCounts,
		byName: byName ?? nameOrder(names)
	};
}

/** Record indices in the order of their display names (`names`, one per record). */
export function nameOrder(names: string[]): Int32Array {
	const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
	return Int32Array.from(
		names.map((_, i) => i).sort((a, b) => collator.compare(names[a], names[b]) || a - b)
	);
}

function lowerBound(vocab: string[], word: string): number {
	let lo = 0;
	let hi = vocab.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (vocab[mid] < word) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

/**
 * How many of `grams` each vocab word shares, as [word index, count] pairs in first-seen order.
 * A typed array instead of a Map: at 100x data a common trigram lists thousands of words, and
 * counting them in a Map dominated the time per keystroke (bench: scripts/bench-search.ts).
 */
function sharedTrigrams(
	index: SearchIndex,
	grams: string[]
): { words: number[]; counts: Uint16Array } {
	const counts = new Uint16Array(index.vocab.length);
	const words: number[] = [];
	for (const g of grams) {
		const list = index.trigrams.get(g);
		if (!list) continue;
		for (const wi of list) if (counts[wi]++ === 0) words.push(wi);
	}
	return { words, counts };
}

/**
 * Word-level quality of each record for one query word: 0 exact word, 1 prefix, 2 title only, 3+
 * fuzzy (3 + share of trigrams missed). Typed arrays, not a Map: a one-letter query hits tens of
 * thousands of records at 100x data, and a Map per word dominated its time (scripts/bench-search.ts).
 */
interface WordHits {
	/** Records hit, each once, in first-hit order. */
	recs: number[];
	/** Quality + 1 per record; 0 where the word does not hit it. */
	quality: Float32Array;
}

function hitsForWord(index: SearchIndex, word: string): WordHits {
	const quality = new Float32Array(index.records.length);
	const recs: number[] = [];
	const note = (code: number, q: number) => {
		const rec = code >> 1;
		const v = (code & 1 ? Math.max(q, 2) : q) + 1;
		const prev = quality[rec];
		if (prev === 0) {
			recs.push(rec);
			quality[rec] = v;
		} else if (v < prev) quality[rec] = v;
	};
	const { vocab, postings } = index;
	const first = lowerBound(vocab, word);
	let last = first;
	for (; last < vocab.length && vocab[last].startsWith(word); last++) {
		const q = vocab[last].length === word.length ? 0 : 1;
		const list = postings[last];
		for (let j = 0; j < list.length; j++) note(list[j], q);
	}
	if (word.length >= MIN_FUZZY_WORD) {
		const grams = trigramsOf(word);
		const { words, counts } = sharedTrigrams(index, grams);
		const needed = Math.max(2, Math.ceil(grams.length * MIN_TRIGRAM_SHARE));
		for (const wi of words) {
			const count = counts[wi];
			// Words in [first, last) start with the query word: found above already.
			if (count < needed || (wi >= first && wi < last) || vocab[wi].length < word.length - 2)
				continue;
			const q = 3 + (1 - count / grams.length);
			for (const code of postings[wi]) note(code, q);
		}
	}
	return { recs, quality };
}

/** The shortest of a record's names passing `test` (Infinity when none does). */
function bestNameLength(doc: FoldedDoc, test: (name: string) => boolean): number {
	let best = test(doc.name) ? doc.name.length : Infinity;
	for (const n of doc.altNames) if (n.length < best && test(n)) best = n.length;
	return best;
}

/**
 * Every record matching a query, best first. Exact names, then names starting with the query, then
 * records whose words start with every query word, then title words, then fuzzy matches ranked by fuse.js.
 * `query` is raw user text; it is folded here. An empty query matches nothing (callers list by name).
 */
export function matchQuery(index: SearchIndex, query: string): Match[] {
	const q = fold(query);
	if (!q) return [];
	const qWords = [...new Set(q.split(' ').map(singularAbbreviation))].slice(0, MAX_QUERY_WORDS);
	const folded = qWords.join(' ');

	// Intersect word hits, shortest list first: every query word must match (as fuse.js's AND).
	const perWord = qWords
		.map((w) => hitsForWord(index, w))
		.sort((a, b) => a.recs.length - b.recs.length);
	// Word matches are sorted as numbers (tier, then an integer score, then the record): a one-letter
	// query has tens of thousands of them at 100x data, where sorting objects took most of its time.
	const keys = new Float64Array(perWord[0].recs.length);
	let n = 0;
	const push = (rec: number, tier: Tier, score: number) =>
		(keys[n++] = (tier * SCORE_SLOTS + Math.min(score, SCORE_SLOTS - 1)) * RECORD_SLOTS + rec);
	const fuzzy: { rec: number; worst: number }[] = [];
	for (const rec of perWord[0].recs) {
		let worst = perWord[0].quality[rec];
		for (let k = 1; k < perWord.length && worst > 0; k++) {
			const qk = perWord[k].quality[rec];
			worst = qk === 0 ? 0 : Math.max(worst, qk);
		}
		if (worst === 0) continue;
		worst -= 1;
		const doc = index.docs[rec];
		if (worst >= 3) {
			fuzzy.push({ rec, worst });
			continue;
		}
		const exact = bestNameLength(doc, (name) => name === folded);
		if (exact < Infinity) {
			push(rec, Tier.Exact, exact);
			continue;
		}
		const prefix = bestNameLength(doc, (name) => name.startsWith(folded));
		if (prefix < Infinity) push(rec, Tier.NamePrefix, prefix);
		else if (worst <= 1) push(rec, Tier.WordPrefix, bestNameLength(doc, () => true) + worst);
		else push(rec, Tier.TitleWord, doc.title.length);
	}
	const sorted = keys.subarray(0, n).sort();
	const matches: Match[] = new Array(n);
	for (let j = 0; j < n; j++) {
		const key = sorted[j];
		const rec = key % RECORD_SLOTS;
		const rest = (key - rec) / RECORD_SLOTS;
		const score = rest % SCORE_SLOTS;
		matches[j] = { index: rec, tier: ((rest - score) / SCORE_SLOTS) as Tier, score };
	}

	if (fuzzy.length) {
		// Cheapest first cut: candidates whose words were closest; fuse.js decides and ranks.
		if (fuzzy.length > MAX_FUZZY_CANDIDATES)
			fuzzy.sort((a, b) => a.worst - b.worst || a.rec - b.rec);
		const docs = fuzzy.slice(0, MAX_FUZZY_CANDIDATES).map((f) => index.docs[f.rec]);
		const fuse = new Fuse(docs, FUSE_OPTIONS);
		const limit = matches.length > 0 ? FUZZY_SCORE_BESIDE_EXACT : Infinity;
		const ranked: Match[] = [];
		for (const r of fuse.search(folded)) {
			const score = r.score ?? 1;
			if (score <= limit) ranked.push({ index: r.item.i, tier: Tier.Fuzzy, score });
		}
		ranked.sort((a, b) => a.score - b.score || a.index - b.index);
		for (const m of ranked) matches.push(m);
	}

	return matches;
}

/** Record indices of names closest to a query that found nothing ("Did you mean ..."). */
export function closestNames(index: SearchIndex, query: string, count = 5): number[] {
	const q = fold(query);
	if (!q) return [];
	const longest = q.split(' ').sort((a, b) => b.length - a.length)[0];
	if (longest.length < 3) return [];
	const grams = trigramsOf(longest);
	const { words, counts } = sharedTrigrams(index, grams);
	const scored = words
		.map((wi) => ({ wi, dice: (2 * counts[wi]) / (grams.length + index.gramCounts[wi]) }))
		.filter((x) => x.dice >= 0.3)
		.sort((a, b) => b.dice - a.dice);
	const out: number[] = [];
	for (const { wi } of scored) {
		for (const code of index.postings[wi]) {
			if (code & 1) continue;
			const rec = code >> 1;
			if (!out.includes(rec)) out.push(rec);
			if (out.length >= count) return out;
		}
	}
	return out;
}
