// `npm run data:import -- <source>... [--data DIR] [--write] [--format cordis|sheet]
//   [--project <cordisId>]... [--mission-topics] [--prune]`
// Merges the CORDIS export or a spreadsheet into a data directory. A dry run by default: prints what
// would change (records added, changed field by field, removed) and writes nothing. --write checks the
// result like data:check, keeps a backup of the files it replaces and writes them atomically.
import { existsSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { checkDataset, formatProblem, type RawDataset } from '../src/lib/data/check.ts';
import { diffDatasets, formatDiff } from '../src/lib/data/import/diff.ts';
import { mergeCordis } from '../src/lib/data/import/merge-cordis.ts';
import { SheetRowsError, mergeSheet } from '../src/lib/data/import/merge-sheet.ts';
import { dataDirFromEnv } from '../src/lib/server/read-data.ts';
import { readCordisExport } from './import/cordis-source.ts';
import { InputError } from './import/csv.ts';
import { readSheets } from './import/sheet-source.ts';
import { changedTexts, readData, writeData } from './import/write-data.ts';

const USAGE = `usage: npm run data:import -- <source>... [options]

  <source>             the CORDIS export (cordis-HORIZONprojects-csv.zip, or a folder holding its
                       project.csv and organization.csv), or a spreadsheet: an .xlsx workbook, CSV
                       files named partners.csv, projects.csv, project-partners.csv,
                       project-sites.csv, or a folder of them
  --data DIR           the data directory (default: DATA_DIR or data/)
  --write              apply the changes (default: a dry run that writes nothing)
  --format F           cordis or sheet (default: recognised from the source)
  --project ID         CORDIS: also take this project (grant agreement number); repeatable
  --mission-topics     CORDIS: also take every project of a Cities Mission topic (HORIZON-MISS-*-CIT-*)
  --prune              CORDIS: remove links the export contradicts, and partners left with no project`;

interface Args {
	sources: string[];
	data: string;
	write: boolean;
	format: 'cordis' | 'sheet' | null;
	projects: string[];
	missionTopics: boolean;
	prune: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Args {
	const args: Args = {
		sources: [],
		data: dataDirFromEnv(),
		write: false,
		format: null,
		projects: [],
		missionTopics: false,
		prune: false
	};
	for (let i = 0; i < argv.length; i++) {
		const [flag, inline] = argv[i].startsWith('--') ? argv[i].split(/=(.*)/s, 2) : [argv[i]];
		const value = () => {
			const v = inline ?? argv[++i];
			if (v === undefined || v === '') throw new UsageError(`${flag} needs a value`);
			return v;
		};
		switch (flag) {
			case '--help':
			case '-h':
				console.log(USAGE);
				process.exit(0);
				break;
			case '--data':
				args.data = value();
				break;
			case '--write':
				args.write = true;
				break;
			case '--format': {
				const f = value();
				if (f !== 'cordis' && f !== 'sheet')
					throw new UsageError(`--format: expected cordis or sheet, got ${JSON.stringify(f)}`);
				args.format = f;
				break;
			}
			case '--project': {
				const id = value();
				if (!/^\d+$/.test(id))
					throw new UsageError(
						`--project: expected a grant agreement number (digits), got ${JSON.stringify(id)}`
					);
				args.projects.push(id);
				break;
			}
			case '--mission-topics':
				args.missionTopics = true;
				break;
			case '--prune':
				args.prune = true;
				break;
			default:
				if (flag.startsWith('-')) throw new UsageError(`unknown option ${flag}`);
				args.sources.push(flag);
		}
	}
	if (args.sources.length === 0) throw new UsageError('no source given');
	for (const s of args.sources)
		if (!existsSync(s)) throw new UsageError(`${s}: no such file or folder`);
	return args;
}

/** cordis for a .zip or a folder with project.csv / organization.csv; sheet for the rest. */
function detectFormat(sources: string[]): 'cordis' | 'sheet' {
	const [first] = sources;
	const isCordis = (s: string) =>
		statSync(s).isDirectory()
			? existsSync(join(s, 'project.csv')) || existsSync(join(s, 'organization.csv'))
			: extname(s).toLowerCase() === '.zip';
	if (sources.length === 1 && isCordis(first)) return 'cordis';
	const bare = sources.find((s) => /^(project|organization)\.csv$/i.test(s.split(/[\\/]/).pop()!));
	if (bare)
		throw new UsageError(
			`${bare}: a file of the CORDIS export; give the zip or the folder holding project.csv and organization.csv`
		);
	if (sources.some(isCordis))
		throw new UsageError('give the CORDIS export alone (one zip or folder per run)');
	return 'sheet';
}

async function main(args: Args): Promise<number> {
	const format = args.format ?? detectFormat(args.sources);
	if (format === 'sheet' && (args.projects.length > 0 || args.missionTopics || args.prune))
		throw new UsageError('--project, --mission-topics and --prune are for the CORDIS export');
	if (format === 'cordis' && args.sources.length > 1)
		throw new UsageError('give the CORDIS export alone (one zip or folder per run)');

	const shown = (path: string) => {
		const rel = relative(process.cwd(), path);
		return rel.startsWith('..') ? path : rel || '.';
	};
	const shownDir = shown(args.data);
	const disk = readData(args.data);
	const started = Date.now();
	let merged: ReturnType<typeof mergeSheet>;
	let what: string;
	if (format === 'cordis') {
		const known = new Set(disk.data.projects.flatMap((p) => (p.cordisId ? [p.cordisId] : [])));
		const read = await readCordisExport(args.sources[0], {
			known,
			asked: new Set(args.projects),
			missionTopics: args.missionTopics
		});
		what = `CORDIS export ${args.sources[0]}: ${read.projects.length} of ${read.rows['project.csv'].toLocaleString('en')} projects taken, ${read.organisations.length} of ${read.rows['organization.csv'].toLocaleString('en')} participations`;
		merged = mergeCordis(disk.data, read, { prune: args.prune });
	} else {
		const input = await readSheets(args.sources);
		const rows = Object.values(input).reduce((n, r) => n + (r?.length ?? 0), 0);
		what = `spreadsheet ${args.sources.join(', ')}: ${rows} rows`;
		merged = mergeSheet(disk.data, input);
	}

	console.log(
		`data:import: ${what} (read in ${((Date.now() - started) / 1000).toFixed(1)} s) -> ${shownDir}/${args.write ? '' : ' (dry run)'}`
	);
	for (const note of merged.notes) console.log(`note: ${note}`);
	const diff = diffDatasets(disk.data, merged.data);
	const lines = formatDiff(diff);
	const counts = lines.pop()!;
	for (const line of lines) console.log(line);

	const texts = changedTexts(disk, merged.data);
	const raw: RawDataset = {};
	for (const [name, text] of Object.entries({ ...disk.texts, ...texts }))
		raw[name as keyof RawDataset] = JSON.parse(text);
	const check = checkDataset(raw);
	if (!check.ok) {
		console.error(
			`\nThe result would not pass data:check (${check.problems.length} problem${check.problems.length === 1 ? '' : 's'}); nothing written:`
		);
		for (const p of check.problems) console.error(formatProblem(p, shownDir));
		console.log(`${counts}; not written`);
		return 1;
	}
	if (!args.write) {
		console.log(`${counts}; dry run, nothing written (add --write to apply)`);
		return 0;
	}
	const backup = writeData(disk, texts);
	console.log(
		backup
			? `${counts}; written: ${Object.keys(texts)
					.map((n) => `${n}.json`)
					.join(', ')} (the old files are in ${shown(backup)})`
			: `${counts}; nothing to write`
	);
	return 0;
}

try {
	process.exitCode = await main(parseArgs(process.argv.slice(2)));
} catch (err) {
	if (err instanceof UsageError) {
		console.error(`data:import: ${err.message}\n\n${USAGE}`);
		process.exitCode = 2;
	} else if (err instanceof InputError || err instanceof SheetRowsError) {
		console.error(`data:import: ${err.message}\nNothing written.`);
		process.exitCode = 1;
	} else throw err;
}
