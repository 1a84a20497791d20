// `npm run data:import` as a child process (tsx) against temp copies of tests/fixtures/valid: a dry run
// touches nothing, --write passes data:check and keeps a backup, a second import changes nothing,
// curated notes survive, and every kind of bad input fails with its message and writes nothing.
import { afterAll, describe, expect, it } from 'vitest';
import {
	copyFileSync,
	cpSync,
	mkdirSync,
	readFileSync,
	readdirSync,
	truncateSync,
	writeFileSync
} from 'node:fs';
import { join } from 'node:path';
import { dataCopy, readFiles, type Rec } from '../../helpers/data-copy';
import {
	CORDIS,
	VALID,
	cordisZip,
	runImport,
	runScript,
	snapshot,
	tempDir,
	writeZip,
	xlsxBytes
} from './helpers';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((f) => f()));
function copy(mutate?: Parameters<typeof dataCopy>[1]): string {
	const c = dataCopy(VALID, mutate);
	cleanups.push(c.remove);
	return c.dir;
}
function temp(): string {
	const t = tempDir();
	cleanups.push(t.remove);
	return t.dir;
}
const lastLine = (out: string) => out.trim().split('\n').at(-1);

describe('data:import CLI', { timeout: 120_000 }, () => {
	it('dry run: prints the diff and the counts, changes no file', async () => {
		const dir = copy();
		const before = snapshot(dir);
		const run = await runImport([CORDIS, '--data', dir, '--mission-topics']);
		expect(run.code).toBe(0);
		expect(run.stdout).toContain('projects: 1 added, 1 changed, 0 removed');
		expect(run.stdout).toContain('  + testproj  TESTPROJ');
		expect(run.stdout).toContain('      startDate: null → "2024-01-01"');
		expect(run.stdout).toContain('      cordisOrgId: (none) → "999000001"');
		expect(lastLine(run.stdout)).toBe(
			'6 added, 4 changed, 0 removed (10 records); dry run, nothing written (add --write to apply)'
		);
		expect(run.stderr).toBe(''); // not a terminal: no progress lines
		expect(snapshot(dir)).toEqual(before);
	});

	it('--write (from the zip): passes data:check, keeps a backup and the formatting; a second run changes nothing', async () => {
		const dir = copy((files) => {
			// Curated facts the export does not know: a link note, a partner note, a low-confidence link.
			const link = files.projects[0].partners.find((l: Rec) => l.partnerId === 'city-of-tampere');
			link.confidence = 'low';
			link.note = 'curated: seen in a press release';
		});
		const old = readFileSync(join(dir, 'projects.json'), 'utf8');
		const zip = cordisZip(temp());
		const run = await runImport([zip, '--data', dir, '--mission-topics', '--write']);
		expect(run.code, run.stderr).toBe(0);
		expect(lastLine(run.stdout)).toMatch(
			/^6 added, 4 changed, 0 removed \(10 records\); written: projects\.json, partners\.json, meta\.json \(the old files are in .*\.backup\/\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\)$/
		);
		const check = await runScript('scripts/data-check.ts', [dir]);
		expect(check.code, check.stderr).toBe(0);

		const backups = readdirSync(join(dir, '.backup'));
		expect(backups).toHaveLength(1);
		expect(readFileSync(join(dir, '.backup', backups[0], 'projects.json'), 'utf8')).toBe(old);
		expect(readdirSync(join(dir, '.backup', backups[0])).sort()).toEqual([
			'meta.json',
			'partners.json',
			'projects.json'
		]);
		expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
		const text = readFileSync(join(dir, 'projects.json'), 'utf8');
		expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 1)}\n`);

		const files = readFiles(dir);
		const link = files.projects[0].partners.find((l: Rec) => l.partnerId === 'city-of-tampere');
		expect(link).toMatchObject({ confidence: 'high', note: 'curated: seen in a press release' });
		expect(files.meta.counts).toMatchObject({ projects: 2, partners: 11 });
		expect(files.meta.asOf).toBe(readFiles(VALID).meta.asOf);

		const before = snapshot(dir);
		const again = await runImport([zip, '--data', dir, '--mission-topics']);
		expect(again.code).toBe(0);
		expect(lastLine(again.stdout)).toBe(
			'0 added, 0 changed, 0 removed (0 records); dry run, nothing written (add --write to apply)'
		);
		const rewrite = await runImport([zip, '--data', dir, '--mission-topics', '--write']);
		expect(lastLine(rewrite.stdout)).toMatch(/; nothing to write$/);
		expect(snapshot(dir)).toEqual(before);
	});

	it('takes only known projects and those named with --project', async () => {
		const dir = copy();
		const known = await runImport([CORDIS, '--data', dir]);
		expect(known.stdout).toContain('1 of 3 projects taken, 6 of 9 participations');
		expect(known.stdout).not.toContain('testproj');
		const asked = await runImport([CORDIS, '--data', dir, '--project', '199999902']);
		expect(asked.stdout).toContain('  + otherproj  OTHERPROJ');
		expect(asked.stdout).not.toContain('testproj');
	});

	it('imports a spreadsheet (xlsx): new partner, project, link and site; data:check passes', async () => {
		const dir = copy();
		const book = join(temp(), 'update.xlsx');
		writeFileSync(
			book,
			xlsxBytes({
				partners: [
					['name', 'kind', 'country', 'city', 'lat', 'lon', 'note'],
					[
						'Example Sheet Agency (fixture)',
						'public-body',
						'PL',
						'Kraków',
						50.06,
						19.94,
						'from the xlsx'
					]
				],
				projects: [
					['acronym', 'title', 'startDate', 'themes', 'source'],
					[
						'XLSXPROJ',
						'Fixture project from a workbook',
						'2099-03',
						'energy',
						'https://example.org/x'
					]
				],
				'project-partners': [
					['project', 'partner', 'role'],
					['xlsxproj', 'example-sheet-agency-fixture', 'coordinator']
				],
				'project-sites': [
					['project', 'city', 'role'],
					['xlsxproj', 'krakow', 'demonstrator']
				],
				Notes: [['anything else is ignored']]
			})
		);
		const run = await runImport([book, '--data', dir, '--write']);
		expect(run.code, run.stderr).toBe(0);
		expect(run.stdout).toContain('  + xlsxproj  XLSXPROJ');
		expect(run.stdout).toContain(
			'  + example-sheet-agency-fixture  Example Sheet Agency (fixture)'
		);
		expect((await runScript('scripts/data-check.ts', [dir])).code).toBe(0);
		const partner = readFiles(dir).partners.find((p) => p.id === 'example-sheet-agency-fixture');
		expect(partner).toMatchObject({ cityId: 'krakow', lat: 50.06, notes: ['from the xlsx'] });
	});

	it('imports a folder of sheet CSVs (tests/fixtures/sheet); data:check passes; again: no change', async () => {
		const dir = copy();
		const run = await runImport(['tests/fixtures/sheet', '--data', dir, '--write']);
		expect(run.code, run.stderr).toBe(0);
		expect(lastLine(run.stdout)).toMatch(/^2 added, 3 changed, 0 removed \(5 records\); written: /);
		expect((await runScript('scripts/data-check.ts', [dir])).code).toBe(0);
		const files = readFiles(dir);
		const project = files.projects.find((p) => p.id === 'sheetproj')!;
		expect(project).toMatchObject({
			euContributionEUR: 250000,
			themes: ['mobility', 'energy'],
			sites: [{ cityId: 'tampere', role: 'pilot', sources: [] }]
		});
		expect(project.review).toBeUndefined();
		expect(project.partners.map((l: Rec) => [l.partnerId, l.role, l.confidence])).toEqual([
			['example-mobility-lab-fixture', 'coordinator', 'high'],
			['city-of-tampere', 'partner', 'medium']
		]);
		const again = await runImport(['tests/fixtures/sheet', '--data', dir]);
		expect(lastLine(again.stdout)).toMatch(/^0 added, 0 changed, 0 removed/);
	});

	const bad = (): { name: string; setup: (d: string) => string[]; error: RegExp }[] => [
		{
			name: 'a missing column',
			setup: (d) => {
				writeFileSync(
					join(d, 'project.csv'),
					readFileSync(join(CORDIS, 'project.csv'), 'utf8').replace('"topics";', '')
				);
				copyFileSync(join(CORDIS, 'organization.csv'), join(d, 'organization.csv'));
				return [d];
			},
			error: /project\.csv: missing column "topics"/
		},
		{
			name: 'a malformed row',
			setup: (d) => {
				cpSync(CORDIS, d, { recursive: true });
				const lines = readFileSync(join(d, 'organization.csv'), 'utf8').split('\n');
				lines[3] = lines[3].replace('"participant";', '');
				writeFileSync(join(d, 'organization.csv'), lines.join('\n'));
				return [d];
			},
			error: /organization\.csv line 4: malformed row: 24 fields, the header has 25/
		},
		{
			name: 'a bad value in a row (after a multi-line field)',
			setup: (d) => {
				cpSync(CORDIS, d, { recursive: true });
				const text = readFileSync(join(d, 'project.csv'), 'utf8');
				writeFileSync(
					join(d, 'project.csv'),
					text.replace('"2099-01-01";"2101-12-31"', '"01/01/2099";""')
				);
				return [d];
			},
			error: /project\.csv line 4: startDate: expected a date \(YYYY-MM-DD\), got "01\/01\/2099"/
		},
		{
			name: 'a comma-separated file',
			setup: (d) => {
				cpSync(CORDIS, d, { recursive: true });
				const text = readFileSync(join(d, 'organization.csv'), 'utf8');
				writeFileSync(join(d, 'organization.csv'), text.replace(/";"/g, '","'));
				return [d];
			},
			error: /organization\.csv: the header line has no ";" but ",": wrong delimiter/
		},
		{
			name: 'a UTF-16 file',
			setup: (d) => {
				cpSync(CORDIS, d, { recursive: true });
				const text = readFileSync(join(d, 'project.csv'), 'utf8');
				writeFileSync(
					join(d, 'project.csv'),
					Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
				);
				return [d];
			},
			error: /project\.csv is UTF-16 \(it starts with a UTF-16 byte-order mark\)/
		},
		{
			name: 'a latin1 file',
			setup: (d) => {
				cpSync(CORDIS, d, { recursive: true });
				const text = readFileSync(join(d, 'organization.csv'), 'utf8').replace(
					'MUENCHEN',
					'MÜNCHEN'
				);
				writeFileSync(join(d, 'organization.csv'), Buffer.from(text, 'latin1'));
				return [d];
			},
			error: /organization\.csv: not UTF-8 \(invalid byte sequence on line 4; probably latin1/
		},
		{
			name: 'a zip without the expected files',
			setup: (d) => {
				const zip = join(d, 'cordis-HORIZONprojects-xlsx.zip');
				writeZip(zip, { 'xlsx/project.xlsx': 'not really', 'xlsx/organization.xlsx': 'no' });
				return [zip];
			},
			error: /the zip holds no project\.csv and organization\.csv \(this is the XLSX edition/
		},
		{
			name: 'a zip missing one file',
			setup: (d) => [cordisZip(d, ['project.csv'])],
			error: /the zip holds no organization\.csv/
		},
		{
			name: 'a result that fails the data check',
			setup: (d) => {
				writeFileSync(
					join(d, 'projects.csv'),
					'id,acronym,website\nmetaccaze,metaCCAZE,ftp://example.org/not-http\n'
				);
				return [join(d, 'projects.csv')];
			},
			error:
				/The result would not pass data:check \(1 problem\); nothing written:\n.*projects\.json: record 0 \(id "metaccaze"\): website: expected an http\(s\) URL/
		},
		{
			name: 'a sheet row that cannot be taken',
			setup: (d) => {
				writeFileSync(join(d, 'partners.csv'), 'name;kind\n"Fixture Org";alien\n');
				return [join(d, 'partners.csv')];
			},
			error: /partners\.csv line 2: kind: expected city, research/
		},
		{
			name: 'a spreadsheet over the size limit',
			setup: (d) => {
				const path = join(d, 'partners.csv');
				writeFileSync(path, 'name,kind\n');
				truncateSync(path, 11 * 1024 * 1024);
				return [path];
			},
			error: /partners\.csv: 11\.0 MB is over the 10 MB limit for spreadsheets/
		},
		{
			name: 'a --project the export lacks',
			setup: (d) => {
				mkdirSync(join(d, 'x'));
				cpSync(CORDIS, join(d, 'x'), { recursive: true });
				return [join(d, 'x'), '--project', '100000001'];
			},
			error: /--project 100000001: not in .*project\.csv/
		}
	];

	it.each(bad().map((b) => [b.name, b] as const))(
		'%s: says so, exits non-zero, writes nothing',
		async (_name, b) => {
			const dir = copy();
			const before = snapshot(dir);
			const run = await runImport([...b.setup(temp()), '--data', dir, '--write']);
			expect(run.code).not.toBe(0);
			expect(run.stdout + run.stderr).toMatch(b.error);
			expect(snapshot(dir)).toEqual(before);
		}
	);

	it('refuses a data directory that does not pass data:check', async () => {
		const dir = copy((files) => {
			files.partners[0].lat = '51,77';
		});
		const run = await runImport([CORDIS, '--data', dir]);
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(
			/does not pass data:check; fix it first:\n.*partners\.json: record 0/
		);
	});
});
