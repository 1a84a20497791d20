// Server-only: reads a data directory from disk and checks it.
import { readFileSync, existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
	checkDataset,
	formatProblem,
	type CheckResult,
	type DataProblem,
	type RawDataset
} from '../data/check.ts';

export const DATA_FILES = ['themes', 'cities', 'pilots', 'projects', 'partners', 'meta'] as const;
type DataFile = (typeof DATA_FILES)[number];

export interface DirCheck {
	result: CheckResult;
	/** One line per problem, file names prefixed with the directory (for the console and the CLI). */
	lines: string[];
	/** The same lines with file names relative to the directory: safe to show outside the server. */
	relativeLines: string[];
}

/** What reading one file gave: its text, `missing`, or an error code (never a message: it holds the path). */
type FileText = string | { missing: true } | { code: string };

/** Reads every data file; unreadable or invalid JSON becomes a problem, never an exception. */
export function readDataDir(dir: string): DirCheck {
	const texts = {} as Record<DataFile, FileText>;
	for (const name of DATA_FILES) {
		const path = join(dir, `${name}.json`);
		texts[name] = existsSync(path) ? readFileSync(path, 'utf8') : { missing: true };
	}
	return checkTexts(texts, dir);
}

/**
 * The same as readDataDir with non-blocking reads, for reloading while the server serves requests.
 * A file that vanishes between two writes (an editor's or importer's rename) reads as missing; the
 * next change event reads it again.
 */
export async function readDataDirAsync(dir: string): Promise<DirCheck> {
	const entries = await Promise.all(
		DATA_FILES.map(async (name): Promise<[DataFile, FileText]> => {
			try {
				return [name, await readFile(join(dir, `${name}.json`), 'utf8')];
			} catch (err) {
				const code = (err as NodeJS.ErrnoException).code ?? 'EIO';
				return [name, code === 'ENOENT' ? { missing: true } : { code }];
			}
		})
	);
	return checkTexts(Object.fromEntries(entries) as Record<DataFile, FileText>, dir);
}

function checkTexts(texts: Record<DataFile, FileText>, dir: string): DirCheck {
	const raw: RawDataset = {};
	const early: DataProblem[] = [];
	const unreadable = new Set<string>();
	for (const name of DATA_FILES) {
		const text = texts[name];
		if (typeof text !== 'string') {
			if ('missing' in text) continue; // reported by checkDataset as "file is missing"
			early.push(fileProblem(name, `cannot be read (${text.code})`));
		} else {
			try {
				raw[name] = JSON.parse(text);
				continue;
			} catch (err) {
				early.push(fileProblem(name, `not valid JSON: ${jsonErrorText(err as Error, text)}`));
			}
		}
		unreadable.add(`${name}.json`);
		raw[name] = null;
	}
	const result = checkDataset(raw);
	const problems = [
		...early,
		...result.problems.filter((p) => !(unreadable.has(p.file) && p.index === null))
	];
	return {
		result,
		lines: problems.map((p) => formatProblem(p, dir)),
		relativeLines: problems.map((p) => formatProblem(p, ''))
	};
}

function fileProblem(name: DataFile, message: string): DataProblem {
	return { file: `${name}.json`, index: null, id: null, field: null, message };
}

/**
 * A JSON.parse error as one line (V8 quotes the text around the error, newlines and all), with the
 * line and column where V8 gives a position, so an organiser can find the slip in an editor.
 */
function jsonErrorText(err: Error, text: string): string {
	const message = err.message.replace(/\s+/g, ' ').trim();
	const position = /at position (\d+)/.exec(err.message);
	if (!position) return message;
	const before = text.slice(0, Number(position[1])).split('\n');
	return `${message} (line ${before.length}, column ${before[before.length - 1].length + 1})`;
}

/** The data directory: DATA_DIR if set, else the app's own data/. */
export function dataDirFromEnv(env: Record<string, string | undefined> = process.env): string {
	return resolve(env.DATA_DIR || 'data');
}
