// Pure: no DOM, no Svelte. Whole numbers written without an Intl.NumberFormat in the browser: a page's
// first one loads the language's number data, 42 ms of a record page's 188 ms hydration (full speed,
// a city's population in its facts). The server reads the language's grouping once into this table and
// sends it with the layout's data, as it does for dates (date-table.ts).

export interface NumberTable {
	/** Between groups of three digits: "," in English, "\u202f" in French, "." in German. */
	group: string;
	/** Digits a number needs before it is grouped at all: 5 where 1234 stays "1234" (Spanish, Polish). */
	groupFrom: number;
}

/** Numbers whose writing the table must match exactly, or there is no table (the browser keeps Intl). */
const SAMPLES = [0, 7, 999, 1000, 1234, 9999, 10_000, 12_345, 99_999, 100_000, 123_456, 1_234_567];

/** Reads the grouping of `format` (whole numbers, Latin digits), checked against it on samples. */
export function numberTable(format: Intl.NumberFormat): NumberTable | null {
	const group = format.formatToParts(1_234_567).find((p) => p.type === 'group')?.value ?? '';
	const groupFrom = format.formatToParts(1234).some((p) => p.type === 'group') ? 4 : 5;
	const table = { group, groupFrom };
	return SAMPLES.every((n) => fillNumber(table, n) === format.format(n)) ? table : null;
}

/** A whole number from 0 up, as the table's language writes it. */
export function fillNumber(table: NumberTable, n: number): string {
	const digits = String(n);
	if (!table.group || digits.length < table.groupFrom) return digits;
	const head = digits.length % 3 || 3;
	const groups = [digits.slice(0, head)];
	for (let i = head; i < digits.length; i += 3) groups.push(digits.slice(i, i + 3));
	return groups.join(table.group);
}
