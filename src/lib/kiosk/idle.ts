// Pure: no DOM, no Svelte. The idle timer of an unattended screen: quiet, then a countdown warning,
// then "idle". Uses the global setTimeout/Date.now, so tests drive it with fake timers.

export interface IdleCallbacks {
	/** The warning starts; `seconds` left (rounded up). */
	onWarn?: (seconds: number) => void;
	/** Once a second during the warning, with the seconds left (rounded up). */
	onTick?: (seconds: number) => void;
	/** Input came back (poke) while a warning was showing. */
	onActive?: () => void;
	/** Time is up. The timer then rests until the next poke. */
	onIdle: () => void;
}

export interface IdleTimer {
	/** Input happened: start the quiet time again (and end any warning). */
	poke(): void;
	/** Stop completely (component teardown). */
	stop(): void;
	readonly phase: 'quiet' | 'warning' | 'idle' | 'stopped';
}

/**
 * How long the "Still there?" countdown lasts: the last 10 s, or a third of the idle time if shorter,
 * so a 3 s idle time still has a quiet part and a countdown.
 */
export function warningMs(idleMs: number): number {
	return Math.max(0, Math.min(10_000, Math.round(idleMs / 3)));
}

/** Starts an idle timer of `idleMs` (quiet for idleMs - warningMs, then a countdown). */
export function createIdleTimer(idleMs: number, cb: IdleCallbacks): IdleTimer {
	const warnMs = warningMs(idleMs);
	let phase: IdleTimer['phase'] = 'quiet';
	let timer: ReturnType<typeof setTimeout> | null = null;
	let deadline = 0;

	const clear = () => {
		if (timer !== null) clearTimeout(timer);
		timer = null;
	};
	const secondsLeft = () => Math.max(0, Math.ceil((deadline - Date.now()) / 1000));

	function tick() {
		const left = deadline - Date.now();
		if (left <= 0) {
			phase = 'idle';
			timer = null;
			cb.onIdle();
			return;
		}
		cb.onTick?.(secondsLeft());
		// Wake on the next whole second left (or the deadline), so the shown number is always right.
		timer = setTimeout(tick, left % 1000 || 1000);
	}

	function startWarning() {
		phase = 'warning';
		cb.onWarn?.(secondsLeft());
		timer = setTimeout(
			tick,
			Math.min(deadline - Date.now(), (deadline - Date.now()) % 1000 || 1000)
		);
	}

	function poke() {
		if (phase === 'stopped') return;
		const wasWarning = phase === 'warning';
		clear();
		phase = 'quiet';
		deadline = Date.now() + idleMs;
		timer = setTimeout(startWarning, idleMs - warnMs);
		if (wasWarning) cb.onActive?.();
	}

	poke();
	return {
		poke,
		stop() {
			clear();
			phase = 'stopped';
		},
		get phase() {
			return phase;
		}
	};
}
