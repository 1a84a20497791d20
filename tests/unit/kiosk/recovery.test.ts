import { describe, expect, it } from 'vitest';
import { createErrorBudget } from '../../../src/lib/kiosk/recovery';

describe('createErrorBudget', () => {
	it('recovers in place for the first errors, reloads after a burst, and forgives old errors', () => {
		const budget = createErrorBudget(3, 60_000);
		expect([0, 1_000, 2_000].map(budget)).toEqual(['recover', 'recover', 'recover']);
		expect(budget(3_000)).toBe('reload');
		expect(budget(200_000)).toBe('recover');
	});
});
