// Server-only: the data set, read from DATA_DIR (default: the app's data/) and checked once at start.
// Everything here is derived from files and never changes while the server runs, so it is safe to share
// between requests (no per-user state).
import { createHash } from 'node:crypto';
import type { Dataset } from '../data/schema';
import { buildRelations, type Relations } from '../data/relations';
import { toSearchRecords, type SearchRecord } from '../search/records';
import { indexFor } from '../search/engine';
import type { SearchIndex } from '../search/fuzzy';
import type { FacetContext } from '../model/facets';
import { recordName } from '../messages';
import { dataDirFromEnv, readDataDir } from './read-data';

export interface LoadedData {
	dir: string;
	data: Dataset;
	relations: Relations;
	records: SearchRecord[];
	index: SearchIndex<SearchRecord>;
	themeIds: ReadonlySet<string>;
	/** The data's vocabularies for the facet parsers (theme ids). */
	facetContext: FacetContext;
	/** Changes whenever any data file changes: the base of every ETag. */
	version: string;
}

let loaded: LoadedData | null = null;

export class DataError extends Error {
	constructor(
		public lines: string[],
		dir: string
	) {
		super(`Cannot start: the data in ${dir} has ${lines.length} problem(s):\n${lines.join('\n')}`);
	}
}

/** Reads and checks the data; throws DataError listing every problem (never a half-loaded app). */
export function loadData(dir = dataDirFromEnv()): LoadedData {
	const { result, lines } = readDataDir(dir);
	if (!result.ok || lines.length) throw new DataError(lines, dir);
	const data = result.dataset;
	const relations = buildRelations(data);
	const records = toSearchRecords(data, relations);
	const version = createHash('sha1').update(JSON.stringify(data)).digest('base64url').slice(0, 16);
	const themeIds = new Set(data.themes.map((t) => t.id));
	const facetContext = { themes: [...themeIds] };
	loaded = {
		dir,
		data,
		relations,
		records,
		index: indexFor(records, recordName),
		version,
		themeIds,
		facetContext
	};
	return loaded;
}

/** The loaded data set (loaded on first use if the server's init hook has not run, e.g. in dev). */
export function dataset(): LoadedData {
	return loaded ?? loadData();
}
