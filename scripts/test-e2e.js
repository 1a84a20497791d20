// Runs the Playwright browser tests with a browser found on this machine (see find-browser.js).
import { spawnSync } from 'node:child_process';
import { findBrowser, HOW_TO_GET_ONE } from './find-browser.js';

const browser = await findBrowser(process.env, { headlessShell: true }).catch((err) => {
	console.error(err.message);
	process.exit(1);
});
if (!browser) {
	console.error(HOW_TO_GET_ONE);
	process.exit(1);
}
console.log(`Browser tests use ${browser}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, CHROMIUM_PATH: browser }
});
process.exit(result.status ?? 1);
