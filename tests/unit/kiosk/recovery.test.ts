// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { createErrorBudget, installRecovery, isHarmless } from '../../../src/lib/kiosk/recovery';

describe('createErrorBudget', () => {
	it('recovers in place for the first errors, reloads after a burst, and forgives old errors', () => {
		const budget = createErrorBudget(3, 60_000);
		expect([0, 1_000, 2_000].map(budget)).toEqual(['recover', 'recover', 'recover']);
		expect(budget(3_000)).toBe('reload');
		expect(budget(200_000)).toBe('recover');
	});
});

describe('isHarmless', () => {
	it('lets the ResizeObserver loop notice pass, and nothing that threw', () => {
		expect(
			isHarmless({
				message: 'ResizeObserver loop completed with undelivered notifications.',
				error: null
			})
		).toBe(true);
		expect(isHarmless({ message: 'ResizeObserver loop limit exceeded', error: undefined })).toBe(
			true
		);
		expect(
			isHarmless({ message: 'ResizeObserver loop', error: new Error('ResizeObserver loop') })
		).toBe(false);
		expect(isHarmless({ message: 'Uncaught TypeError: x is undefined', error: null })).toBe(false);
	});
});

describe('installRecovery', () => {
	it('recovers from an uncaught error, not from the ResizeObserver notice', () => {
		const win = new EventTarget() as unknown as Window;
		const recover = vi.fn();
		const stop = installRecovery(win, { recover, reload: vi.fn() });
		win.dispatchEvent(
			new ErrorEvent('error', {
				message: 'ResizeObserver loop completed with undelivered notifications.'
			})
		);
		expect(recover).not.toHaveBeenCalled();
		win.dispatchEvent(new ErrorEvent('error', { message: 'boom', error: new Error('boom') }));
		expect(recover).toHaveBeenCalledWith('error: boom');
		stop();
	});
});
