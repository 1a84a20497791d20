// Test helpers: the real data set and the fixtures, read and checked once per test file.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDataDir, DATA_FILES } from '../../../src/lib/server/read-data';
import type { RawDataset } from '../../../src/lib/data/check';
import type { Dataset } from '../../../src/lib/data/schema';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const DATA_DIR = join(ROOT, 'data');
export const FIXTURES = join(ROOT, 'tests/fixtures');

/** A checked data set; throws (failing the test) when the directory has problems. */
export function loadDataset(dir: string = DATA_DIR): Dataset {
	const { result, lines } = readDataDir(dir);
	if (!result.ok) throw new Error(`${dir} is not valid:\n${lines.join('\n')}`);
	return result.dataset;
}

/** The parsed JSON files of a directory, unchecked, for tests that break them on purpose. */
export function loadRaw(dir: string = DATA_DIR): RawDataset {
	const raw: RawDataset = {};
	for (const name of DATA_FILES)
		raw[name] = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
	return raw;
}
