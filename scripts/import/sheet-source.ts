// Node: reads a spreadsheet in our own layout: an .xlsx workbook with a sheet per kind, or CSV files
// named for their kind (partners.csv, projects.csv, project-partners.csv, project-sites.csv), given
// one by one or as a folder. Each file is at most SHEET_SIZE_LIMIT bytes.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import {
	SHEET_KINDS,
	SHEET_LAYOUT,
	type SheetInput,
	type SheetKind,
	type SheetRow
} from '../../src/lib/data/import/merge-sheet.ts';
import { InputError, decodeUtf8, readCsvText } from './csv.ts';

/** The largest spreadsheet file read: 10 MB (about 50,000 rows), far above any hand-kept sheet. */
export const SHEET_SIZE_LIMIT = 10 * 1024 * 1024;

function kindOf(name: string): SheetKind | null {
	const key = name
		.trim()
		.toLowerCase()
		.replace(/[\s_]+/g, '-');
	return (SHEET_KINDS as string[]).includes(key) ? (key as SheetKind) : null;
}

function checkSize(path: string): void {
	const size = statSync(path).size;
	if (size > SHEET_SIZE_LIMIT)
		throw new InputError(
			`${path}: ${(size / 1024 / 1024).toFixed(1)} MB is over the ${SHEET_SIZE_LIMIT / 1024 / 1024} MB limit for spreadsheets`
		);
}

function checkHeader(label: string, kind: SheetKind, columns: string[]): void {
	const known: readonly string[] = [...SHEET_LAYOUT[kind].required, ...SHEET_LAYOUT[kind].optional];
	const lower = columns.map((c) => c.toLowerCase());
	const unknown = columns.filter(
		(c) => c && !known.some((k) => k.toLowerCase() === c.toLowerCase())
	);
	if (unknown.length > 0)
		throw new InputError(
			`${label}: unknown column${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => JSON.stringify(c)).join(', ')} (a ${kind} sheet has ${known.join(', ')})`
		);
	const missing = SHEET_LAYOUT[kind].required.filter((c) => !lower.includes(c.toLowerCase()));
	if (missing.length > 0)
		throw new InputError(
			`${label}: missing column ${missing.map((c) => JSON.stringify(c)).join(', ')}`
		);
}

/** The delimiter of a sheet CSV: the one of , ; and tab that splits the header into known columns. */
function sheetDelimiter(text: string, kind: SheetKind): string {
	const header = text.slice(0, text.indexOf('\n') >>> 0).replace(/^\uFEFF/, '');
	const known = new Set<string>(
		[...SHEET_LAYOUT[kind].required, ...SHEET_LAYOUT[kind].optional].map((c) => c.toLowerCase())
	);
	const score = (d: string) =>
		header.split(d).filter((c) => known.has(c.trim().replace(/^"|"$/g, '').toLowerCase())).length;
	return [',', ';', '\t'].reduce((best, d) => (score(d) > score(best) ? d : best), ',');
}

function readCsvSheet(path: string, kind: SheetKind, rows: SheetRow[]): void {
	checkSize(path);
	const text = decodeUtf8(readFileSync(path), path);
	readCsvText(text, {
		label: path,
		delimiter: sheetDelimiter(text, kind),
		delimiterHint: 'separate the columns with "," or ";"',
		required: SHEET_LAYOUT[kind].required,
		onHeader: (columns) => checkHeader(path, kind, columns),
		onRow: (cell, line) => {
			const values = new Map<string, string>();
			for (const c of [...SHEET_LAYOUT[kind].required, ...SHEET_LAYOUT[kind].optional])
				values.set(c, cell(c));
			rows.push({ where: `${path} line ${line}`, cell: (c) => values.get(c) ?? '' });
		}
	});
}

function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) return value.toISOString().slice(0, 10);
	return String(value).trim();
}

async function readXlsx(path: string, input: SheetInput): Promise<void> {
	checkSize(path);
	const bytes = readFileSync(path);
	if (bytes.subarray(0, 2).toString('latin1') !== 'PK')
		throw new InputError(
			`${path}: not an .xlsx workbook (an .xlsx file is a zip; this one is not)`
		);
	let sheets: Awaited<ReturnType<typeof readXlsxFile>>;
	try {
		sheets = await readXlsxFile(bytes);
	} catch (err) {
		throw new InputError(`${path}: cannot read the workbook (${(err as Error).message})`);
	}
	let found = 0;
	for (const { sheet, data } of sheets) {
		const kind = kindOf(sheet);
		if (!kind) continue;
		found++;
		const label = `${path} sheet "${sheet}"`;
		const [header = [], ...body] = data;
		const columns = header.map(cellText);
		checkHeader(label, kind, columns);
		const index = new Map(columns.map((c, i) => [c.toLowerCase(), i]));
		const rows = (input[kind] ??= []);
		body.forEach((row, i) => {
			if (row.every((v) => cellText(v) === '')) return;
			rows.push({
				where: `${label} row ${i + 2}`,
				cell: (c) => {
					const at = index.get(c.toLowerCase());
					return at === undefined ? '' : cellText(row[at]);
				}
			});
		});
	}
	if (found === 0)
		throw new InputError(
			`${path}: no sheet named ${SHEET_KINDS.join(', ')} (it has ${sheets.map((s) => JSON.stringify(s.sheet)).join(', ')})`
		);
}

/** Reads the given .xlsx files, CSV files and folders of CSV files into one sheet input. */
export async function readSheets(paths: string[]): Promise<SheetInput> {
	const input: SheetInput = {};
	for (const path of paths) {
		if (statSync(path).isDirectory()) {
			const files = readdirSync(path)
				.filter((f) => extname(f).toLowerCase() === '.csv' && kindOf(basename(f, extname(f))))
				.sort(
					(a, b) =>
						SHEET_KINDS.indexOf(kindOf(a.slice(0, -4))!) -
						SHEET_KINDS.indexOf(kindOf(b.slice(0, -4))!)
				);
			if (files.length === 0)
				throw new InputError(
					`${path}: no spreadsheet files here (expected ${SHEET_KINDS.map((k) => `${k}.csv`).join(', ')})`
				);
			for (const f of files) {
				const kind = kindOf(basename(f, extname(f)))!;
				readCsvSheet(join(path, f), kind, (input[kind] ??= []));
			}
			continue;
		}
		const ext = extname(path).toLowerCase();
		if (ext === '.xlsx') await readXlsx(path, input);
		else if (ext === '.csv') {
			const kind = kindOf(basename(path, ext));
			if (!kind)
				throw new InputError(
					`${path}: a spreadsheet CSV is named for its kind: ${SHEET_KINDS.map((k) => `${k}.csv`).join(', ')}`
				);
			readCsvSheet(path, kind, (input[kind] ??= []));
		} else throw new InputError(`${path}: expected an .xlsx workbook or .csv files`);
	}
	return input;
}
