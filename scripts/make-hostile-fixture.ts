// Writes tests/fixtures/hostile-min/: a copy of data/ with markup injected into names, other names,
// titles, summaries and notes. The app must show it as text everywhere (tests/e2e/hostile-data.e2e.ts).
//   npx tsx scripts/make-hostile-fixture.ts [out dir]
import { realDataset, writeDataDir } from './synthetic';

export const IMG = '<img src=x onerror=alert(1)>';
export const SCRIPT = '<script>alert(2)</script>';
export const SVG = '"><svg onload=alert(3)>';

const out = process.argv[2] ?? 'tests/fixtures/hostile-min';
const data = structuredClone(realDataset());
const city = (id: string) => data.cities.find((c) => c.id === id)!;

// A city whose whole name is markup (its real name stays findable as another name).
const malmo = city('malmo');
malmo.altNames = [malmo.name, ...malmo.altNames];
malmo.name = IMG;
malmo.notes = `${SCRIPT} note`;
const lund = city('lund');
lund.name = `Lund ${SVG}`;
lund.altNames.push(IMG);

const partner = data.partners.find((p) => p.id === 'arup')!;
partner.name = `${SCRIPT} Arup`;
partner.aliases.push(IMG);
partner.notes.push(`${IMG} partner note`);
if (partner.city !== null) partner.city = `${IMG}`;

const project = data.projects.find((p) => p.id === 'ascend')!;
project.title = `${IMG} ASCEND title`;
project.summary = `${SVG} summary ${SCRIPT}`;
project.notes = IMG;
if (project.coordinator) project.coordinator.name = `${IMG} coordinator`;

const pilot = data.pilots.find((p) => p.id === 'c1-colab')!;
pilot.name = `CoLAB ${IMG}`;
pilot.summary = `${SCRIPT} ${IMG}`;
pilot.fundingNote = IMG;
pilot.notes = SVG;

data.themes[0] = {
	...data.themes[0],
	label: `${data.themes[0].label} ${IMG}`,
	description: SCRIPT
};
writeDataDir(data, out);
console.log(`wrote ${out}`);
