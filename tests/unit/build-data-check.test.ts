// `npm run build` refuses a broken data set: the data-check plugin in vite.config.ts fails the build
// naming the file, the record and the field (tested on the plugin itself, not a full build).
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import config from '../../vite.config';

const dirs: string[] = [];
function brokenCopy(edit: (cities: Record<string, unknown>[]) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'cme-broken-'));
	dirs.push(dir);
	cpSync('data', dir, { recursive: true });
	const cities = JSON.parse(readFileSync(join(dir, 'cities.json'), 'utf8'));
	edit(cities);
	writeFileSync(join(dir, 'cities.json'), JSON.stringify(cities));
	return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function dataCheckPlugin(): Plugin {
	const plugin = (config.plugins ?? [])
		.flat()
		.find(
			(p) => p && typeof p === 'object' && 'name' in p && p.name === 'cities-mission-data-check'
		);
	if (!plugin) throw new Error('vite.config.ts has no cities-mission-data-check plugin');
	return plugin as Plugin;
}

function runBuildStart(dataDir: string): string | null {
	const before = process.env.DATA_DIR;
	process.env.DATA_DIR = dataDir;
	try {
		const hook = dataCheckPlugin().buildStart as (this: unknown) => void;
		hook.call({
			error: (msg: string) => {
				throw new Error(msg);
			}
		});
		return null;
	} catch (err) {
		return (err as Error).message;
	} finally {
		if (before === undefined) delete process.env.DATA_DIR;
		else process.env.DATA_DIR = before;
	}
}

describe('build-time data check', () => {
	it('passes the real data', () => {
		expect(runBuildStart('data')).toBeNull();
	});

	it.each([
		[
			'a latitude written with a comma',
			(c: Record<string, unknown>[]) => (c[17].lat = '51,77'),
			/cities\.json: record 17 \(id "[a-z0-9-]+"\): lat: expected a number/
		],
		[
			'an unknown country',
			(c: Record<string, unknown>[]) => (c[3].country = 'XX'),
			/cities\.json: record 3 \(id "[a-z0-9-]+"\): country: expected an ISO 3166-1/
		],
		[
			'a missing name',
			(c: Record<string, unknown>[]) => delete c[5].name,
			/cities\.json: record 5 \(id "[a-z0-9-]+"\): name: missing field/
		]
	])('fails the build on %s, naming file, record and field', (_what, edit, line) => {
		const message = runBuildStart(brokenCopy(edit));
		expect(message).toMatch(/problem\(s\); fix them and build again/);
		expect(message).toMatch(line);
	});
});
