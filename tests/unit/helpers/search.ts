// Test helpers: the real data set as search records and its index, built once per test file.
import { toSearchRecords, type SearchRecord } from '../../../src/lib/search/records';
import { indexFor } from '../../../src/lib/search/engine';
import { matchQuery } from '../../../src/lib/search/fuzzy';
import { loadDataset } from './data';
import { recordName } from '../../../src/lib/messages';

export const data = loadDataset();
export const records: SearchRecord[] = toSearchRecords(data);
export const index = indexFor(records, recordName);

/** Record keys ("city:munich") of every match of a query, best first. */
export const keys = (query: string): string[] =>
	matchQuery(index, query).map((m) => records[m.index].key);
