import { describe, expect, it } from 'vitest';
import { inSlices } from '../../../src/lib/map/slices';

/** A clock that advances 1 ms per reading, so a budget of n ms is about n/2 items (start + loop). */
const ticking = () => {
	let t = 0;
	return () => t++;
};

describe('inSlices', () => {
	it('does every item in order, yielding between slices of the budget', async () => {
		const seen: number[] = [];
		let yields = 0;
		const done = await inSlices([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], (x) => seen.push(x), {
			budget: 4,
			now: ticking(),
			yieldTo: async () => void yields++
		});
		expect(done).toBe(true);
		expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
		expect(yields).toBe(2); // 3 slices of 4, 4 and 2 items
	});

	it('counts 0..n-1 when given a number', async () => {
		const seen: number[] = [];
		await inSlices<number>(4, (i) => seen.push(i), { yieldTo: async () => {} });
		expect(seen).toEqual([0, 1, 2, 3]);
	});

	it('stops between slices once aborted: a newer state wins', async () => {
		const abort = new AbortController();
		const seen: number[] = [];
		const done = await inSlices(
			Array.from({ length: 100 }, (_, i) => i),
			(x) => seen.push(x),
			{ budget: 4, now: ticking(), signal: abort.signal, yieldTo: async () => abort.abort() }
		);
		expect(done).toBe(false);
		expect(seen.length).toBeGreaterThan(0);
		expect(seen.length).toBeLessThan(10);
	});

	it('never yields for work that fits one slice', async () => {
		let yields = 0;
		await inSlices([1, 2], () => {}, { yieldTo: async () => void yields++ });
		expect(yields).toBe(0);
	});
});
