import { describe, expect, it } from 'vitest';
import { readerNotes } from '../../../src/lib/data/notes';
import { readDataDir } from '../../../src/lib/server/read-data';

const projects = new Set(['gkec', 'ascend', 're-value']);

describe('readerNotes', () => {
	it.each([
		[['gkec: confidence low'], []],
		[["ascend: listed as '20Comunications' on the Munich site", 'ascend: confidence low'], []],
		[
			["country from the legal form 'gGmbH'; HQ city not stated"],
			["country from the legal form 'gGmbH'; HQ city not stated"]
		],
		// a colon that is not a project tag stays
		[['Note: HQ not stated'], ['Note: HQ not stated']],
		[['unknown-tag: kept, not a project id'], ['unknown-tag: kept, not a project id']],
		[[], []]
	])('%j', (notes, expected) => {
		expect(readerNotes(notes, projects)).toEqual(expected);
	});

	it('no partner in the data shows an editor note such as "…: confidence low"', () => {
		const { result } = readDataDir('data');
		if (!result.ok) throw new Error('data/ does not load');
		const ids = new Set(result.dataset.projects.map((p) => p.id));
		const shown = result.dataset.partners.flatMap((p) => readerNotes(p.notes, ids));
		expect(shown.filter((n) => /^[a-z0-9-]+: /.test(n))).toEqual([]);
		expect(shown.length).toBeGreaterThan(0);
	});
});
