// Pure: no DOM, no Svelte. Dates written without an Intl.DateTimeFormat in the browser: a page's first
// one loads the language's date data, 0.2 s of hydration at 4x CPU on every page that shows a date.
// The server (which has Intl at hand) reads the language's patterns and month names once into a small
// table, sends it with the layout's data, and the browser fills it in.

type Part = 'day' | 'month' | 'year' | { literal: string };

/** One style: the order of its parts with the literals between them, and its twelve month names. */
export interface DateStyleTable {
	parts: Part[];
	months: string[];
	/** Days written with two digits ("01"), as some languages do. */
	dayDigits: number;
}
export type DateTable = Record<string, DateStyleTable>;

/**
 * Reads a style from a formatter: the parts of one date, and each month's name in that style. The
 * table is checked against the formatter for every month; where it differs (V8's formatToParts and
 * format disagree on some spaces) the spaces are taken from format, and failing that there is no
 * table: the browser keeps Intl.
 */
export function dateStyleTable(format: Intl.DateTimeFormat): DateStyleTable | null {
	const sample = format.formatToParts(new Date(Date.UTC(2026, 0, 2)));
	const parts: Part[] = [];
	let dayDigits = 1;
	for (const p of sample) {
		if (p.type === 'literal') parts.push({ literal: p.value });
		else if (p.type === 'day' || p.type === 'month' || p.type === 'year') parts.push(p.type);
		else return null; // a part this table cannot fill: keep Intl
		if (p.type === 'day') dayDigits = p.value.length;
	}
	const months = Array.from(
		{ length: 12 },
		(_, i) =>
			format.formatToParts(new Date(Date.UTC(2026, i, 2))).find((p) => p.type === 'month')?.value ??
			''
	);
	for (const table of [
		{ parts, months, dayDigits },
		{
			parts: parts.map(plainSpaces),
			months: months.map((m) => m.replace(/\u202f/g, ' ')),
			dayDigits
		}
	]) {
		const same = months.every((_, i) =>
			[1, 28].every(
				(day) =>
					fillDate(table, 2026, i + 1, day) === format.format(new Date(Date.UTC(2026, i, day)))
			)
		);
		if (same) return table;
	}
	return null;
}

const plainSpaces = (p: Part): Part =>
	typeof p === 'object' ? { literal: p.literal.replace(/\u202f/g, ' ') } : p;

/** The date (UTC year, month 1–12, day) in a style read by `dateStyleTable`. */
export function fillDate(table: DateStyleTable, year: number, month: number, day: number): string {
	return table.parts
		.map((p) =>
			p === 'day'
				? String(day).padStart(table.dayDigits, '0')
				: p === 'month'
					? table.months[month - 1]
					: p === 'year'
						? String(year)
						: p.literal
		)
		.join('');
}
