import { fileURLToPath } from 'node:url';
import { sveltekit } from '@sveltejs/kit/vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { PARAGLIDE_OPTIONS } from './scripts/i18n-options.js';
import { readDataDir, dataDirFromEnv } from './src/lib/server/read-data.ts';

/**
 * Paraglide's compiled messages format plurals and numbers through its `registry.js`, which builds a new
 * Intl object per call; src/lib/messages/intl-registry.ts is the same API with each one built once.
 */
function cachedIntlRegistry(): Plugin {
	const registry = fileURLToPath(new URL('./src/lib/messages/intl-registry.ts', import.meta.url));
	return {
		name: 'cities-mission-cached-intl-registry',
		enforce: 'pre',
		load(id) {
			if (/[\\/]src[\\/]lib[\\/]paraglide[\\/]registry\.js$/.test(id.split('?')[0]))
				return `export * from ${JSON.stringify(registry)};`;
		}
	};
}

/** Refuses to build with a bad data set: the same check as `npm run data:check` and the server start. */
function dataCheck(): Plugin {
	return {
		name: 'cities-mission-data-check',
		apply: 'build',
		buildStart() {
			const dir = dataDirFromEnv();
			const { lines } = readDataDir(dir);
			if (lines.length) {
				this.error(
					`The data in ${dir} has ${lines.length} problem(s); fix them and build again:\n${lines.join('\n')}`
				);
			}
		}
	};
}

export default defineConfig({
	plugins: [dataCheck(), paraglideVitePlugin(PARAGLIDE_OPTIONS), cachedIntlRegistry(), sveltekit()],
	build: {
		// Vite 8 prints [PLUGIN_TIMINGS] otherwise.
		rolldownOptions: { checks: { bundlerTimings: false } }
	},
	// Unit tests of rune modules (*.svelte.ts) need Svelte's client runtime, where effects run.
	resolve: process.env.VITEST ? { conditions: ['browser'] } : undefined,
	test: {
		include: ['tests/unit/**/*.test.ts'],
		environment: 'node',
		setupFiles: ['tests/unit/setup-messages.ts'],
		// Test files share each worker's modules instead of importing them afresh (the 24 languages'
		// messages above were most of the run: 111 s -> 46 s); a test that changes shared state (the
		// locale) puts it back in afterEach.
		isolate: false,
		expect: { requireAssertions: true }
	}
});
