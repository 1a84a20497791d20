import { describe, it, expect } from 'vitest';
import { readDataDir } from '../../src/lib/server/read-data';

describe('the data in data/', () => {
	it('passes every check', () => {
		const { result, lines } = readDataDir('data');
		expect(lines).toEqual([]);
		expect(result.ok).toBe(true);
	});
});
