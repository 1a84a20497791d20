// ESLint flat config as the sv templates set it up (js + typescript-eslint + svelte + prettier), plus
// the import bans of the style guide: the pure core never sees Svelte, Leaflet or SvelteKit.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const LEAFLET = {
	group: ['leaflet', 'leaflet/*', 'leaflet.markercluster', 'leaflet.markercluster/*'],
	message: 'Only src/lib/map may import Leaflet (it reads window on import).'
};
const PURE_CORE = [
	LEAFLET,
	{
		group: ['svelte', 'svelte/*'],
		message: 'The pure core (src/lib/data, src/lib/search, src/lib/model) imports no Svelte.'
	},
	{ group: ['$app/*'], message: 'The pure core imports no SvelteKit runtime.' }
];

export default ts.config(
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'tests/.output/',
			'tests/.results/',
			'src/lib/paraglide/'
		]
	},
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	prettier,
	...svelte.configs.prettier,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } },
		rules: {
			// TypeScript checks these better (svelte-check runs in `npm test`).
			'no-undef': 'off',
			// The app has no base path (svelte.config.js sets none), and every internal link is built by
			// recordUrl or explorerHref, so wrapping each in resolve() would add nothing.
			'svelte/no-navigation-without-resolve': 'off',
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			]
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		files: ['src/**'],
		ignores: ['src/lib/map/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [LEAFLET] }] }
	},
	{
		files: ['src/lib/data/**', 'src/lib/search/**/*.ts', 'src/lib/model/**'],
		ignores: ['src/lib/search/**/*.svelte.ts'],
		rules: { 'no-restricted-imports': ['error', { patterns: PURE_CORE }] }
	}
);
