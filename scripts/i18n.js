// Compiles messages/{locale}.json into src/lib/paraglide (typed message functions, one module per
// language) when the output is missing or older than the messages. The Vite plugin does the same for
// `vite build` and Vitest; this serves svelte-check and ESLint, which run no Vite.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { PARAGLIDE_OPTIONS } from './i18n-options.js';

const OUT_MARK = 'src/lib/paraglide/messages/_index.d.ts';
const inputs = [
	'project.inlang/settings.json',
	...readdirSync('messages')
		.filter((f) => f.endsWith('.json'))
		.map((f) => `messages/${f}`)
];
const newest = Math.max(...inputs.map((f) => statSync(f).mtimeMs));
const fresh = existsSync(OUT_MARK) && statSync(OUT_MARK).mtimeMs >= newest;

if (!fresh || process.argv.includes('--force')) {
	const o = PARAGLIDE_OPTIONS;
	const { status } = spawnSync(
		'npx',
		[
			'paraglide-js',
			'compile',
			'--project',
			o.project,
			'--outdir',
			o.outdir,
			'--output-structure',
			o.outputStructure,
			'--strategy',
			...o.strategy,
			'--emit-ts-declarations',
			'--silent'
		],
		{ stdio: 'inherit' }
	);
	process.exit(status ?? 1);
}
