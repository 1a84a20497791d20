// Client-side (runes): how many result rows a list draws. While a query is typed, a screenful, so each
// key redraws a few rows; once the query is committed, the rest follow a few rows per frame, so no task
// lays out the whole list at once (on a venue PC that took longer than the gap between two keys).
import { afterNextPaint } from './after-next-paint';

export interface RowLimitOptions {
	/** Whether a query is being typed (a draft not yet in the URL). */
	typing: () => boolean;
	/** How many rows the list has to draw in all. */
	rows: () => number;
	/** Rows drawn while typing. */
	first: number;
	/** Rows added per frame after the query is committed. */
	step: number;
}

export function createRowLimit(opts: RowLimitOptions) {
	// All rows until the first key: the server's render and its hydration draw them all.
	let limit = $state(Infinity);
	$effect(() => {
		if (opts.typing()) {
			limit = opts.first;
			return;
		}
		if (limit === Infinity) return;
		if (limit >= opts.rows()) {
			limit = Infinity;
			return;
		}
		const grown = limit + opts.step;
		return afterNextPaint(() => (limit = grown));
	});
	return {
		/** The number of rows to draw now (Infinity: all). */
		get value() {
			return limit;
		}
	};
}
