// Client-only: DOM pointer events. A long press as an attachment: the operator's hidden gesture on a
// kiosk (visitors tap; nobody holds a title for two seconds by chance).
import type { Attachment } from 'svelte/attachments';

/** How long to hold: long enough that no visitor does it by chance, short enough for an operator. */
export const LONG_PRESS_MS = 2_000;
/** A finger drifts a little while held; more than this is a drag or a scroll, not a press. */
const MOVE_TOLERANCE_PX = 12;

/**
 * Calls `onlong` once a primary pointer (touch, pen or mouse) has been held on the element for `ms`
 * without moving away; lifting, cancelling or moving earlier cancels. Fires while still held, so the
 * operator sees the result without guessing when to let go.
 */
export function longPress(onlong: () => void, ms = LONG_PRESS_MS): Attachment<HTMLElement> {
	return (node) => {
		let timer: ReturnType<typeof setTimeout> | undefined;
		let x = 0;
		let y = 0;
		const cancel = () => {
			clearTimeout(timer);
			timer = undefined;
		};
		const down = (e: PointerEvent) => {
			if (!e.isPrimary) return cancel();
			cancel();
			[x, y] = [e.clientX, e.clientY];
			timer = setTimeout(() => {
				timer = undefined;
				onlong();
			}, ms);
		};
		const move = (e: PointerEvent) => {
			if (timer !== undefined && Math.hypot(e.clientX - x, e.clientY - y) > MOVE_TOLERANCE_PX)
				cancel();
		};
		const ends = ['pointerup', 'pointercancel', 'pointerleave'] as const;
		node.addEventListener('pointerdown', down);
		node.addEventListener('pointermove', move);
		for (const type of ends) node.addEventListener(type, cancel);
		return () => {
			cancel();
			node.removeEventListener('pointerdown', down);
			node.removeEventListener('pointermove', move);
			for (const type of ends) node.removeEventListener(type, cancel);
		};
	};
}
