// Server-only: the data set, read from DATA_DIR (default: the app's data/), checked at start and
// again on every reload (src/lib/server/live-data.ts). A loaded set is never changed: a reload builds
// a new one and swaps the reference, so sets are safe to share between requests (no per-user state).
import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { Dataset } from '../data/schema';
import { buildRelations, type Relations } from '../data/relations';
import { toSearchRecords, type SearchRecord } from '../search/records';
import { indexFor } from '../search/engine';
import type { SearchIndex } from '../search/fuzzy';
import type { FacetContext } from '../model/facets';
import { recordName } from '../messages';
import { dataDirFromEnv, readDataDir, readDataDirAsync } from './read-data';
import type { ReadOutcome, ReloadController, ReloadStatus } from './reload-controller';

export interface LoadedData {
	dir: string;
	data: Dataset;
	relations: Relations;
	records: SearchRecord[];
	index: SearchIndex<SearchRecord>;
	themeIds: ReadonlySet<string>;
	/** The data's vocabularies for the facet parsers (theme ids). */
	facetContext: FacetContext;
	/** Changes whenever any data file changes: the base of every ETag and X-Data-Version. */
	version: string;
}

/** The set loaded at start (before live reload takes over, and in dev and scripts). */
let loaded: LoadedData | null = null;
let loadedAt = 0;
/** Set once live reload runs (hooks.server.ts init): from then on it holds the current set. */
let live: ReloadController<LoadedData> | null = null;

export class DataError extends Error {
	constructor(
		public lines: string[],
		dir: string
	) {
		super(`Cannot start: the data in ${dir} has ${lines.length} problem(s):\n${lines.join('\n')}`);
	}
}

/** Everything the server derives from a checked data set, built once per set. */
export function buildLoaded(dir: string, data: Dataset): LoadedData {
	const relations = buildRelations(data);
	const records = toSearchRecords(data, relations);
	const version = createHash('sha1').update(JSON.stringify(data)).digest('base64url').slice(0, 16);
	const themeIds = new Set(data.themes.map((t) => t.id));
	return {
		dir,
		data,
		relations,
		records,
		index: indexFor(records, recordName),
		version,
		themeIds,
		facetContext: { themes: [...themeIds] }
	};
}

/** Reads and checks the data; throws DataError listing every problem (never a half-loaded app). */
export function loadData(dir = dataDirFromEnv()): LoadedData {
	const { result, lines } = readDataDir(dir);
	if (!result.ok || lines.length) throw new DataError(lines, dir);
	loaded = buildLoaded(dir, result.dataset);
	loadedAt = Date.now();
	return loaded;
}

/**
 * Reads and checks the data without blocking the event loop on the file reads (the check and the
 * index are synchronous CPU, tens of milliseconds). Problems name files relative to the directory.
 */
export async function readLoaded(dir: string): Promise<ReadOutcome<LoadedData>> {
	const { result, relativeLines } = await readDataDirAsync(dir);
	if (!result.ok || relativeLines.length) return { ok: false, problems: relativeLines };
	return { ok: true, value: buildLoaded(dir, result.dataset) };
}

/** The set new requests get: the live one once reloads run, else the one loaded at start. */
export function currentDataset(): LoadedData {
	return live?.current() ?? loaded ?? loadData();
}

/**
 * Each request sees one data set from start to end, never a mix of two: the handle hook
 * (hooks.server.ts) runs the whole request inside `withDataset`, and dataset() returns that
 * snapshot to every load, endpoint and error handler of the request, even if a reload swaps the
 * current set half-way through. (AsyncLocalStorage rather than event.locals, so the helpers that
 * call dataset() - suggestions, JSON headers - need no event passed down.)
 */
const requestSnapshot = new AsyncLocalStorage<LoadedData>();

export function withDataset<R>(snapshot: LoadedData, fn: () => R): R {
	return requestSnapshot.run(snapshot, fn);
}

/** The data set of the request being handled (outside a request: the current one). */
export function dataset(): LoadedData {
	return requestSnapshot.getStore() ?? currentDataset();
}

/** Hands the current set over to the live reload controller (once, from the server's init). */
export function useReloadController(controller: ReloadController<LoadedData>): void {
	live = controller;
}

/** What /api/status and /about report: the version served, since when, and the last rejection. */
export function dataStatus(): ReloadStatus {
	if (live) return live.status();
	const d = currentDataset();
	return { version: d.version, loadedAt, problems: [], rejectedAt: null };
}

/** When the set served now was loaded (for the controller's first status). */
export function initialLoadedAt(): number {
	return loadedAt;
}
