// Checks a data directory (default: DATA_DIR or data/) and prints one line per problem.
import { relative } from 'node:path';
import { readDataDir, dataDirFromEnv } from '../src/lib/server/read-data';

const dir = process.argv[2] ?? dataDirFromEnv();
const shown = relative(process.cwd(), dir) || '.';
const { result, lines } = readDataDir(dir);
if (lines.length > 0) {
	for (const line of lines) console.error(line.replace(dir, shown));
	console.error(`\n${lines.length} problem${lines.length === 1 ? '' : 's'} in ${shown}/`);
	process.exit(1);
}
if (result.ok) {
	const d = result.dataset;
	console.log(
		`${shown}/ is valid: ${d.cities.length} cities, ${d.pilots.length} pilots, ${d.projects.length} projects, ${d.partners.length} partners, ${d.themes.length} themes (as of ${d.meta.asOf})`
	);
}
