import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readDataDir } from '../../../src/lib/server/read-data';
import { checkDataset, formatProblem } from '../../../src/lib/data/check';
import { DATA_DIR, FIXTURES, ROOT, loadRaw } from '../helpers/data';

const run = promisify(execFile);

describe('the real data set', () => {
	it('passes the check with the documented counts', () => {
		const { result, lines } = readDataDir(DATA_DIR);
		expect(lines).toEqual([]);
		expect(result.ok).toBe(true);
		const d = result.dataset!;
		expect(d.cities.filter((c) => c.mission !== null)).toHaveLength(112);
		expect(d.meta.counts?.cities).toBe(d.cities.length);
		expect(d.meta.counts?.pilots).toBe(d.pilots.length);
		expect(d.meta.counts?.projects).toBe(d.projects.length);
		expect(d.meta.counts?.partners).toBe(d.partners.length);
	});

	it('names file, record index, id and field for a bad value, as the issue shows', () => {
		const raw = loadRaw() as { cities: { id: string; lat: unknown }[] };
		const index = raw.cities.findIndex((c) => c.id === 'lodz');
		raw.cities[index].lat = '51,77';
		const result = checkDataset(raw);
		expect(result.ok).toBe(false);
		expect(result.problems.map((p) => formatProblem(p))).toEqual([
			`data/cities.json: record ${index} (id "lodz"): lat: expected a number between -90 and 90, got "51,77"`
		]);
	});
});

describe('the fixtures', () => {
	it.each(['valid', 'hostile'])('%s/ passes the check', (name) => {
		const { result, lines } = readDataDir(join(FIXTURES, name));
		expect(lines).toEqual([]);
		expect(result.ok).toBe(true);
	});

	it('hostile/ really carries markup in names, notes and summaries', () => {
		const { result } = readDataDir(join(FIXTURES, 'hostile'));
		const d = result.dataset!;
		expect(d.cities.some((c) => c.name.includes('<script>'))).toBe(true);
		expect(d.cities.some((c) => c.name.includes('onerror='))).toBe(true);
		expect(d.cities.some((c) => c.altNames.some((n) => n.includes('<script>')))).toBe(true);
		expect(d.cities.some((c) => c.notes?.includes('<script>'))).toBe(true);
		expect(d.pilots.some((p) => p.summary?.includes('<script>'))).toBe(true);
		expect(d.projects.some((p) => p.title?.includes('<script>'))).toBe(true);
		expect(d.partners.some((p) => p.name.includes('<img'))).toBe(true);
	});

	// One row per rule: the fixture dir, and the one line the check must print for it.
	const BAD: [rule: string, line: string][] = [
		[
			'lat-range',
			'cities.json: record 0 (id "munich"): lat: expected a number between -90 and 90, got 148.1374'
		],
		[
			'lat-comma',
			'cities.json: record 1 (id "lodz"): lat: expected a number between -90 and 90, got "51,77"'
		],
		[
			'lon-range',
			'cities.json: record 2 (id "malmo"): lon: expected a number between -180 and 180, got 213.0007'
		],
		[
			'country',
			'cities.json: record 5 (id "krakow"): country: expected an ISO 3166-1 alpha-2 country code, got "XX"'
		],
		[
			'theme-unknown',
			'pilots.json: record 0 (id "c1-malmo"): themes[5]: unknown theme "teleportation" (not in themes.json)'
		],
		[
			'theme-duplicate',
			'projects.json: record 0 (id "metaccaze"): themes[3]: duplicate theme "mobility"'
		],
		[
			'date',
			'pilots.json: record 1 (id "c3-climate-city-dash"): startDate: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "31/09/2024"'
		],
		[
			'end-before-start',
			'projects.json: record 0 (id "metaccaze"): endDate: end date 2023-12-31 is before start date 2024-01-01'
		],
		[
			'url',
			'pilots.json: record 0 (id "c1-malmo"): url: expected an http(s) URL, got "javascript:alert(1)"'
		],
		[
			'duplicate-id',
			'cities.json: record 9 (id "malmo"): id: duplicate id, already used by record 2'
		],
		[
			'pilot-city',
			'pilots.json: record 2 (id "c3-brussels-empower"): cities[0].cityId: unknown city id "atlantis" (not in cities.json)'
		],
		[
			'site-city',
			'projects.json: record 0 (id "metaccaze"): sites[1].cityId: unknown city id "atlantis" (not in cities.json)'
		],
		[
			'project-partner',
			'projects.json: record 0 (id "metaccaze"): partners[2].partnerId: unknown partner id "acme-corp" (not in partners.json)'
		],
		[
			'partner-city',
			'partners.json: record 1 (id "city-of-tampere"): cityId: unknown city id "atlantis" (not in cities.json)'
		],
		[
			'partner-country',
			'partners.json: record 2 (id "landeshauptstadt-munchen-city-of-munich"): country: "AT" does not match the country of city "munich" (DE)'
		],
		[
			'duplicate-relation',
			'pilots.json: record 1 (id "c3-climate-city-dash"): cities[3].cityId: duplicate relation entry "munich"'
		],
		['missing-field', 'cities.json: record 6 (id "tampere"): name: missing field'],
		[
			'extra-field',
			'cities.json: record 7 (id "dortmund"): mayor: unknown field (not in the schema)'
		],
		[
			'wrong-type',
			'cities.json: record 8 (id "heidelberg"): population: expected a whole number, got "many"'
		],
		['not-array', 'partners.json: expected a JSON array of records, got {"partners":[]}'],
		['invalid-json', 'projects.json: not valid JSON: '],
		['missing-file', 'themes.json: file is missing'],
		[
			'partner-lat-only',
			'partners.json: record 0 (id "ertico-its-europe"): lon: expected both lat and lon, or neither'
		],
		[
			'confidence',
			'cities.json: record 4 (id "eindhoven-helmond"): confidence: expected "high", "medium" or "low", got "very high"'
		]
	];

	it.each(BAD)('bad-%s/ fails with one line naming file, record and field', (rule, line) => {
		const dir = join(FIXTURES, `bad-${rule}`);
		const { result, lines } = readDataDir(dir);
		expect(result.ok).toBe(false);
		expect(result.dataset).toBeNull();
		expect(lines).toHaveLength(1);
		expect(lines[0]).toContain(`${dir}/${line}`);
		expect(lines[0]).not.toMatch(/[\r\n]/);
	});

	it('has a test row for every bad-* fixture directory', () => {
		const dirs = readdirSync(FIXTURES)
			.filter((d) => d.startsWith('bad-'))
			.map((d) => d.slice(4))
			.sort();
		expect(BAD.map(([rule]) => rule).sort()).toEqual(dirs);
	});
});

describe('invalid JSON', () => {
	it('is reported on one line with the line and column of the slip', () => {
		const dir = mkdtempSync(join(tmpdir(), 'data-check-'));
		try {
			cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
			writeFileSync(join(dir, 'themes.json'), '[\n {"id": "energy",\n  label: "Energy"}\n]\n');
			const { lines } = readDataDir(dir);
			expect(lines).toHaveLength(1);
			expect(lines[0]).toMatch(
				new RegExp(`^${dir}/themes\\.json: not valid JSON: .*\\(line 3, column 3\\)$`)
			);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('several problems in one data set', () => {
	it('are all reported, across files, not just the first', () => {
		const raw = loadRaw(join(FIXTURES, 'valid')) as Record<string, Record<string, unknown>[]>;
		raw.cities[0].lat = 91;
		raw.cities[0].country = 'de';
		raw.cities[3].confidence = 'sure';
		raw.pilots[0].url = 'ftp://example.org';
		(raw.projects[0].sites as unknown[]).push({ cityId: 'atlantis', role: 'pilot', sources: [] });
		raw.partners.push({ ...raw.partners[0] });
		const lines = checkDataset(raw).problems.map((p) => formatProblem(p));
		expect(lines).toEqual([
			'data/cities.json: record 0 (id "munich"): country: expected an ISO 3166-1 alpha-2 country code, got "de"',
			'data/cities.json: record 0 (id "munich"): lat: expected a number between -90 and 90, got 91',
			'data/cities.json: record 3 (id "brussels-capital-region"): confidence: expected "high", "medium" or "low", got "sure"',
			'data/pilots.json: record 0 (id "c1-malmo"): url: expected an http(s) URL, got "ftp://example.org"',
			'data/partners.json: record 6 (id "ertico-its-europe"): id: duplicate id, already used by record 0',
			'data/projects.json: record 0 (id "metaccaze"): sites[3].cityId: unknown city id "atlantis" (not in cities.json)'
		]);
	});

	it('reports an unreadable file and the problems of the other files together', () => {
		const raw = loadRaw(join(FIXTURES, 'valid')) as Record<string, unknown>;
		raw.themes = undefined;
		(raw.cities as Record<string, unknown>[])[2].lon = '13.0';
		const lines = checkDataset(raw).problems.map((p) => formatProblem(p));
		expect(lines).toEqual([
			'data/themes.json: file is missing',
			'data/cities.json: record 2 (id "malmo"): lon: expected a number between -180 and 180, got "13.0"'
		]);
	});

	it('never returns a half-loaded data set', () => {
		const raw = loadRaw(join(FIXTURES, 'valid')) as Record<string, Record<string, unknown>[]>;
		raw.partners[0].kind = 'alien';
		const result = checkDataset(raw);
		expect(result).toMatchObject({ ok: false, dataset: null });
	});
});

describe('npm run data:check (scripts/data-check.ts)', () => {
	const cli = (dir: string) =>
		run('npx', ['tsx', 'scripts/data-check.ts', dir], { cwd: ROOT }).then(
			(r) => ({ code: 0, ...r }),
			(e: { code: number; stdout: string; stderr: string }) => ({
				code: e.code,
				stdout: e.stdout,
				stderr: e.stderr
			})
		);

	it('exits 0 on a valid directory and says what it holds', async () => {
		const r = await cli('tests/fixtures/valid');
		expect(r.code).toBe(0);
		expect(r.stdout).toContain(
			'tests/fixtures/valid/ is valid: 9 cities, 3 pilots, 1 projects, 6 partners, 12 themes'
		);
		expect(r.stderr).toBe('');
	}, 30_000);

	it('exits 1 on a bad directory and prints the problem line on stderr', async () => {
		const r = await cli('tests/fixtures/bad-lat-comma');
		expect(r.code).toBe(1);
		expect(r.stderr).toContain(
			'tests/fixtures/bad-lat-comma/cities.json: record 1 (id "lodz"): lat: expected a number between -90 and 90, got "51,77"\n'
		);
		expect(r.stderr).toContain('1 problem in tests/fixtures/bad-lat-comma/');
	}, 30_000);
});
