import { describe, expect, it } from 'vitest';
import {
	createReloadController,
	READ_FAILED,
	type Clock,
	type ReadOutcome
} from '../../../src/lib/server/reload-controller';

interface Set {
	version: string;
}

/** A clock that moves only when told: timers fire in order as `advance` passes them. */
function manualClock(): Clock & { advance(ms: number): Promise<void>; pending(): number } {
	let now = 0;
	let nextId = 1;
	const timers = new Map<number, { at: number; fn: () => void }>();
	return {
		now: () => now,
		setTimeout(fn, ms) {
			const id = nextId++;
			timers.set(id, { at: now + ms, fn });
			return id;
		},
		clearTimeout: (id) => void timers.delete(id as number),
		pending: () => timers.size,
		async advance(ms) {
			const end = now + ms;
			for (;;) {
				const due = [...timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at);
				if (!due.length) break;
				const [id, t] = due[0];
				timers.delete(id);
				now = t.at;
				t.fn();
				await flush();
			}
			now = end;
			await flush();
		}
	};
}

const flush = () => new Promise<void>((resolve) => setImmediate(resolve));

/** A reader answering from a queue of outcomes, counting its calls; it may be held to test overlap. */
function reader(outcomes: ReadOutcome<Set>[]) {
	let calls = 0;
	let gate: Promise<void> | null = null;
	let open = () => {};
	return {
		calls: () => calls,
		hold() {
			gate = new Promise((resolve) => (open = resolve));
		},
		release: () => open(),
		read: async (): Promise<ReadOutcome<Set>> => {
			calls++;
			if (gate) await gate;
			return outcomes.shift() ?? outcomes.at(-1) ?? { ok: true, value: { version: 'same' } };
		}
	};
}

function setup(outcomes: ReadOutcome<Set>[]) {
	const clock = manualClock();
	const r = reader(outcomes);
	const loaded: string[] = [];
	const rejected: string[][] = [];
	const controller = createReloadController<Set>({
		initial: { version: 'v1' },
		initialLoadedAt: 0,
		read: r.read,
		debounceMs: 300,
		clock,
		onLoaded: (next, previous) => loaded.push(`${previous.version}->${next.version}`),
		onRejected: (problems) => rejected.push(problems)
	});
	return { clock, r, controller, loaded, rejected };
}

const ok = (version: string): ReadOutcome<Set> => ({ ok: true, value: { version } });
const bad = (...problems: string[]): ReadOutcome<Set> => ({ ok: false, problems });

describe('reload controller', () => {
	it('debounces a burst of change events into one read, 300 ms after the last', async () => {
		const { clock, r, controller, loaded } = setup([ok('v2')]);
		// An import writing six files by temp + rename: events spread over 250 ms.
		for (let i = 0; i < 6; i++) {
			controller.changed();
			await clock.advance(50);
		}
		expect(r.calls()).toBe(0);
		await clock.advance(249);
		expect(r.calls()).toBe(0);
		await clock.advance(1);
		expect(r.calls()).toBe(1);
		expect(loaded).toEqual(['v1->v2']);
		expect(controller.current().version).toBe('v2');
		expect(controller.status()).toEqual({
			version: 'v2',
			loadedAt: 550,
			problems: [],
			rejectedAt: null
		});
	});

	it('keeps serving the old set when the new one fails the check, and reports its problems', async () => {
		const { clock, controller, loaded, rejected } = setup([
			bad('cities.json: record 3 (id "lund"): lat: expected a number, got "abc"')
		]);
		controller.changed();
		await clock.advance(300);
		expect(controller.current().version).toBe('v1');
		expect(loaded).toEqual([]);
		expect(rejected).toHaveLength(1);
		expect(controller.status()).toEqual({
			version: 'v1',
			loadedAt: 0,
			problems: ['cities.json: record 3 (id "lund"): lat: expected a number, got "abc"'],
			rejectedAt: 300
		});
	});

	it.each([
		['a fix that brings back the served set clears the problems', ok('v1'), 'unchanged', 'v1'],
		['a fix that loads a new set clears the problems', ok('v3'), 'loaded', 'v3']
	] as const)('%s', async (_what, fix, result, version) => {
		const { clock, controller } = setup([bad('cities.json: x'), fix]);
		controller.changed();
		await clock.advance(300);
		expect(controller.status().problems).toEqual(['cities.json: x']);
		expect(await controller.reloadNow()).toBe(result);
		expect(controller.status().problems).toEqual([]);
		expect(controller.status().rejectedAt).toBeNull();
		expect(controller.current().version).toBe(version);
	});

	it('reloadNow (SIGHUP) reads at once and cancels a pending debounce', async () => {
		const { clock, r, controller } = setup([ok('v2')]);
		controller.changed();
		expect(await controller.reloadNow()).toBe('loaded');
		expect(r.calls()).toBe(1);
		expect(clock.pending()).toBe(0);
		await clock.advance(1000);
		expect(r.calls()).toBe(1);
	});

	it('never overlaps two reads: changes during a read give one more read after it', async () => {
		const { clock, r, controller, loaded } = setup([ok('v2'), ok('v3')]);
		r.hold();
		controller.changed();
		await clock.advance(300);
		expect(r.calls()).toBe(1);
		// Three more changes and a SIGHUP while the first read is still running.
		controller.changed();
		await clock.advance(300);
		const now = controller.reloadNow();
		controller.changed();
		await clock.advance(300);
		expect(r.calls()).toBe(1);
		r.release();
		expect(await now).toBe('loaded');
		await clock.advance(0);
		expect(r.calls()).toBe(2);
		expect(loaded).toEqual(['v1->v2', 'v2->v3']);
	});

	it('a reader that throws is a rejection naming no server path; the old set stays', async () => {
		const clock = manualClock();
		const errors: unknown[] = [];
		const controller = createReloadController<Set>({
			initial: { version: 'v1' },
			initialLoadedAt: 0,
			read: () => Promise.reject(new Error("EACCES: permission denied, open '/srv/data/x.json'")),
			debounceMs: 300,
			clock,
			onError: (err) => errors.push(err)
		});
		expect(await controller.reloadNow()).toBe('rejected');
		expect(controller.status().problems).toEqual([READ_FAILED]);
		expect(controller.current().version).toBe('v1');
		expect(errors).toHaveLength(1);
	});
});
