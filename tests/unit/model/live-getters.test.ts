import { describe, expect, it } from 'vitest';
import { withGetters } from '../../../src/lib/model/live-getters';

describe('withGetters', () => {
	it('reads the value of the moment on every access', () => {
		let count = 1;
		const view = withGetters({ bump: () => count++ }, { count: () => count });
		expect(view.count).toBe(1);
		view.bump();
		expect(view.count).toBe(2);
	});

	it('keeps the base object, its methods and accessors', () => {
		let open = false;
		const base = {
			get open() {
				return open;
			},
			set open(v: boolean) {
				open = v;
			}
		};
		const view = withGetters(base, { twice: () => (open ? 2 : 0) });
		expect(view).toBe(base);
		view.open = true;
		expect(view.twice).toBe(2);
	});

	it('cannot be assigned to', () => {
		const view = withGetters({}, { n: () => 1 });
		// @ts-expect-error read-only
		expect(() => (view.n = 2)).toThrow(TypeError);
		expect(view.n).toBe(1);
	});
});
