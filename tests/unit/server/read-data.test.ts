import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readDataDir, readDataDirAsync } from '../../../src/lib/server/read-data';
import { byId, dataCopy, type Mutation } from '../../helpers/data-copy';
import { FIXTURES } from '../helpers/data';

const VALID = join(FIXTURES, 'valid');

describe('readDataDirAsync (the reload reader)', () => {
	it.each<[string, Mutation, string]>([
		[
			'a latitude that is not a number',
			(f) => void (byId(f.cities, 'lodz').lat = 'abc'),
			'cities.json: record 1 (id "lodz"): lat: expected a number between -90 and 90, got "abc"'
		],
		['a missing file', () => ({ drop: 'pilots' }), 'pilots.json: file is missing'],
		[
			'a file cut short mid-write',
			() => ({ raw: { themes: '[{"id": "energy"' } }),
			'themes.json: not valid JSON:'
		]
	])(
		'%s: the same problems as the start, relative lines name no server path',
		async (_w, mutate, line) => {
			const copy = dataCopy(VALID, mutate);
			try {
				const read = await readDataDirAsync(copy.dir);
				expect(read.result.ok).toBe(false);
				expect(read.lines).toEqual(readDataDir(copy.dir).lines);
				expect(read.relativeLines).toHaveLength(1);
				expect(read.relativeLines[0].startsWith(line), read.relativeLines[0]).toBe(true);
				expect(read.relativeLines.join('\n')).not.toContain(copy.dir);
				expect(read.lines[0]).toBe(`${copy.dir}/${read.relativeLines[0]}`);
			} finally {
				copy.remove();
			}
		}
	);

	it('reads a valid directory like the start does', async () => {
		const read = await readDataDirAsync(VALID);
		expect(read.lines).toEqual([]);
		expect(read.result.dataset).toEqual(readDataDir(VALID).result.dataset);
	});
});
