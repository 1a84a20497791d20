// data/README.md states the data set's counts; this keeps it true when the data changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DATA_DIR, loadDataset } from '../helpers/data';

const readme = readFileSync(join(DATA_DIR, 'README.md'), 'utf8').replace(/\s+/g, ' ');
const d = loadDataset();
const links = d.projects.flatMap((p) => p.partners);
const sites = d.projects.flatMap((p) => p.sites);
const own = (list: readonly { sources: readonly string[] }[]) =>
	list.filter((x) => x.sources.length > 0).length;

describe('data/README.md', () => {
	it('gives each file’s record count', () => {
		const files = {
			cities: d.cities,
			pilots: d.pilots,
			projects: d.projects,
			partners: d.partners
		};
		for (const [name, list] of Object.entries(files))
			expect(readme).toContain(`| \`${name}.json\` | ${list.length} |`);
	});

	it('gives the relations’ counts, low-confidence links and own sources', () => {
		const low = links.filter((l) => l.confidence === 'low').length;
		expect(readme).toContain(`${low} of the ${links.length} project-partner links`);
		expect(readme).toContain(
			`${own(sites)} of the ${sites.length} project sites and ${own(links)} of the ${links.length} project-partner links`
		);
		expect(readme).toContain(`${own(d.partners)} of ${d.partners.length} have \`sources\``);
	});

	it('gives the as-of date of meta.json', () => {
		expect(readme).toContain(`As of **${d.meta.asOf}**`);
	});
});
