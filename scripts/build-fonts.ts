// Cuts Inter (the variable font of @fontsource-variable/inter, every weight) down to the characters the
// app shows: its messages in the 24 languages and the data's text, plus all of Latin-1 for what people
// type. The first view of `/` loaded 133 KB of Inter (its Latin-Extended file alone 85 KB, for the few
// letters such as "Ł" in the city names); issue 13 asks for 200 KB in all.
//   npm run fonts          (rerun after a data import or new messages; a unit test says when)
// Writes src/lib/fonts/inter-<subset>-wght-normal.woff2 and src/lib/fonts/inter.css, both committed.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import subsetFont from 'subset-font';
import {
	FONT_SUBSETS,
	coveredBy,
	fontCharacters,
	subsetRanges,
	unicodeRange
} from '../src/lib/fonts/font-subsets';

const SOURCE = 'node_modules/@fontsource-variable/inter/files';
const OUT = 'src/lib/fonts';

function appText(): string {
	const parts: string[] = [];
	for (const f of readdirSync('messages'))
		if (f.endsWith('.json')) parts.push(readFileSync(join('messages', f), 'utf8'));
	for (const f of readdirSync('data'))
		if (f.endsWith('.json')) parts.push(readFileSync(join('data', f), 'utf8'));
	return parts.join('\n');
}

const chars = fontCharacters(appText());
const ranges = subsetRanges(
	readFileSync('node_modules/@fontsource-variable/inter/index.css', 'utf8')
);
const faces: string[] = [];
let before = 0;
let after = 0;
for (const name of FONT_SUBSETS) {
	const range = ranges.get(name);
	if (!range) throw new Error(`@fontsource-variable/inter has no ${name} subset`);
	const mine = chars.filter((c) => coveredBy(range, c));
	if (!mine.length) continue;
	const file = `inter-${name}-wght-normal.woff2`;
	const source = readFileSync(join(SOURCE, file));
	const text = String.fromCodePoint(...mine);
	const cut = await subsetFont(source, text, {
		targetFormat: 'woff2',
		preserveNameIds: [0, 1, 2, 3, 4, 5, 6]
	});
	writeFileSync(join(OUT, file), cut);
	before += source.length;
	after += cut.length;
	console.log(`${file}: ${mine.length} characters, ${source.length} -> ${cut.length} bytes`);
	faces.push(`/* ${name}: ${mine.length} characters */
@font-face {
	font-family: 'Inter Variable';
	font-style: normal;
	font-display: swap;
	font-weight: 100 900;
	src: url('./${file}') format('woff2-variations');
	unicode-range: ${unicodeRange(mine)};
}`);
}
const css = `/* Made by scripts/build-fonts.ts (npm run fonts) from @fontsource-variable/inter: do not edit. */\n${faces.join('\n\n')}\n`;
const cssPath = join(OUT, 'inter.css');
// Formatted as the repository's Prettier would (npm run lint checks it).
writeFileSync(cssPath, await format(css, { ...(await resolveConfig(cssPath)), filepath: cssPath }));
console.log(`Inter: ${before} -> ${after} bytes over ${chars.length} characters`);
