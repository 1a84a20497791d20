// `npm test`: lint (ESLint, Prettier), unit tests (Vitest), type check (svelte-check), browser tests (Playwright, real Chromium),
// then one plain summary line "N passed, N failed" counted from both runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { readFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';

const OUT = 'tests/.results';
mkdirSync(OUT, { recursive: true });
for (const f of ['unit.json', 'e2e.json']) rmSync(`${OUT}/${f}`, { force: true });

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: false }).status ?? 1;

const steps = [
	['lint', 'npm', ['run', '--silent', 'lint']],
	[
		'unit tests',
		'npx',
		['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${OUT}/unit.json`]
	],
	['type check', 'npm', ['run', '--silent', 'check']],
	['browser tests', 'node', ['scripts/test-e2e.js']]
];
const failedSteps = [];
for (const [name, cmd, args] of steps) {
	console.log(`\n=== ${name} ===`);
	if (run(cmd, args) !== 0) failedSteps.push(name);
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(`${OUT}/unit.json`)) {
	const unit = JSON.parse(readFileSync(`${OUT}/unit.json`, 'utf8'));
	passed += unit.numPassedTests ?? 0;
	failed += unit.numFailedTests ?? 0;
	skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
}
if (existsSync(`${OUT}/e2e.json`)) {
	const { stats } = JSON.parse(readFileSync(`${OUT}/e2e.json`, 'utf8'));
	passed += (stats?.expected ?? 0) + (stats?.flaky ?? 0);
	failed += stats?.unexpected ?? 0;
	skipped += stats?.skipped ?? 0;
}
if (failedSteps.length && failed === 0) failed = failedSteps.length;
console.log(`\nFailed steps: ${failedSteps.join(', ') || 'none'}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedSteps.length ? 1 : 0);
