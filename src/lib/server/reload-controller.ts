// Pure: no fs, no timers of its own (the clock is injected), so the rules are unit-tested.
// When to reload the data set and what a reload does to the one being served:
// - change events are debounced: an editor's several writes, or an import writing six files by
//   temp file + rename, are one change, read once the directory has been quiet for `debounceMs`;
// - reloads never overlap: a change during a reload queues one more reload after it;
// - a set that fails the check is not loaded: the old one keeps serving, and its problems are kept
//   for the status page until an attempt passes;
// - a set that passes with the same version as the one served changes nothing.

/** The timer functions the controller needs; tests pass a manual clock. */
export interface Clock {
	now(): number;
	setTimeout(fn: () => void, ms: number): unknown;
	clearTimeout(handle: unknown): void;
}

export const systemClock: Clock = {
	now: () => Date.now(),
	setTimeout: (fn, ms) => setTimeout(fn, ms),
	clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/** What reading and checking the data gave: a set ready to serve, or the problems found. */
export type ReadOutcome<T> = { ok: true; value: T } | { ok: false; problems: string[] };

export type ReloadResult = 'loaded' | 'unchanged' | 'rejected';

export interface ReloadStatus {
	/** The version being served. */
	version: string;
	/** When the set being served was loaded (ms since the epoch). */
	loadedAt: number;
	/** The problems of the last attempt when it was rejected, else []. */
	problems: string[];
	/** When the last rejected attempt was made, or null when the last attempt passed. */
	rejectedAt: number | null;
}

export interface ReloadOptions<T extends { version: string }> {
	initial: T;
	initialLoadedAt: number;
	/** Reads and checks the whole set; must not throw (problems are an outcome). */
	read: () => Promise<ReadOutcome<T>>;
	debounceMs: number;
	clock: Clock;
	/** Called once a new set is being served (e.g. to empty the response cache and log it). */
	onLoaded?: (next: T, previous: T) => void;
	/** Called when an attempt is rejected, with its problems (to log them). */
	onRejected?: (problems: string[]) => void;
	/** Called when reading threw after all (a bug, not bad data): logged, and the old set stays. */
	onError?: (err: unknown) => void;
}

/** The problem line shown when reading threw: the error itself may name server paths. */
export const READ_FAILED = 'the data could not be read (the server log has the details)';

export interface ReloadController<T> {
	/** The set being served now. */
	current(): T;
	status(): ReloadStatus;
	/** A change was seen in the data: reload once things have been quiet for `debounceMs`. */
	changed(): void;
	/** Reload now (SIGHUP), after any reload in progress; resolves with what it did. */
	reloadNow(): Promise<ReloadResult>;
	/** Stops a pending debounce timer. */
	close(): void;
}

/** The reload state machine over an injected reader and clock (see the file's header). */
export function createReloadController<T extends { version: string }>(
	opts: ReloadOptions<T>
): ReloadController<T> {
	let current = opts.initial;
	let status: ReloadStatus = {
		version: current.version,
		loadedAt: opts.initialLoadedAt,
		problems: [],
		rejectedAt: null
	};
	let timer: unknown = null;
	/** The tail of the queue of reloads: each starts when the one before has finished. */
	let chain: Promise<unknown> = Promise.resolve();
	/** A reload queued but not started yet: it will read the files as they are then, so share it. */
	let queued: Promise<ReloadResult> | null = null;

	async function attempt(): Promise<ReloadResult> {
		let outcome: ReadOutcome<T>;
		try {
			outcome = await opts.read();
		} catch (err) {
			opts.onError?.(err);
			outcome = { ok: false, problems: [READ_FAILED] };
		}
		if (!outcome.ok) {
			status = { ...status, problems: outcome.problems, rejectedAt: opts.clock.now() };
			opts.onRejected?.(outcome.problems);
			return 'rejected';
		}
		if (outcome.value.version === current.version) {
			status = { ...status, problems: [], rejectedAt: null };
			return 'unchanged';
		}
		const previous = current;
		current = outcome.value;
		status = {
			version: current.version,
			loadedAt: opts.clock.now(),
			problems: [],
			rejectedAt: null
		};
		opts.onLoaded?.(current, previous);
		return 'loaded';
	}

	function run(): Promise<ReloadResult> {
		if (queued) return queued;
		const next = chain.then(() => {
			queued = null;
			return attempt();
		});
		queued = next;
		chain = next.catch(() => undefined);
		return next;
	}

	return {
		current: () => current,
		status: () => status,
		changed() {
			if (timer !== null) opts.clock.clearTimeout(timer);
			timer = opts.clock.setTimeout(() => {
				timer = null;
				run().catch((err) => opts.onError?.(err));
			}, opts.debounceMs);
		},
		reloadNow() {
			if (timer !== null) opts.clock.clearTimeout(timer);
			timer = null;
			return run();
		},
		close() {
			if (timer !== null) opts.clock.clearTimeout(timer);
			timer = null;
		}
	};
}
