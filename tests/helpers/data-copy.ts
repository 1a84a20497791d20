// Test helper: a data directory's six files as plain objects, and throw-away copies of a data
// directory with one defect, for tests that need a broken directory on disk (the data:check CLI,
// the server refusing to start). Rule-by-rule checks mutate the objects in memory instead.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- test data is mutated freely
export type Rec = Record<string, any>;
export interface DataFiles {
	themes: Rec[];
	cities: Rec[];
	pilots: Rec[];
	projects: Rec[];
	partners: Rec[];
	meta: Rec;
}
export const FILE_NAMES = ['themes', 'cities', 'pilots', 'projects', 'partners', 'meta'] as const;

/** What a mutation may ask of the writer: leave a file out, or write a file's text as given. */
export interface WriteExtra {
	drop?: (typeof FILE_NAMES)[number];
	raw?: Partial<Record<(typeof FILE_NAMES)[number], string>>;
}
export type Mutation = (files: DataFiles) => void | WriteExtra;

/** The parsed JSON files of a data directory (unchecked). */
export function readFiles(dir: string): DataFiles {
	const out = {} as Record<string, unknown>;
	for (const name of FILE_NAMES)
		out[name] = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
	return out as unknown as DataFiles;
}

/** Writes the six files (one record per line group, as the fixtures are written), replacing `dir`. */
export function writeFiles(dir: string, files: DataFiles, extra: WriteExtra = {}): void {
	rmSync(dir, { recursive: true, force: true });
	mkdirSync(dir, { recursive: true });
	for (const name of FILE_NAMES) {
		if (extra.drop === name) continue;
		const text = extra.raw?.[name] ?? JSON.stringify(files[name], null, 1);
		writeFileSync(join(dir, `${name}.json`), `${text}\n`);
	}
}

/** The record with this id; throws when a fixture no longer has it. */
export function byId(list: Rec[], id: string): Rec {
	const rec = list.find((r) => r.id === id);
	if (!rec) throw new Error(`no record ${id}`);
	return rec;
}

/**
 * A copy of the data directory `from` in a new temporary directory, changed by `mutate`. Call
 * `remove()` when done (in a finally).
 */
export function dataCopy(from: string, mutate?: Mutation): { dir: string; remove: () => void } {
	const files = readFiles(from);
	const extra = mutate?.(files) ?? {};
	const dir = mkdtempSync(join(tmpdir(), 'cme-data-'));
	writeFiles(dir, files, extra);
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
