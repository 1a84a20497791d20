// Frames on fake timers, for the runes that wait for the next paint (afterNextPaint).
import { afterEach, beforeEach, vi } from 'vitest';
import { flushSync } from 'svelte';

/** Fakes timers and animation frames around each test of the file. */
export function useFakeFrames() {
	beforeEach(() =>
		vi.useFakeTimers({
			toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame']
		})
	);
	afterEach(() => vi.useRealTimers());
}

/** One frame (16 ms) painted, and the task queued after it run. */
export function paintFrame() {
	vi.advanceTimersByTime(17);
	flushSync();
}
