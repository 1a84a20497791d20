import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createIdleTimer, warningMs } from '../../../src/lib/kiosk/idle';

function recorder() {
	const events: string[] = [];
	return {
		events,
		cb: {
			onWarn: (s: number) => events.push(`warn ${s}`),
			onTick: (s: number) => events.push(`tick ${s}`),
			onActive: () => events.push('active'),
			onIdle: () => events.push('idle')
		}
	};
}

describe('warningMs', () => {
	it.each([
		[90_000, 10_000],
		[30_000, 10_000],
		[9_000, 3_000],
		[3_000, 1_000],
		[0, 0]
	])('idle %i ms warns for %i ms', (idle, warn) => {
		expect(warningMs(idle)).toBe(warn);
	});
});

describe('createIdleTimer', () => {
	beforeEach(() => vi.useFakeTimers());
	afterEach(() => vi.useRealTimers());

	it('stays quiet, then counts down each second, then goes idle once', () => {
		const { events, cb } = recorder();
		const timer = createIdleTimer(30_000, cb);
		vi.advanceTimersByTime(19_999);
		expect(events).toEqual([]);
		vi.advanceTimersByTime(1);
		expect(events).toEqual(['warn 10']);
		expect(timer.phase).toBe('warning');
		vi.advanceTimersByTime(10_000);
		expect(events).toEqual([
			'warn 10',
			'tick 9',
			'tick 8',
			'tick 7',
			'tick 6',
			'tick 5',
			'tick 4',
			'tick 3',
			'tick 2',
			'tick 1',
			'idle'
		]);
		expect(timer.phase).toBe('idle');
		vi.advanceTimersByTime(120_000);
		expect(events.filter((e) => e === 'idle')).toHaveLength(1);
	});

	it('a poke during the quiet time postpones everything', () => {
		const { events, cb } = recorder();
		const timer = createIdleTimer(9_000, cb);
		for (let i = 0; i < 10; i++) {
			vi.advanceTimersByTime(5_000);
			timer.poke();
		}
		expect(events).toEqual([]);
		vi.advanceTimersByTime(6_000);
		expect(events).toEqual(['warn 3']);
	});

	it('a poke during the warning ends it and reports activity', () => {
		const { events, cb } = recorder();
		const timer = createIdleTimer(3_000, cb);
		vi.advanceTimersByTime(2_500);
		expect(events).toEqual(['warn 1']);
		timer.poke();
		expect(events).toEqual(['warn 1', 'active']);
		expect(timer.phase).toBe('quiet');
		vi.advanceTimersByTime(2_999);
		expect(events).not.toContain('idle');
		vi.advanceTimersByTime(1);
		expect(events.at(-1)).toBe('idle');
	});

	it('a poke after idle starts a new session', () => {
		const { events, cb } = recorder();
		const timer = createIdleTimer(3_000, cb);
		vi.advanceTimersByTime(3_000);
		expect(timer.phase).toBe('idle');
		timer.poke();
		vi.advanceTimersByTime(3_000);
		expect(events.filter((e) => e === 'idle')).toHaveLength(2);
	});

	it('stop cancels every pending callback, and poke no longer restarts it', () => {
		const { events, cb } = recorder();
		const timer = createIdleTimer(3_000, cb);
		timer.stop();
		timer.poke();
		vi.advanceTimersByTime(60_000);
		expect(events).toEqual([]);
		expect(timer.phase).toBe('stopped');
	});
});
