// Node: reads CSV for the data import. Bytes are decoded as strict UTF-8 (a UTF-16 or latin1 file is
// named as such, never read as mojibake), parsed by papaparse (streamed for the CORDIS export) and
// handed on row by row with the physical line each row starts on, so errors name file and line.
import { Transform, type Readable } from 'node:stream';
import Papa from 'papaparse';
import { RowError, type Cells } from '../../src/lib/data/import/cordis.ts';

/** An error in the input: printed as it is, and nothing is written. */
export class InputError extends Error {}

function countNewlines(s: string): number {
	let n = 0;
	for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
	return n;
}

/** Why bytes at the start of a file are not UTF-8 text we can read, or null. */
function encodingProblem(head: Uint8Array): string | null {
	if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
		return 'is UTF-16 (it starts with a UTF-16 byte-order mark)';
	const sample = head.subarray(0, 4096);
	if (sample.length >= 2 && sample.filter((b) => b === 0).length > sample.length / 8)
		return 'looks like UTF-16 (every other byte is zero)';
	return null;
}

/** Where the first byte sequence that is not UTF-8 starts (a cut-off sequence at the end is fine). */
function invalidUtf8At(b: Uint8Array): number {
	for (let i = 0; i < b.length;) {
		const c = b[i];
		const n =
			c < 0x80
				? 0
				: c >= 0xc2 && c <= 0xdf
					? 1
					: c >= 0xe0 && c <= 0xef
						? 2
						: c >= 0xf0 && c <= 0xf4
							? 3
							: -1;
		if (n < 0) return i;
		for (let k = 1; k <= n; k++) {
			if (i + k >= b.length) return -1;
			if ((b[i + k] & 0xc0) !== 0x80) return i;
		}
		i += n + 1;
	}
	return -1;
}

/** Lines (newline bytes) in the bytes before `end`. */
function linesBefore(b: Uint8Array, end: number): number {
	let n = 0;
	for (let i = 0; i < end; i++) if (b[i] === 0x0a) n++;
	return n;
}

const NOT_UTF8 = (label: string, line: number) =>
	new InputError(
		`${label}: not UTF-8 (invalid byte sequence on line ${line}; probably latin1 or Windows-1252). Save or export it as UTF-8.`
	);

/**
 * A stream turning bytes into text, strictly: a UTF-16 file or a byte sequence that is not UTF-8
 * fails with an InputError naming the file (and the line). A UTF-8 byte-order mark is dropped.
 */
export function utf8Decoder(label: string, onBytes?: (n: number) => void): Transform {
	const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
	let first = true;
	let lines = 1;
	return new Transform({
		decodeStrings: true,
		readableObjectMode: true,
		transform(chunk: Buffer, _enc, done) {
			onBytes?.(chunk.length);
			if (first) {
				first = false;
				const problem = encodingProblem(chunk);
				if (problem)
					return done(new InputError(`${label} ${problem}. Save or export it as UTF-8.`));
			}
			try {
				const text = decoder.decode(chunk, { stream: true });
				lines += countNewlines(text);
				done(null, text);
			} catch {
				done(NOT_UTF8(label, lines + linesBefore(chunk, Math.max(0, invalidUtf8At(chunk)))));
			}
		},
		flush(done) {
			try {
				const text = decoder.decode();
				done(null, text || undefined);
			} catch {
				done(NOT_UTF8(label, lines));
			}
		}
	});
}

/** A whole file's bytes as text, with the same checks as utf8Decoder. */
export function decodeUtf8(bytes: Uint8Array, label: string): string {
	const problem = encodingProblem(bytes);
	if (problem) throw new InputError(`${label} ${problem}. Save or export it as UTF-8.`);
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw NOT_UTF8(label, 1 + linesBefore(bytes, Math.max(0, invalidUtf8At(bytes))));
	}
}

export interface CsvOptions {
	/** How the file is named in messages, e.g. `cordis.zip: organization.csv`. */
	label: string;
	delimiter: string;
	/** Columns that must be in the header line (found by name, any order, case-insensitive). */
	required: readonly string[];
	/** What a wrong delimiter is called in the message, e.g. 'the CORDIS export is separated by ";"'. */
	delimiterHint: string;
	/** Called for each data row; a RowError becomes an InputError naming file and line. */
	onRow: (cell: Cells, line: number) => void;
	onHeader?: (columns: string[]) => void;
}

/** Row by row handling shared by the streamed and the whole-text parser. */
function rowHandler(opts: CsvOptions) {
	let line = 1;
	let index: Map<string, number> | null = null;
	let width = 0;
	return (row: string[], errors: Papa.ParseError[]) => {
		const at = line;
		line += 1 + row.reduce((n, s) => n + (s.includes('\n') ? countNewlines(s) : 0), 0);
		if (!index) {
			const columns = row.map((h) => h.trim());
			const hasColumn = (c: string) => columns.some((h) => h.toLowerCase() === c.toLowerCase());
			const missing = opts.required.filter((c) => !hasColumn(c));
			if (missing.length > 0) {
				const other = [',', ';', '\t'].find(
					(d) => d !== opts.delimiter && row.join('').includes(d)
				);
				if (columns.length === 1 && other)
					throw new InputError(
						`${opts.label}: the header line has no ${JSON.stringify(opts.delimiter)} but ${other === '\t' ? 'tabs' : JSON.stringify(other)}: wrong delimiter (${opts.delimiterHint})`
					);
				throw new InputError(
					`${opts.label}: missing column${missing.length > 1 ? 's' : ''} ${missing.map((c) => JSON.stringify(c)).join(', ')} (the header line has ${columns
						.map((c) => JSON.stringify(c))
						.join(', ')
						.slice(0, 300)})`
				);
			}
			index = new Map(columns.map((c, i) => [c.toLowerCase(), i]));
			width = columns.length;
			opts.onHeader?.(columns);
			return;
		}
		if (errors.length > 0)
			throw new InputError(`${opts.label} line ${at}: malformed row: ${errors[0].message}`);
		if (row.length === 1 && row[0] === '') return; // an empty line
		if (row.length !== width)
			throw new InputError(
				`${opts.label} line ${at}: malformed row: ${row.length} fields, the header has ${width}`
			);
		const columns = index;
		try {
			opts.onRow((c) => {
				const i = columns.get(c.toLowerCase());
				return i === undefined ? '' : row[i];
			}, at);
		} catch (err) {
			if (err instanceof RowError) throw new InputError(`${opts.label} line ${at}: ${err.message}`);
			throw err;
		}
	};
}

/** Parses a byte stream as CSV (strict UTF-8), row by row. Resolves when the file is read. */
export function readCsvStream(
	input: Readable,
	opts: CsvOptions,
	onBytes?: (n: number) => void
): Promise<void> {
	const handle = rowHandler(opts);
	const text = input.pipe(utf8Decoder(opts.label, onBytes));
	input.on('error', (err) => text.destroy(err));
	return new Promise((resolve, reject) => {
		let failure: unknown = null;
		let settled = false;
		const settle = (err: unknown) => {
			if (settled) return;
			settled = true;
			if (err) {
				input.destroy();
				text.destroy();
				reject(err);
			} else resolve();
		};
		Papa.parse<string[]>(text as NodeJS.ReadableStream, {
			delimiter: opts.delimiter,
			header: false,
			skipEmptyLines: false,
			step(results, parser) {
				if (failure) return;
				try {
					handle(results.data, results.errors);
				} catch (err) {
					failure = err;
					parser.abort();
					settle(err);
				}
			},
			complete: () => settle(failure),
			error: (err: Error) => settle(err)
		});
	});
}

/** Parses a whole text as CSV (already decoded), row by row. */
export function readCsvText(text: string, opts: CsvOptions): void {
	const handle = rowHandler(opts);
	let failure: unknown = null;
	Papa.parse<string[]>(text, {
		delimiter: opts.delimiter,
		header: false,
		skipEmptyLines: false,
		step(results, parser) {
			if (failure) return;
			try {
				handle(results.data, results.errors);
			} catch (err) {
				failure = err;
				parser.abort();
			}
		}
	});
	if (failure) throw failure;
}
