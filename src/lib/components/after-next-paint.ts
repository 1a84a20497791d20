// Client-only: a task of its own after the next frame is painted.

/**
 * Runs `work` in a task of its own once the next frame is painted, unless cancelled first (the returned
 * function): what is on screen now is painted first, and a key pressed meanwhile waits for none of it.
 */
export function afterNextPaint(work: () => void): () => void {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const frame = requestAnimationFrame(() => (timer = setTimeout(work, 0)));
	return () => {
		cancelAnimationFrame(frame);
		clearTimeout(timer);
	};
}
