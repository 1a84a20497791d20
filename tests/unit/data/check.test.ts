import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { readDataDir } from '../../../src/lib/server/read-data';
import { checkDataset, formatProblem, type RawDataset } from '../../../src/lib/data/check';
import { DATA_DIR, FIXTURES, ROOT, loadRaw } from '../helpers/data';
import { byId, dataCopy, readFiles, type Mutation } from '../../helpers/data-copy';

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
});

// One row per rule: a change to the valid fixture with exactly one kind of defect, and the one line
// the check must print for it, naming file, record (index and id) and field.
const BAD: [rule: string, mutate: Mutation, line: string][] = [
	[
		'lat-range',
		(f) => void (byId(f.cities, 'munich').lat = 148.1374),
		'cities.json: record 0 (id "munich"): lat: expected a number between -90 and 90, got 148.1374'
	],
	[
		'lat-comma',
		(f) => void (byId(f.cities, 'lodz').lat = '51,77'),
		'cities.json: record 1 (id "lodz"): lat: expected a number between -90 and 90, got "51,77"'
	],
	[
		'lon-range',
		(f) => void (byId(f.cities, 'malmo').lon = 213.0007),
		'cities.json: record 2 (id "malmo"): lon: expected a number between -180 and 180, got 213.0007'
	],
	[
		'country',
		(f) => void (byId(f.cities, 'krakow').country = 'XX'),
		'cities.json: record 5 (id "krakow"): country: expected an ISO 3166-1 alpha-2 country code, got "XX"'
	],
	[
		'theme-unknown',
		(f) => void byId(f.pilots, 'c1-malmo').themes.push('teleportation'),
		'pilots.json: record 0 (id "c1-malmo"): themes[5]: unknown theme "teleportation" (not in themes.json)'
	],
	[
		'theme-duplicate',
		(f) => void f.projects[0].themes.push('mobility'),
		'projects.json: record 0 (id "metaccaze"): themes[3]: duplicate theme "mobility"'
	],
	[
		'date',
		(f) => void (byId(f.pilots, 'c3-climate-city-dash').startDate = '31/09/2024'),
		'pilots.json: record 1 (id "c3-climate-city-dash"): startDate: expected an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), got "31/09/2024"'
	],
	[
		'end-before-start',
		(f) => {
			f.projects[0].startDate = '2024-01-01';
			f.projects[0].endDate = '2023-12-31';
		},
		'projects.json: record 0 (id "metaccaze"): endDate: end date 2023-12-31 is before start date 2024-01-01'
	],
	[
		'url',
		(f) => void (byId(f.pilots, 'c1-malmo').url = 'javascript:alert(1)'),
		'pilots.json: record 0 (id "c1-malmo"): url: expected an http(s) URL, got "javascript:alert(1)"'
	],
	[
		'duplicate-id',
		(f) => void f.cities.push({ ...structuredClone(byId(f.cities, 'malmo')), name: 'Malmo again' }),
		'cities.json: record 9 (id "malmo"): id: duplicate id, already used by record 2'
	],
	[
		'pilot-city',
		(f) => void (byId(f.pilots, 'c3-brussels-empower').cities[0].cityId = 'atlantis'),
		'pilots.json: record 2 (id "c3-brussels-empower"): cities[0].cityId: unknown city id "atlantis" (not in cities.json)'
	],
	[
		'site-city',
		(f) => void (f.projects[0].sites[1].cityId = 'atlantis'),
		'projects.json: record 0 (id "metaccaze"): sites[1].cityId: unknown city id "atlantis" (not in cities.json)'
	],
	[
		'project-partner',
		(f) => void (f.projects[0].partners[2].partnerId = 'acme-corp'),
		'projects.json: record 0 (id "metaccaze"): partners[2].partnerId: unknown partner id "acme-corp" (not in partners.json)'
	],
	[
		'partner-city',
		(f) => void (byId(f.partners, 'city-of-tampere').cityId = 'atlantis'),
		'partners.json: record 1 (id "city-of-tampere"): cityId: unknown city id "atlantis" (not in cities.json)'
	],
	[
		'partner-country',
		(f) => void (byId(f.partners, 'landeshauptstadt-munchen-city-of-munich').country = 'AT'),
		'partners.json: record 2 (id "landeshauptstadt-munchen-city-of-munich"): country: "AT" does not match the country of city "munich" (DE)'
	],
	[
		'duplicate-relation',
		(f) =>
			void byId(f.pilots, 'c3-climate-city-dash').cities.push({ cityId: 'munich', role: 'lead' }),
		'pilots.json: record 1 (id "c3-climate-city-dash"): cities[3].cityId: duplicate relation entry "munich"'
	],
	[
		'missing-field',
		(f) => void delete byId(f.cities, 'tampere').name,
		'cities.json: record 6 (id "tampere"): name: missing field'
	],
	[
		'extra-field',
		(f) => void (byId(f.cities, 'dortmund').mayor = 'Thomas Westphal'),
		'cities.json: record 7 (id "dortmund"): mayor: unknown field (not in the schema)'
	],
	[
		'wrong-type',
		(f) => void (byId(f.cities, 'heidelberg').population = 'many'),
		'cities.json: record 8 (id "heidelberg"): population: expected a whole number, got "many"'
	],
	[
		'not-array',
		() => ({ raw: { partners: JSON.stringify({ partners: [] }, null, 1) } }),
		'partners.json: expected a JSON array of records, got {"partners":[]}'
	],
	[
		// The usual hand-edit slip: a trailing comma after the last record.
		'invalid-json',
		(f) => ({ raw: { projects: JSON.stringify(f.projects, null, 1).replace(/\n\]$/, ',\n]') } }),
		'projects.json: not valid JSON: '
	],
	['missing-file', () => ({ drop: 'themes' }), 'themes.json: file is missing'],
	[
		'partner-lat-only',
		(f) => void (byId(f.partners, 'ertico-its-europe').lon = null),
		'partners.json: record 0 (id "ertico-its-europe"): lon: expected both lat and lon, or neither'
	],
	[
		'confidence',
		(f) => void (byId(f.cities, 'eindhoven-helmond').confidence = 'very high'),
		'cities.json: record 4 (id "eindhoven-helmond"): confidence: expected "high", "medium" or "low", got "very high"'
	],
	[
		'site-source',
		(f) => void (f.projects[0].sites[0].sources = ['ftp://example.org/ccc.pdf']),
		'projects.json: record 0 (id "metaccaze"): sites[0].sources[0]: expected an http(s) URL, got "ftp://example.org/ccc.pdf"'
	],
	[
		'link-source',
		(f) => void (f.projects[0].partners[0].sources = 'https://example.org'),
		'projects.json: record 0 (id "metaccaze"): partners[0].sources: expected a list of source URLs, got "https://example.org"'
	],
	[
		'partner-source',
		(f) => void (byId(f.partners, 'remoted').sources = ['javascript:alert(1)']),
		'partners.json: record 4 (id "remoted"): sources[0]: expected an http(s) URL, got "javascript:alert(1)"'
	]
];

const VALID = join(FIXTURES, 'valid');

describe('each data rule, on the valid fixture with one defect', () => {
	it.each(BAD)('%s: one line naming file, record and field', (_rule, mutate, line) => {
		const files = readFiles(VALID);
		const extra = mutate(files) ?? {};
		if (extra.raw) {
			// Text that is not what JSON.parse would give back must go through a file on disk.
			const copy = dataCopy(VALID, mutate);
			try {
				const { result, lines } = readDataDir(copy.dir);
				expect(result.ok).toBe(false);
				expect(result.dataset).toBeNull();
				expect(lines).toHaveLength(1);
				expect(lines[0].startsWith(`${copy.dir}/${line}`), lines[0]).toBe(true);
				expect(lines[0]).not.toMatch(/[\r\n]/);
			} finally {
				copy.remove();
			}
			return;
		}
		const raw: RawDataset = { ...files };
		if (extra.drop) raw[extra.drop] = undefined;
		const result = checkDataset(raw);
		expect(result.ok).toBe(false);
		expect(result.dataset).toBeNull();
		expect(result.problems.map((p) => formatProblem(p))).toEqual([`data/${line}`]);
	});

	it('the same defect on disk gives the same line, under the directory read', () => {
		const copy = dataCopy(VALID, (f) => void (byId(f.cities, 'lodz').lat = '51,77'));
		try {
			expect(readDataDir(copy.dir).lines).toEqual([
				`${copy.dir}/cities.json: record 1 (id "lodz"): lat: expected a number between -90 and 90, got "51,77"`
			]);
		} finally {
			copy.remove();
		}
	});

	it('no malformed fixture directory is committed: rules are tested in memory', () => {
		expect(readdirSync(FIXTURES).filter((d) => d.startsWith('bad-'))).toEqual([]);
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
		const copy = dataCopy(VALID, (f) => void (byId(f.cities, 'lodz').lat = '51,77'));
		try {
			// The CLI shows the directory relative to where it runs.
			const shown = relative(ROOT, copy.dir);
			const r = await cli(copy.dir);
			expect(r.code).toBe(1);
			expect(r.stderr).toContain(
				`${shown}/cities.json: record 1 (id "lodz"): lat: expected a number between -90 and 90, got "51,77"\n`
			);
			expect(r.stderr).toContain(`1 problem in ${shown}/`);
		} finally {
			copy.remove();
		}
	}, 30_000);
});
