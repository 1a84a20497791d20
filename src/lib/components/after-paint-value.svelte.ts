// Client-side (runes): a value that follows another once the next frame is painted.
import { untrack } from 'svelte';
import { afterNextPaint } from './after-next-paint';

/**
 * Follows `get` a frame late: what it feeds is drawn in a task of its own after the frame that shows
 * the change, so a navigation's own frame (and a key pressed meanwhile) does not wait for it. The
 * explorer's filter counts follow a committed search this way, as its map does.
 */
export function afterPaintValue<T>(get: () => T) {
	let value = $state.raw(untrack(get));
	$effect(() => {
		const next = get();
		if (next === untrack(() => value)) return;
		return afterNextPaint(() => (value = next));
	});
	return {
		get value() {
			return value;
		}
	};
}
