// The search bench runs on its own, as `npm run bench` runs it: in a process of its own, without the
// unit tests' setup. It once stopped at "No messages loaded" and nobody saw: its numbers went stale.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('npm run bench -- --only=search', () => {
	it('runs at 1x in a process of its own and prints its figures', () => {
		const out = execFileSync(
			process.execPath,
			['--import', 'tsx', 'scripts/bench-search.ts', '1'],
			{ encoding: 'utf8', timeout: 60_000 }
		);
		expect(out).toMatch(/1x\s+\d+ records\s+index build [\d.]+ ms.*p95 [\d.]+ ms/);
		expect(out).toMatch(/quality at 1x: top-1 \d+\.\d% \(100 labelled queries\)/);
	}, 90_000);
});
