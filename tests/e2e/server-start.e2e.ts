// `node build` refuses to start with a broken data set: it exits non-zero and prints the file, the
// record and the field, and never listens. (build/ exists: the Playwright web server builds it.)
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function brokenCopy(file: string, edit: (records: Record<string, unknown>[]) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'cme-start-'));
	cpSync('data', dir, { recursive: true });
	const records = JSON.parse(readFileSync(join(dir, file), 'utf8'));
	edit(records);
	writeFileSync(join(dir, file), JSON.stringify(records));
	return dir;
}

const CASES: [string, string, (r: Record<string, unknown>[]) => void, RegExp][] = [
	[
		'a latitude out of range',
		'cities.json',
		(r) => (r[2].lat = 123),
		/cities\.json: record 2 \(id "[a-z0-9-]+"\): lat: expected a number between -90 and 90, got 123/
	],
	[
		'a partner pointing to an unknown city',
		'partners.json',
		(r) => (r[1].cityId = 'atlantis'),
		/partners\.json: record 1 \(id "[a-z0-9-]+"\): cityId: unknown city id "atlantis"/
	]
];

for (const [what, file, edit, line] of CASES) {
	test(`node build exits non-zero on ${what} and names file, record and field`, async () => {
		const dir = brokenCopy(file, edit);
		try {
			const r = spawnSync(process.execPath, ['build/index.js'], {
				env: { ...process.env, DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1' },
				encoding: 'utf8',
				timeout: 30_000
			});
			expect(r.error, 'the server exits by itself (no hang)').toBeUndefined();
			expect(r.status).not.toBe(0);
			expect(r.stderr).toMatch(line);
			expect(r.stdout).not.toMatch(/Listening on/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
}

test('node build exits non-zero when a data file is not valid JSON', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'cme-start-'));
	try {
		cpSync('data', dir, { recursive: true });
		writeFileSync(join(dir, 'pilots.json'), '[{"id": "x",}]');
		const r = spawnSync(process.execPath, ['build/index.js'], {
			env: { ...process.env, DATA_DIR: dir, PORT: '0', HOST: '127.0.0.1' },
			encoding: 'utf8',
			timeout: 30_000
		});
		expect(r.status).not.toBe(0);
		expect(r.stderr).toMatch(/pilots\.json: not valid JSON/);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
});
