import { availableParallelism } from 'node:os';
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4300);

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: /.*\.e2e\.ts/,
	outputDir: 'tests/.output',
	fullyParallel: true,
	// Two at least (the suite is written for two in parallel), more where the machine has the cores.
	workers: Math.min(4, Math.max(2, availableParallelism())),
	// One retry, recorded: a test that passes only on its retry is reported as flaky, with its trace.
	retries: 1,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [['list'], ['json', { outputFile: 'tests/.results/e2e.json' }]],
	use: {
		baseURL: `http://127.0.0.1:${PORT}`,
		// Recording a trace on every first run (DOM snapshots, screencast) cost a third of the suite's CPU.
		trace: 'on-first-retry',
		// Each test is a fresh browser: a service worker would install and precache the whole app (every
		// script, font and the basemap) for every test. The offline tests allow it.
		serviceWorkers: 'block',
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH,
			args: [
				'--disable-gpu',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--no-first-run',
				'--disable-quic'
			]
		}
	},
	projects: [
		{
			name: 'chromium',
			use: { ...devices['Desktop Chrome'], viewport: { width: 1366, height: 800 } }
		}
	],
	webServer: {
		// scripts/server.js is build/handler.js plus the security headers on static files too (sirv skips hooks).
		command: `npm run build && node scripts/server.js`,
		url: `http://127.0.0.1:${PORT}/api/search?q=`,
		reuseExistingServer: !process.env.CI,
		timeout: 180_000,
		env: { PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: `http://127.0.0.1:${PORT}` }
	}
});
