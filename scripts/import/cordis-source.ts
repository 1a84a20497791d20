// Node: reads the CORDIS Horizon Europe export (the zip `cordis-HORIZONprojects-csv.zip`, or a folder
// holding its project.csv and organization.csv) and keeps only the rows of the projects taken. Both
// files are streamed (zip entries through yauzl), so the ~100,000 participations never sit in memory.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import {
	ORGANISATION_COLUMNS,
	PROJECT_COLUMNS,
	isProjectTaken,
	organisationFromCells,
	projectFromCells,
	type CordisOrganisation,
	type CordisProject,
	type ProjectSelection
} from '../../src/lib/data/import/cordis.ts';
import type { CordisInput } from '../../src/lib/data/import/merge-cordis.ts';
import { InputError, readCsvStream } from './csv.ts';

const FILES = ['project.csv', 'organization.csv'] as const;
type FileName = (typeof FILES)[number];

/** An opened export: a stream and the size of each of its two files. */
interface Export {
	label: (file: FileName) => string;
	size: (file: FileName) => number;
	open: (file: FileName) => Promise<Readable>;
	close: () => void;
}

function openFolder(dir: string): Export {
	const missing = FILES.filter((f) => !existsSync(join(dir, f)));
	if (missing.length > 0)
		throw new InputError(
			`${dir}: no ${missing.join(' and ')} here (a CORDIS export folder holds project.csv and organization.csv)`
		);
	return {
		label: (f) => join(dir, f),
		size: (f) => statSync(join(dir, f)).size,
		open: async (f) => createReadStream(join(dir, f)),
		close: () => {}
	};
}

function openZip(path: string): Promise<Export> {
	return new Promise((resolve, reject) => {
		yauzl.open(path, { lazyEntries: true, autoClose: false }, (err, zip) => {
			if (err || !zip)
				return reject(
					new InputError(`${path}: not a readable zip file (${err?.message ?? 'no zip'})`)
				);
			const entries = new Map<string, yauzl.Entry>();
			const names: string[] = [];
			zip.on('entry', (entry: yauzl.Entry) => {
				names.push(entry.fileName);
				const name = basename(entry.fileName).toLowerCase();
				if ((FILES as readonly string[]).includes(name) && !entries.has(name))
					entries.set(name, entry);
				zip.readEntry();
			});
			zip.on('error', (e: Error) =>
				reject(new InputError(`${path}: broken zip file (${e.message})`))
			);
			zip.on('end', () => {
				const missing = FILES.filter((f) => !entries.has(f));
				if (missing.length > 0) {
					zip.close();
					const xlsx = names.some((n) => /project\.xlsx$/i.test(n));
					return reject(
						new InputError(
							`${path}: the zip holds no ${missing.join(' and ')}${xlsx ? ' (this is the XLSX edition; download the CSV edition, cordis-HORIZONprojects-csv.zip)' : ''}; it holds ${names.slice(0, 8).join(', ') || 'nothing'}${names.length > 8 ? ', ...' : ''}`
						)
					);
				}
				resolve({
					label: (f) => `${path}: ${f}`,
					size: (f) => entries.get(f)!.uncompressedSize,
					open: (f) =>
						new Promise((ok, fail) =>
							zip.openReadStream(entries.get(f)!, (e, stream) =>
								e || !stream
									? fail(new InputError(`${path}: cannot read ${f} (${e?.message})`))
									: ok(stream)
							)
						),
					close: () => zip.close()
				});
			});
			zip.readEntry();
		});
	});
}

/** Progress of one file on stderr, when stderr is a terminal; at most ten updates a second. */
function progress(label: string, total: number, rows: () => number) {
	if (!process.stderr.isTTY) return { bytes: undefined, done: () => {} };
	let read = 0;
	let last = 0;
	const show = () =>
		process.stderr.write(
			`\r${label}: ${(read / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB, ${rows().toLocaleString('en')} rows`
		);
	return {
		bytes: (n: number) => {
			read += n;
			const now = Date.now();
			if (now - last > 100) {
				last = now;
				show();
			}
		},
		done: () => {
			show();
			process.stderr.write('\n');
		}
	};
}

export interface CordisRead extends CordisInput {
	/** Rows read in each file (every row, taken or not). */
	rows: Record<FileName, number>;
}

/**
 * Reads an export (zip or folder) and keeps the projects `selection` takes and their
 * participations. Throws InputError for a missing file or column, a malformed row (file and line), a
 * wrong delimiter or encoding, and for a project asked for by --project that the export lacks.
 */
export async function readCordisExport(
	source: string,
	selection: ProjectSelection
): Promise<CordisRead> {
	const exp = statSync(source).isDirectory() ? openFolder(source) : await openZip(source);
	try {
		const projects: CordisProject[] = [];
		const organisations: CordisOrganisation[] = [];
		const taken = new Set<string>();
		const rows = { 'project.csv': 0, 'organization.csv': 0 };
		const hint = 'the CORDIS export is separated by ";"';

		let shown = progress(
			exp.label('project.csv'),
			exp.size('project.csv'),
			() => rows['project.csv']
		);
		await readCsvStream(
			await exp.open('project.csv'),
			{
				label: exp.label('project.csv'),
				delimiter: ';',
				delimiterHint: hint,
				required: PROJECT_COLUMNS.required,
				onRow: (cell) => {
					rows['project.csv']++;
					const p = projectFromCells(cell);
					if (isProjectTaken(p, selection) && !taken.has(p.cordisId)) {
						taken.add(p.cordisId);
						projects.push(p);
					}
				}
			},
			shown.bytes
		);
		shown.done();
		const absent = [...selection.asked].filter((id) => !taken.has(id));
		if (absent.length > 0)
			throw new InputError(
				`--project ${absent.join(', ')}: not in ${exp.label('project.csv')} (give grant agreement numbers, e.g. 101096405)`
			);

		shown = progress(
			exp.label('organization.csv'),
			exp.size('organization.csv'),
			() => rows['organization.csv']
		);
		await readCsvStream(
			await exp.open('organization.csv'),
			{
				label: exp.label('organization.csv'),
				delimiter: ';',
				delimiterHint: hint,
				required: ORGANISATION_COLUMNS.required,
				onRow: (cell) => {
					rows['organization.csv']++;
					// Most rows belong to projects not taken: look at the project id only.
					if (!taken.has(cell('projectID').trim())) return;
					organisations.push(organisationFromCells(cell));
				}
			},
			shown.bytes
		);
		shown.done();
		return { projects, organisations, rows };
	} finally {
		exp.close();
	}
}
