// Pure: no DOM, no Svelte. The pseudo-locale: every message wrapped in ⟦…⟧, so a page rendered with it
// shows at a glance (and to tests/e2e/i18n-pseudo.e2e.ts) any text that does not come from messages.
// The server uses it when started with I18N_PSEUDO=1 (hooks.server.ts); never in production.
import type { Catalog } from './catalog';

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

/** A catalog whose every message answers `⟦text⟧`. */
export function pseudoCatalog(catalog: Catalog): Catalog {
	const wrapped = new Map<PropertyKey, unknown>();
	return new Proxy(catalog, {
		get(target, key) {
			const fn = Reflect.get(target, key) as unknown;
			if (typeof fn !== 'function') return fn;
			let w = wrapped.get(key);
			if (!w) {
				w = (...args: unknown[]) =>
					`${PSEUDO_OPEN}${(fn as (...a: unknown[]) => string)(...args)}${PSEUDO_CLOSE}`;
				wrapped.set(key, w);
			}
			return w;
		}
	});
}
