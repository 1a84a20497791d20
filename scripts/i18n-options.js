// One set of Paraglide options for the Vite plugin (build, Vitest) and scripts/i18n.js (svelte-check,
// ESLint): one module per language, so a browser loads only its page's language (see catalog.ts).
export const PARAGLIDE_OPTIONS = {
	project: './project.inlang',
	outdir: './src/lib/paraglide',
	outputStructure: /** @type {const} */ ('locale-modules'),
	strategy: /** @type {['url', 'baseLocale']} */ (['url', 'baseLocale']),
	emitTsDeclarations: true
};
