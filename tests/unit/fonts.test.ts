// The app's font carries every character its messages and data show (scripts/build-fonts.ts cut it).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	FONT_SUBSETS,
	coveredBy,
	fontCharacters,
	parseUnicodeRange,
	subsetRanges,
	unicodeRange
} from '../../src/lib/fonts/font-subsets';

const read = (dir: string) =>
	readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.map((f) => readFileSync(join(dir, f), 'utf8'))
		.join('\n');

describe('the cut Inter', () => {
	const shipped = [...subsetRanges(readFileSync('src/lib/fonts/inter.css', 'utf8')).values()];
	const fontsource = subsetRanges(
		readFileSync('node_modules/@fontsource-variable/inter/index.css', 'utf8')
	);

	it('ships each subset the app needs, and nothing else', () => {
		expect(shipped.length).toBe(FONT_SUBSETS.length);
	});

	it('covers every character of the messages and the data that Inter has (else: npm run fonts)', () => {
		const inInter = (code: number) =>
			FONT_SUBSETS.some((name) => coveredBy(fontsource.get(name)!, code));
		const missing = fontCharacters(read('messages') + read('data'))
			.filter(inInter)
			.filter((code) => !shipped.some((range) => coveredBy(range, code)))
			.map((code) => String.fromCodePoint(code));
		expect(missing).toEqual([]);
	});
});

describe('unicode ranges', () => {
	it('joins consecutive code points, and reads back what it wrote', () => {
		const codes = [0x41, 0x42, 0x43, 0xe9, 0x141, 0x142];
		expect(unicodeRange(codes)).toBe('U+41-43,U+E9,U+141-142');
		expect(parseUnicodeRange('U+41-43,U+E9,U+141-142')).toEqual([
			[0x41, 0x43],
			[0xe9, 0xe9],
			[0x141, 0x142]
		]);
	});

	it('keeps ASCII and Latin-1 for typing, and leaves out controls and odd spaces', () => {
		const codes = fontCharacters('Łódź\u0007\u2003');
		expect(codes).toContain(0x141);
		expect(codes).toContain('é'.codePointAt(0));
		expect(codes).not.toContain(0x07);
		expect(codes).not.toContain(0x2003);
	});
});
