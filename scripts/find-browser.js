// Finds a Chromium: CHROMIUM_PATH, then Playwright's own browser, then the system's. The browser tests
// prefer the system's headless shell (Debian's chromium-headless-shell, what Playwright itself runs for
// headless tests): the same Blink and V8 at less than half the CPU of the full browser run headless.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

export const HOW_TO_GET_ONE = `No Chromium found for the browser tests. Any one of these works:
  - Debian/Ubuntu:  sudo apt-get install -y chromium fonts-dejavu-core fonts-liberation
                    (and chromium-headless-shell, where there is one, for tests twice as fast)
  - macOS:          brew install --cask chromium   (or install Google Chrome)
  - with internet:  npx playwright install chromium
  - or point to one: CHROMIUM_PATH=/path/to/chrome npm test`;

function onPath(name) {
	try {
		return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
	} catch {
		return null;
	}
}

const HEADLESS_SHELLS = ['/usr/bin/chromium-headless-shell'];

/** Absolute path of a Chromium/Chrome binary, or null. */
export async function findBrowser(env = process.env, { headlessShell = false } = {}) {
	if (env.CHROMIUM_PATH) {
		if (existsSync(env.CHROMIUM_PATH)) return env.CHROMIUM_PATH;
		throw new Error(`CHROMIUM_PATH is set to ${env.CHROMIUM_PATH}, but no file is there.`);
	}
	try {
		const { chromium } = await import('@playwright/test');
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		// Playwright's own browser is not installed; try the system's.
	}
	for (const candidate of [
		...(headlessShell ? HEADLESS_SHELLS : []),
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
		'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
		'/Applications/Chromium.app/Contents/MacOS/Chromium'
	]) {
		if (existsSync(candidate)) return candidate;
	}
	for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
		const found = onPath(name);
		if (found) return found;
	}
	return null;
}
