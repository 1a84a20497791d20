// Pure: no DOM. Which characters the app's own font carries (scripts/build-fonts.ts cuts Inter to them),
// and the CSS unicode-range that says so. Anything else is drawn in the fallback font.

/** The subsets of Inter the app ships (@fontsource-variable/inter's names); the rest fall back. */
export const FONT_SUBSETS = ['latin', 'latin-ext', 'greek', 'cyrillic'] as const;

/** Each subset's unicode-range in a @font-face stylesheet (fontsource's, or the one made from it). */
export function subsetRanges(css: string): Map<string, [number, number][]> {
	const ranges = new Map<string, [number, number][]>();
	for (const face of css.split('@font-face').slice(1)) {
		const file = /inter-([a-z-]+?)-wght-normal\.woff2/.exec(face)?.[1];
		const range = /unicode-range:\s*([^;]+);/.exec(face)?.[1];
		if (file && range) ranges.set(file, parseUnicodeRange(range));
	}
	return ranges;
}

export const coveredBy = (range: [number, number][], code: number) =>
	range.some(([from, to]) => code >= from && code <= to);

/**
 * The code points the font carries for `text`: every printable one in it (controls and spaces
 * other than the plain space left out), and all of printable ASCII and Latin-1, for what people type.
 */
export function fontCharacters(text: string): number[] {
	const codes = new Set<number>();
	for (let c = 0x20; c <= 0x7e; c++) codes.add(c);
	for (let c = 0xa0; c <= 0xff; c++) codes.add(c);
	for (const ch of text) {
		const code = ch.codePointAt(0)!;
		if (code > 0x7e && !/[\p{C}\s]/u.test(ch)) codes.add(code);
	}
	return [...codes].sort((a, b) => a - b);
}

/** Code points as a CSS unicode-range: consecutive ones joined (U+41-5A). */
export function unicodeRange(codes: number[]): string {
	const hex = (n: number) => n.toString(16).toUpperCase();
	const parts: string[] = [];
	for (let i = 0; i < codes.length; i++) {
		let j = i;
		while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
		parts.push(i === j ? `U+${hex(codes[i])}` : `U+${hex(codes[i])}-${hex(codes[j])}`);
		i = j;
	}
	return parts.join(',');
}

/** Parses a CSS unicode-range back into code point ranges. */
export function parseUnicodeRange(css: string): [number, number][] {
	return css.split(',').map((part) => {
		const [from, to = from] = part.trim().replace(/^U\+/i, '').split('-');
		return [parseInt(from, 16), parseInt(to, 16)];
	});
}
