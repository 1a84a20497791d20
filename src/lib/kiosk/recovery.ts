// Client-only (window listeners): keeps an unattended screen alive after a JavaScript error. The first
// errors recover in place (back to the start view); a burst of them reloads the page as a last resort.

/** More than this many errors inside the window means recovering in place is not working. */
export const MAX_ERRORS = 3;
export const ERROR_WINDOW_MS = 60_000;
export const RELOAD_DELAY_MS = 2_000;

/** Pure: decides, per error, whether to recover in place or reload. */
export function createErrorBudget(max = MAX_ERRORS, windowMs = ERROR_WINDOW_MS) {
	let times: number[] = [];
	return (now: number): 'recover' | 'reload' => {
		times = [...times.filter((t) => now - t < windowMs), now];
		return times.length > max ? 'reload' : 'recover';
	};
}

export interface RecoveryOptions {
	/** Back to the start view in place (navigation); may reject. */
	recover: (reason: string) => Promise<unknown> | void;
	/** The last resort: a full page load of the start URL. */
	reload: () => void;
}

/**
 * The browser's notice that a ResizeObserver had more to report than one frame held (it reports the
 * rest in the next): nothing threw and nothing is broken, so a visitor's session must not end for it.
 */
export function isHarmless(e: Pick<ErrorEvent, 'message' | 'error'>): boolean {
	return e.error == null && /^ResizeObserver loop/.test(e.message);
}

/** Listens for uncaught errors and rejections; returns the teardown. */
export function installRecovery(win: Window, opts: RecoveryOptions): () => void {
	const budget = createErrorBudget();
	let reloading: ReturnType<typeof setTimeout> | null = null;
	const reloadSoon = () => {
		reloading ??= setTimeout(opts.reload, RELOAD_DELAY_MS);
	};
	const handle = (reason: string) => {
		if (reloading) return;
		if (budget(Date.now()) === 'reload') return reloadSoon();
		try {
			Promise.resolve(opts.recover(reason)).catch(reloadSoon);
		} catch {
			reloadSoon();
		}
	};
	const onError = (e: ErrorEvent) => {
		if (!isHarmless(e)) handle(`error: ${e.message}`);
	};
	const onRejection = (e: PromiseRejectionEvent) =>
		handle(`unhandled rejection: ${String(e.reason)}`);
	win.addEventListener('error', onError);
	win.addEventListener('unhandledrejection', onRejection);
	return () => {
		win.removeEventListener('error', onError);
		win.removeEventListener('unhandledrejection', onRejection);
		if (reloading) clearTimeout(reloading);
	};
}
