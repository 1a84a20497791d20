import { describe, expect, it } from 'vitest';
import {
	NORMAL_TEXT_STEP,
	TEXT_SCALES,
	textScale,
	textStep,
	textStepMark
} from '../../../src/lib/kiosk/text-size';

describe('kiosk text size', () => {
	it('has at least two steps above normal, growing', () => {
		expect.hasAssertions();
		expect(TEXT_SCALES[NORMAL_TEXT_STEP]).toBe(1);
		expect(TEXT_SCALES.length).toBeGreaterThanOrEqual(3);
		for (let i = 1; i < TEXT_SCALES.length; i++)
			expect(TEXT_SCALES[i]).toBeGreaterThan(TEXT_SCALES[i - 1]);
	});

	it.each([
		[0, 0, 1, 'A'],
		[1, 1, 1.2, 'A+'],
		[2, 2, 1.4, 'A++'],
		[7, 2, 1.4, 'A++'],
		[-3, 0, 1, 'A'],
		[1.4, 1, 1.2, 'A+'],
		[Number.NaN, 0, 1, 'A']
	])('step %s -> %s (scale %s, %s)', (raw, step, scale, mark) => {
		expect(textStep(raw)).toBe(step);
		expect(textScale(raw)).toBe(scale);
		expect(textStepMark(raw)).toBe(mark);
	});
});
