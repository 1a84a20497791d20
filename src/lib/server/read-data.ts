// Server-only: reads a data directory from disk and checks it.
import { readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDataset, formatProblem, type CheckResult, type RawDataset } from '../data/check.ts';

export const DATA_FILES = ['themes', 'cities', 'pilots', 'projects', 'partners', 'meta'] as const;

/** Reads every data file; unreadable or invalid JSON becomes a problem, never an exception. */
export function readDataDir(dir: string): { result: CheckResult; lines: string[] } {
	const raw: RawDataset = {};
	const early: string[] = [];
	const unreadable = new Set<string>();
	for (const name of DATA_FILES) {
		const path = join(dir, `${name}.json`);
		if (!existsSync(path)) continue; // reported by checkDataset as "file is missing"
		const text = readFileSync(path, 'utf8');
		try {
			raw[name] = JSON.parse(text);
		} catch (err) {
			early.push(`${dir}/${name}.json: not valid JSON: ${jsonErrorText(err as Error, text)}`);
			unreadable.add(`${name}.json`);
			raw[name] = null;
		}
	}
	const result = checkDataset(raw);
	const lines = [
		...early,
		...result.problems
			.filter((p) => !(unreadable.has(p.file) && p.index === null))
			.map((p) => formatProblem(p, dir))
	];
	return { result, lines };
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
