// The CORDIS import at the export's real size: writes a synthetic export (15,000 projects with long
// objectives, 100,000 participations; the cordisIds of data/ among them) into a temp dir, as a folder
// and as the zip, and times the import dry run of each against data/ (no --mission-topics, so only
// the projects already in data/ are taken), in a child process: wall time and peak memory (maxRSS,
// and the JS heap sampled every 20 ms). Prints numbers, asserts nothing.
//   npx tsx scripts/bench-import.ts [--projects=15000] [--organisations=100000]
//   (the child: npx tsx scripts/bench-import.ts --child <source> <data dir>)
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Zip, ZipDeflate } from 'fflate';
import type { Row } from './bench-search';

const PROJECT_HEADER =
	'id;acronym;status;title;startDate;endDate;totalCost;ecMaxContribution;legalBasis;topics;ecSignatureDate;frameworkProgramme;masterCall;subCall;fundingScheme;nature;objective;contentUpdateDate;rcn;grantDoi';
const ORG_HEADER =
	'projectID;projectAcronym;organisationID;vatNumber;name;shortName;SME;activityType;street;postCode;city;country;nutsCode;geolocation;organizationURL;contactForm;contentUpdateDate;rcn;order;role;ecContribution;netEcContribution;totalCost;endOfParticipation;active';
const TYPES = ['HES', 'REC', 'PRC', 'PUB', 'OTH'];
const ROLES = ['participant', 'participant', 'participant', 'associatedPartner', 'thirdParty'];
const COUNTRIES = ['DE', 'FR', 'IT', 'ES', 'NL', 'BE', 'EL', 'UK', 'SE', 'PL', 'PT', 'FI'];

/** A small deterministic generator, so every run writes the same export. */
function random(seed: number) {
	let s = seed;
	return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

async function writeLines(path: string, header: string, lines: Iterable<string>): Promise<void> {
	const out = createWriteStream(path);
	let buffer = `${header}\n`;
	for (const line of lines) {
		buffer += `${line}\n`;
		if (buffer.length > 1 << 20) {
			if (!out.write(buffer)) await new Promise((r) => out.once('drain', r));
			buffer = '';
		}
	}
	out.end(buffer);
	await new Promise((r) => out.on('close', r));
}

/** Writes project.csv and organization.csv of a synthetic export into `dir`. */
export async function writeSyntheticExport(
	dir: string,
	projects: number,
	organisations: number,
	knownIds: string[]
): Promise<void> {
	const rnd = random(42);
	const ids = Array.from({ length: projects }, (_, i) => String(101000000 + i * 7));
	knownIds.forEach((id, i) => (ids[(i * 997) % projects] = id));
	const objective =
		'Synthetic objective for the import benchmark; it has "quotes", semicolons; and\nline breaks, like the real ones. '.repeat(
			12
		);
	await writeLines(
		join(dir, 'project.csv'),
		PROJECT_HEADER,
		(function* () {
			for (const [i, id] of ids.entries()) {
				const mission = rnd() < 0.05;
				const topic = mission
					? 'HORIZON-MISS-2023-CIT-01-01'
					: `HORIZON-CL${1 + (i % 6)}-2023-01-01`;
				yield [
					id,
					`BENCH${i}`,
					'SIGNED',
					`Synthetic benchmark project ${i}`,
					'2023-01-01',
					'2026-12-31',
					'3000000,00',
					`${(1e6 + rnd() * 1e7).toFixed(2).replace('.', ',')}`,
					'HORIZON.2.5',
					topic,
					'2022-12-01',
					'HORIZON',
					'',
					'',
					'HORIZON-RIA',
					'',
					objective,
					'2025-01-01 10:00:00',
					String(900000 + i),
					''
				]
					.map(q)
					.join(';');
			}
		})()
	);
	await writeLines(
		join(dir, 'organization.csv'),
		ORG_HEADER,
		(function* () {
			for (let i = 0; i < organisations; i++) {
				const p = Math.floor(rnd() * projects);
				const org = Math.floor(rnd() * 30000);
				const country = COUNTRIES[org % COUNTRIES.length];
				yield [
					ids[p],
					`BENCH${p}`,
					String(990000000 + org),
					'',
					`SYNTHETIC ORGANISATION ${org} (BENCHMARK)`,
					`SYN${org}`,
					'false',
					TYPES[org % TYPES.length],
					'Example Street 1',
					'1000',
					'EXAMPLE CITY',
					country,
					'',
					`${(40 + rnd() * 20).toFixed(4)},${(rnd() * 25).toFixed(4)}`,
					'',
					'',
					'2025-01-01 10:00:00',
					String(800000 + i),
					String(1 + (i % 20)),
					i % 20 === 0 ? 'coordinator' : ROLES[i % ROLES.length],
					'123456,78',
					'123456,78',
					'123456,78',
					'false',
					'true'
				]
					.map(q)
					.join(';');
			}
		})()
	);
}

/** Zips a folder's two files as the export does (deflate, streamed through fflate's Zip). */
async function zipExport(dir: string, zipPath: string): Promise<void> {
	const out = createWriteStream(zipPath);
	const zip = new Zip((err, chunk, final) => {
		if (err) throw err;
		out.write(chunk);
		if (final) out.end();
	});
	for (const name of ['project.csv', 'organization.csv']) {
		const entry = new ZipDeflate(name, { level: 6 });
		zip.add(entry);
		const bytes = readFileSync(join(dir, name));
		for (let i = 0; i < bytes.length; i += 1 << 20)
			entry.push(bytes.subarray(i, i + (1 << 20)), i + (1 << 20) >= bytes.length);
	}
	zip.end();
	await new Promise((r) => out.on('close', r));
}

/** In the child: the import dry run as the CLI does it, then time and memory as one JSON line. */
async function child(source: string, dataDir: string): Promise<void> {
	let heapPeak = 0;
	const sample = setInterval(
		() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)),
		20
	);
	const started = performance.now();
	const cpu = process.cpuUsage();
	const { readData, changedTexts } = await import('./import/write-data.ts');
	const { readCordisExport } = await import('./import/cordis-source.ts');
	const { mergeCordis } = await import('../src/lib/data/import/merge-cordis.ts');
	const { diffDatasets, formatDiff } = await import('../src/lib/data/import/diff.ts');
	const { checkDataset } = await import('../src/lib/data/check.ts');
	const disk = readData(dataDir);
	const known = new Set(disk.data.projects.flatMap((p) => (p.cordisId ? [p.cordisId] : [])));
	const read = await readCordisExport(source, { known, asked: new Set(), missionTopics: false });
	const readMs = performance.now() - started;
	const merged = mergeCordis(disk.data, read);
	const diff = diffDatasets(disk.data, merged.data);
	const lines = formatDiff(diff);
	const texts = changedTexts(disk, merged.data);
	const ok = checkDataset(JSON.parse(JSON.stringify(merged.data))).ok;
	clearInterval(sample);
	heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
	console.log(
		JSON.stringify({
			ms: performance.now() - started,
			cpuMs: (() => {
				const used = process.cpuUsage(cpu);
				return (used.user + used.system) / 1000;
			})(),
			readMs,
			maxRssKB: process.resourceUsage().maxRSS,
			heapPeak,
			taken: read.projects.length,
			participations: read.organisations.length,
			rows: read.rows,
			summary: lines.at(-1),
			files: Object.keys(texts),
			ok
		})
	);
}

export async function benchImport(
	opts: { projects?: number; organisations?: number } = {}
): Promise<Row[]> {
	const projects = opts.projects ?? 15000;
	const organisations = opts.organisations ?? 100000;
	const dir = mkdtempSync(join(tmpdir(), 'cme-bench-import-'));
	try {
		const known = JSON.parse(readFileSync('data/projects.json', 'utf8'))
			.map((p: { cordisId: string | null }) => p.cordisId)
			.filter(Boolean);
		let t = performance.now();
		await writeSyntheticExport(dir, projects, organisations, known);
		const zipPath = join(dir, 'cordis-HORIZONprojects-csv.zip');
		await zipExport(dir, zipPath);
		const mb = (p: string) => (statSync(join(dir, p)).size / 1e6).toFixed(1);
		console.log(
			`\n## Import (CORDIS export, ${projects.toLocaleString('en')} projects, ${organisations.toLocaleString('en')} participations: project.csv ${mb('project.csv')} MB, organization.csv ${mb('organization.csv')} MB, zip ${mb('cordis-HORIZONprojects-csv.zip')} MB; written in ${((performance.now() - t) / 1000).toFixed(1)} s)`
		);
		const rows: Row[] = [];
		for (const [name, source] of [
			['folder', dir],
			['zip', zipPath]
		]) {
			t = performance.now();
			const out = execFileSync(
				join('node_modules', '.bin', 'tsx'),
				['scripts/bench-import.ts', '--child', source, 'data'],
				{ encoding: 'utf8', maxBuffer: 1 << 24 }
			);
			const wall = performance.now() - t;
			const r = JSON.parse(out.trim().split('\n').at(-1)!);
			console.log(
				`${name}: ${(r.ms / 1000).toFixed(2)} s in the import (CPU ${(r.cpuMs / 1000).toFixed(2)} s; reading ${(r.readMs / 1000).toFixed(2)} s; ${(wall / 1000).toFixed(1)} s with tsx start), peak RSS ${(r.maxRssKB / 1024).toFixed(0)} MB, peak JS heap ${(r.heapPeak / 1e6).toFixed(0)} MB; ${r.taken} projects taken, ${r.participations} of ${r.rows['organization.csv']} participations kept; ${r.summary}; result passes the check: ${r.ok}`
			);
			rows.push(
				{
					section: 'import',
					name: `dry run, ${name}`,
					value: `${(r.ms / 1000).toFixed(2)} s (CPU ${(r.cpuMs / 1000).toFixed(2)} s)`,
					target: 'seconds'
				},
				{
					section: 'import',
					name: `peak memory, ${name}`,
					value: `RSS ${(r.maxRssKB / 1024).toFixed(0)} MB, heap ${(r.heapPeak / 1e6).toFixed(0)} MB`
				}
			);
		}
		return rows;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const at = process.argv.indexOf('--child');
	if (at >= 0) await child(process.argv[at + 1], process.argv[at + 2]);
	else {
		const arg = (name: string) =>
			process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
		const rows = await benchImport({
			projects: Number(arg('projects') ?? 15000),
			organisations: Number(arg('organisations') ?? 100000)
		});
		for (const r of rows) console.log(`${r.name}: ${r.value}`);
	}
}
