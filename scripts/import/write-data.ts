// Node: reads a data directory as it is on disk and writes a changed one back: in the files' own JSON
// formatting, each file atomically (a temp file in the same directory, then rename), after copying
// the files it replaces to DATA_DIR/.backup/<timestamp>/.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Dataset } from '../../src/lib/data/schema.ts';
import { DATA_FILES, readDataDir } from '../../src/lib/server/read-data.ts';
import { InputError } from './csv.ts';

export type DataName = (typeof DATA_FILES)[number];

/** A data directory as read: its files' text and the parsed (unchanged) records. */
export interface DataOnDisk {
	dir: string;
	texts: Record<DataName, string>;
	data: Dataset;
}

/**
 * Reads a data directory that passes data:check. The records are the files' JSON as written (not
 * the schema's output), so what an import does not change is written back byte for byte.
 */
export function readData(dir: string): DataOnDisk {
	const { result, lines } = readDataDir(dir);
	if (!result.ok || lines.length > 0)
		throw new InputError(
			[`${dir} does not pass data:check; fix it first:`, ...lines.map((l) => `  ${l}`)].join('\n')
		);
	const texts = {} as Record<DataName, string>;
	const data = {} as Record<DataName, unknown>;
	for (const name of DATA_FILES) {
		texts[name] = readFileSync(join(dir, `${name}.json`), 'utf8');
		data[name] = JSON.parse(texts[name]);
	}
	return { dir, texts, data: data as unknown as Dataset };
}

/** The indentation a JSON file uses (data/ uses one space), from its second line. */
export function jsonIndent(text: string): string {
	const m = /\n([ \t]+)\S/.exec(text);
	return m ? m[1] : ' ';
}

/** The new text of each data file, in its old formatting; only the files that change. */
export function changedTexts(disk: DataOnDisk, next: Dataset): Partial<Record<DataName, string>> {
	const out: Partial<Record<DataName, string>> = {};
	for (const name of DATA_FILES) {
		const old = disk.texts[name];
		const text = `${JSON.stringify(next[name], null, jsonIndent(old))}${old.endsWith('\n') ? '\n' : ''}`;
		if (text !== old) out[name] = text;
	}
	return out;
}

/** `2026-12-06T15-40-00`: a timestamp that is a valid folder name everywhere. */
export function backupStamp(now: Date): string {
	return now.toISOString().slice(0, 19).replace(/:/g, '-');
}

/**
 * Writes the changed files: first a copy of each file it replaces into `.backup/<timestamp>/`, then
 * every new text into a temp file beside its target, then the renames (atomic per file), so a reader
 * never sees half a file. Returns the backup folder.
 */
export function writeData(
	disk: DataOnDisk,
	texts: Partial<Record<DataName, string>>,
	now = new Date()
): string | null {
	const names = Object.keys(texts) as DataName[];
	if (names.length === 0) return null;
	let backup = join(disk.dir, '.backup', backupStamp(now));
	for (let n = 2; existsSync(backup); n++)
		backup = join(disk.dir, '.backup', `${backupStamp(now)}-${n}`);
	mkdirSync(backup, { recursive: true });
	for (const name of names) writeFileSync(join(backup, `${name}.json`), disk.texts[name]);
	const temps: string[] = [];
	try {
		for (const name of names) {
			const temp = join(disk.dir, `.${name}.json.import-${process.pid}.tmp`);
			writeFileSync(temp, texts[name]!);
			temps.push(temp);
		}
	} catch (err) {
		for (const t of temps) rmSync(t, { force: true });
		throw err;
	}
	names.forEach((name, i) => renameSync(temps[i], join(disk.dir, `${name}.json`)));
	return backup;
}
