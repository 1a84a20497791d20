// Pure: no DOM, no Svelte, no Leaflet. Long map work (building the basemap's paths, adding markers) in
// slices of a few milliseconds, yielding to the browser in between, so no key press or frame waits on it.

/** Milliseconds of work per slice: a third of a 60 Hz frame, so input and paint keep their share. */
export const SLICE_MS = 6;

export interface SliceOptions {
	/** Stops the work between two slices (a newer state wins). */
	signal?: AbortSignal;
	budget?: number;
	/** How to wait between slices (default: a macrotask, so input events run first). */
	yieldTo?: () => Promise<void>;
	now?: () => number;
}

/** A macrotask that runs before timers are clamped: a message to ourselves. */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof MessageChannel === 'undefined') return void setTimeout(resolve, 0);
		const { port1, port2 } = new MessageChannel();
		port1.onmessage = () => {
			port1.close();
			resolve();
		};
		port2.postMessage(null);
	});
}

/**
 * Calls `work(item, index)` for every item, in slices of about `budget` ms, yielding in between.
 * Resolves true when all were done, false when `signal` aborted it (the items left are skipped).
 */
export async function inSlices<T>(
	items: readonly T[] | number,
	work: (item: T, index: number) => void,
	{
		signal,
		budget = SLICE_MS,
		yieldTo = nextTask,
		now = () => performance.now()
	}: SliceOptions = {}
): Promise<boolean> {
	const count = typeof items === 'number' ? items : items.length;
	const at = (i: number) => (typeof items === 'number' ? (i as T) : items[i]);
	let i = 0;
	while (i < count) {
		if (signal?.aborted) return false;
		const start = now();
		do work(at(i), i++);
		while (i < count && now() - start < budget);
		if (i < count) await yieldTo();
	}
	return !signal?.aborted;
}
