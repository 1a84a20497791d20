// Pure: no DOM, no Svelte. The kiosk's text size steps ("A", "A+", "A++"): each scales the whole kiosk
// (its root font size, so every rem grows), and the idle reset returns to the first.

/** Scale of the kiosk's base font size at each step; the first is normal. */
export const TEXT_SCALES = [1, 1.2, 1.4] as const;

/** The step shown at start and after every idle reset. */
export const NORMAL_TEXT_STEP = 0;

/**
 * A usable step from anything: rounded and clamped to the steps there are.
 * @example textStep(7) // 2
 */
export function textStep(step: number): number {
	if (!Number.isFinite(step)) return NORMAL_TEXT_STEP;
	return Math.min(TEXT_SCALES.length - 1, Math.max(0, Math.round(step)));
}

/** The scale of a step (1 for normal). */
export function textScale(step: number): number {
	return TEXT_SCALES[textStep(step)];
}

/** "A", "A+", "A++": the step's visible mark. */
export function textStepMark(step: number): string {
	return `A${'+'.repeat(textStep(step))}`;
}
