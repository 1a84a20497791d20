// Test helpers for the data import: the valid fixture as a Dataset, the CORDIS fixture zipped, a
// minimal .xlsx workbook (read-excel-file only reads, so the tests write one with fflate, which
// read-excel-file depends on), and running the CLI as a child process.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Dataset } from '../../../src/lib/data/schema';
import { readFiles } from '../../helpers/data-copy';

export const VALID = 'tests/fixtures/valid';
export const CORDIS = 'tests/fixtures/cordis';
export const METACCAZE = '101139678';
export const TESTPROJ = '199999901';

/** The valid fixture data set, fresh each call (tests change it freely). */
export function validData(): Dataset {
	return readFiles(VALID) as unknown as Dataset;
}

/** A temp directory removed by the returned function. */
export function tempDir(prefix = 'cme-import-'): { dir: string; remove: () => void } {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Writes a zip of `files` (name → bytes or text) to `path`. */
export function writeZip(path: string, files: Record<string, Uint8Array | string>): void {
	const entries: Record<string, Uint8Array> = {};
	for (const [name, data] of Object.entries(files))
		entries[name] = typeof data === 'string' ? strToU8(data) : data;
	writeFileSync(path, zipSync(entries));
}

/** The CORDIS fixture as the export's zip, its files in a folder as the real zip may have them. */
export function cordisZip(
	dir: string,
	files: string[] = ['project.csv', 'organization.csv']
): string {
	const path = join(dir, 'cordis-HORIZONprojects-csv.zip');
	writeZip(
		path,
		Object.fromEntries(
			files.map((f) => [`csv/${f}`, new Uint8Array(readFileSync(join(CORDIS, f)))])
		)
	);
	return path;
}

const esc = (s: string) =>
	s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const column = (i: number) => String.fromCharCode(65 + i); // A..Z is enough for our sheets

/** A minimal .xlsx workbook: one worksheet per entry, cells as inline strings or numbers. */
export function xlsxBytes(sheets: Record<string, (string | number | null)[][]>): Uint8Array {
	const names = Object.keys(sheets);
	const files: Record<string, Uint8Array> = {
		'[Content_Types].xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${names.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`
		),
		'_rels/.rels': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`
		),
		'xl/workbook.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${names.map((n, i) => `<sheet name="${esc(n)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}</Relationships>`
		)
	};
	names.forEach((name, i) => {
		const rows = sheets[name]
			.map(
				(row, r) =>
					`<row r="${r + 1}">${row
						.map((v, c) => {
							const ref = `${column(c)}${r + 1}`;
							if (v === null || v === '') return '';
							if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
							return `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
						})
						.join('')}</row>`
			)
			.join('');
		files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows}</sheetData></worksheet>`
		);
	});
	return zipSync(files);
}

export interface Run {
	code: number;
	stdout: string;
	stderr: string;
}

/** Runs a script with tsx as a child process (stdin closed, not a TTY: no progress lines). */
export function runScript(script: string, args: string[]): Promise<Run> {
	return new Promise((resolve) => {
		execFile(
			join('node_modules', '.bin', 'tsx'),
			[script, ...args],
			{ encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
			(err, stdout, stderr) =>
				resolve({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr })
		);
	});
}

export const runImport = (args: string[]) => runScript('scripts/data-import.ts', args);

/** Every file under a directory with its bytes and mtime, to show that nothing was touched. */
export function snapshot(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const name of readdirSync(d)) {
			const path = join(d, name);
			const st = statSync(path);
			if (st.isDirectory()) walk(path);
			else out[path] = `${st.mtimeMs} ${readFileSync(path).toString('base64')}`;
		}
	};
	walk(dir);
	return out;
}
