// @vitest-environment jsdom
// How many result rows the explorer draws: all on the first paint, a screenful while typing, and the
// rest a few per frame once the query is committed.
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { paintFrame, useFakeFrames } from '../helpers/frames';
import { createRowLimit } from '../../../src/lib/components/row-limit.svelte';

useFakeFrames();

function harness(rows: number) {
	let typing = $state(false);
	let total = $state(rows);
	let limit!: ReturnType<typeof createRowLimit>;
	const stop = $effect.root(() => {
		limit = createRowLimit({ typing: () => typing, rows: () => total, first: 10, step: 8 });
	});
	flushSync();
	return {
		get value() {
			return limit.value;
		},
		type(on: boolean) {
			typing = on;
			flushSync();
		},
		setRows(n: number) {
			total = n;
			flushSync();
		},
		frame: paintFrame,
		stop
	};
}

describe('createRowLimit', () => {
	it('draws every row until a query is typed (the server rendered them all)', () => {
		const rows = harness(40);
		expect(rows.value).toBe(Infinity);
		rows.frame();
		expect(rows.value).toBe(Infinity);
		rows.stop();
	});

	it('draws a screenful while typing, then grows a step per frame to all of them', () => {
		const rows = harness(30);
		rows.type(true);
		expect(rows.value).toBe(10);
		rows.frame();
		expect(rows.value).toBe(10);
		rows.type(false);
		expect(rows.value).toBe(10);
		const seen = [];
		for (let i = 0; i < 5; i++) {
			rows.frame();
			seen.push(rows.value);
		}
		// 34 would be more than the 30 rows: all of them.
		expect(seen).toEqual([18, 26, Infinity, Infinity, Infinity]);
		rows.stop();
	});

	it('a key pressed while it grows goes back to a screenful, and nothing grows after', () => {
		const rows = harness(100);
		rows.type(true);
		rows.type(false);
		rows.frame();
		expect(rows.value).toBe(18);
		rows.type(true);
		expect(rows.value).toBe(10);
		rows.frame();
		rows.frame();
		expect(rows.value).toBe(10);
		rows.stop();
	});

	it('stops growing once the list has fewer rows than drawn', () => {
		const rows = harness(100);
		rows.type(true);
		rows.type(false);
		rows.setRows(12);
		expect(rows.value).toBe(10);
		rows.frame();
		expect(rows.value).toBe(Infinity);
		rows.setRows(5);
		rows.frame();
		expect(rows.value).toBe(Infinity);
		rows.stop();
	});
});
