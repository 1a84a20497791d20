// Pure: no DOM, no Svelte. Read-only live properties for the objects rune modules return.

type Reads = Record<string, () => unknown>;

/**
 * Adds to `base` one read-only getter per function in `reads`, each calling its function on every
 * access. A rune module returns its state this way: readers see the value of the moment (and a
 * `$derived` or template that reads it stays reactive), and cannot assign to it. One line a property
 * instead of a three-line `get x() { return x; }` each.
 * @example withGetters({ reset }, { count: () => count }).count
 */
export function withGetters<B extends object, R extends Reads>(
	base: B,
	reads: R
): B & { readonly [K in keyof R]: ReturnType<R[K]> } {
	for (const [name, read] of Object.entries(reads))
		Object.defineProperty(base, name, { get: read, enumerable: true });
	return base as B & { readonly [K in keyof R]: ReturnType<R[K]> };
}
