// Server-only: the data status /api/status returns and /about shows: which set is served, since when,
// how many records of each kind, and the problems of the last rejected reload. Nothing in it names a
// server path: problem lines name files relative to DATA_DIR.
import { KINDS, type Collection } from '../model/kinds';
import { dataStatus, type LoadedData } from './dataset';

export interface DataStatusJson {
	dataVersion: string;
	/** When the set served was loaded (ISO 8601). */
	loadedAt: string;
	/** The data's own as-of date (data/meta.json). */
	asOf: string;
	counts: Record<Collection | 'themes', number>;
	/** The last rejected attempt's problems (file, record, field), or [] when the last one passed. */
	problems: string[];
	/** When that rejected attempt was made (ISO 8601), or null. */
	rejectedAt: string | null;
}

/** The status of `d`, the set the request was served from (its version and counts always agree). */
export function statusJson(d: LoadedData): DataStatusJson {
	const status = dataStatus();
	const counts = Object.fromEntries(KINDS.map((k) => [k.collection, d.data[k.collection].length]));
	return {
		dataVersion: d.version,
		loadedAt: new Date(status.loadedAt).toISOString(),
		asOf: d.data.meta.asOf,
		counts: { ...counts, themes: d.data.themes.length } as DataStatusJson['counts'],
		problems: status.problems,
		rejectedAt: status.rejectedAt === null ? null : new Date(status.rejectedAt).toISOString()
	};
}
