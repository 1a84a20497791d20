// @vitest-environment jsdom
// A value that follows another once the next frame is painted (the explorer's filter counts).
import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { paintFrame, useFakeFrames } from '../helpers/frames';
import { afterPaintValue } from '../../../src/lib/components/after-paint-value.svelte';

useFakeFrames();

function harness(first: number) {
	let source = $state(first);
	let late!: ReturnType<typeof afterPaintValue<number>>;
	const stop = $effect.root(() => {
		late = afterPaintValue(() => source);
	});
	flushSync();
	return {
		get value() {
			return late.value;
		},
		set(n: number) {
			source = n;
			flushSync();
		},
		frame: paintFrame,
		stop
	};
}

describe('afterPaintValue', () => {
	it('starts with the value itself (the server renders it)', () => {
		const v = harness(3);
		expect(v.value).toBe(3);
		v.stop();
	});

	it('follows a change once the next frame is painted, not in it', () => {
		const v = harness(3);
		v.set(4);
		expect(v.value).toBe(3);
		v.frame();
		expect(v.value).toBe(4);
		v.stop();
	});

	it('two changes before the frame show the last one only', () => {
		const v = harness(1);
		v.set(2);
		v.set(3);
		v.frame();
		expect(v.value).toBe(3);
		v.frame();
		expect(v.value).toBe(3);
		v.stop();
	});
});
