// Synthetic data sets of the same shape as data/, N times as large, for benchmarks and load tests.
// Copy 0 is the real data; every further copy k gets new unique ids (`<id>-s<k>`), new names made by
// recombining syllables of real city names (so the vocabulary grows as real data would, with accents),
// jittered coordinates, and references remapped inside the copy (so they all stay valid).
//
//   npx tsx scripts/synthetic.ts 10 /tmp/data-10x     writes a DATA_DIR that passes `npm run data:check`
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { City, Dataset, Partner, Pilot, Project } from '../src/lib/data/schema';
import { readDataDir } from '../src/lib/server/read-data';

/** Small, seedable PRNG (mulberry32): the same factor gives the same data set every run. */
export function rng(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const VOWELS = 'aeiouyäöüåéèêëíìîóòôúùûãõøæœąęı';
const SYLLABLE = new RegExp(
	`[^${VOWELS}\\s\\-']*[${VOWELS}]+(?:[^${VOWELS}\\s\\-']{0,2}(?=[^${VOWELS}\\s\\-']|$))?`,
	'giu'
);

/** Syllable-ish chunks of real names ("mün", "ster", "bar", "ce", "lo", "na"). */
function syllablePool(names: string[]): { first: string[]; rest: string[] } {
	const first = new Set<string>();
	const rest = new Set<string>();
	for (const name of names) {
		for (const word of name.toLowerCase().split(/[\s\-'’.,()/]+/)) {
			if (word.length < 3 || /\d/.test(word)) continue;
			const parts = word.match(SYLLABLE) ?? [];
			parts.forEach((p, i) => (i === 0 ? first : rest).add(p));
		}
	}
	return { first: [...first].filter((s) => s.length >= 2), rest: [...rest].filter(Boolean) };
}

const capital = (w: string) => w.charAt(0).toUpperCase() + w.slice(1);
/** Words that stay as they are when a partner or project name is varied. */
const KEEP = new Set(
	'university universität universidad université università universitet universiteit of the for and de la le du des der die das und van von für di del della institute institut instituto centre center center agency energy city municipality council foundation association network research technical technology sciences applied gmbh ag sa srl spa bv ltd oy ab as asbl e.v. ev company climate region regional european europe green smart sustainable urban development innovation partners group to by with from into towards through neutral neutrality carbon transition zero net action cities citizens local public energy-efficient buildings mobility'.split(
		' '
	)
);

export interface SyntheticOptions {
	factor: number;
	seed?: number;
}

/** The real data set multiplied `factor` times (factor 1 returns the data unchanged). */
export function synthesise(real: Dataset, { factor, seed = 42 }: SyntheticOptions): Dataset {
	const rand = rng(seed);
	const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)];
	const pool = syllablePool([
		...real.cities.flatMap((c) => [c.name, ...c.altNames]),
		...real.partners.map((p) => p.name)
	]);
	const used = new Set<string>([
		...real.cities.map((c) => c.name.toLowerCase()),
		...real.partners.map((p) => p.name.toLowerCase())
	]);
	const newWord = (minSyl = 2, maxSyl = 3): string => {
		for (let attempt = 0; ; attempt++) {
			const n = minSyl + Math.floor(rand() * (maxSyl - minSyl + 1 + (attempt > 20 ? 1 : 0)));
			let w = pick(pool.first);
			for (let i = 1; i < n; i++) w += pick(pool.rest);
			if (w.length >= 4 && w.length <= 16 && !used.has(w)) {
				used.add(w);
				return capital(w);
			}
		}
	};
	const jitter = (v: number, by: number, lo: number, hi: number) =>
		Math.round(Math.min(hi, Math.max(lo, v + (rand() * 2 - 1) * by)) * 1e4) / 1e4;
	const acronymUsed = new Set(real.projects.map((p) => p.acronym.toUpperCase()));
	const newAcronym = (): string => {
		for (;;) {
			const base = newWord(2, 2)
				.normalize('NFD')
				.replace(/\p{M}/gu, '')
				.replace(/[^A-Za-z]/g, '');
			const a = (rand() < 0.5 ? base.toUpperCase() : base).slice(0, 4 + Math.floor(rand() * 5));
			if (a.length >= 3 && !acronymUsed.has(a.toUpperCase())) {
				acronymUsed.add(a.toUpperCase());
				return a;
			}
		}
	};
	/** Varies a multi-word name: every word that is not a common word becomes a new word. */
	const varyName = (name: string, place?: string): string => {
		let replaced = false;
		let placeLeft = place;
		const out = name.split(' ').map((w) => {
			if (KEEP.has(w.toLowerCase()) || w.length < 3 || /^[\d\W]+$/u.test(w)) return w;
			replaced = true;
			if (placeLeft && rand() < 0.5) {
				placeLeft = undefined;
				return place!;
			}
			return newWord();
		});
		if (!replaced) out.unshift(newWord());
		return out.join(' ');
	};

	const out: Dataset = {
		themes: real.themes,
		meta: { ...real.meta, counts: undefined },
		cities: [...real.cities],
		pilots: [...real.pilots],
		projects: [...real.projects],
		partners: [...real.partners]
	};
	for (let k = 1; k < factor; k++) {
		const sid = (id: string) => `${id}-s${k}`;
		const cityName = new Map<string, string>();
		for (const c of real.cities) {
			const name = newWord();
			cityName.set(c.id, name);
			const city: City = {
				...structuredClone(c),
				id: sid(c.id),
				name,
				nameLocal: c.nameLocal ? `${name} ${newWord(1, 2)}` : null,
				nameEn: c.nameEn ? newWord() : null,
				altNames: c.altNames.map(() => newWord()),
				lat: jitter(c.lat, 1.5, -89, 89),
				lon: jitter(c.lon, 2, -179, 179),
				population: c.population === null ? null : Math.round(c.population * (0.3 + rand() * 1.4))
			};
			out.cities.push(city);
		}
		for (const p of real.pilots) {
			const lead = cityName.get(p.cities[0].cityId) ?? newWord();
			const pilot: Pilot = {
				...structuredClone(p),
				id: sid(p.id),
				name: p.name ? varyName(p.name, lead) : null,
				acronym: p.acronym ? newAcronym() : null,
				cities: p.cities.map((c) => ({ ...c, cityId: sid(c.cityId) }))
			};
			out.pilots.push(pilot);
		}
		for (const p of real.projects) {
			const project: Project = {
				...structuredClone(p),
				id: sid(p.id),
				acronym: newAcronym(),
				title: p.title ? varyName(p.title) : null,
				sites: p.sites.map((s) => ({ ...s, cityId: sid(s.cityId) })),
				partners: p.partners.map((x) => ({ ...x, partnerId: sid(x.partnerId) }))
			};
			out.projects.push(project);
		}
		for (const p of real.partners) {
			const place = p.cityId ? cityName.get(p.cityId) : undefined;
			let name = varyName(p.name, place);
			while (used.has(name.toLowerCase())) name = `${name} ${newWord(1, 2)}`;
			used.add(name.toLowerCase());
			const partner: Partner = {
				...structuredClone(p),
				id: sid(p.id),
				name,
				city: p.city ? (place ?? newWord()) : null,
				cityId: p.cityId ? sid(p.cityId) : null,
				lat: p.lat === null ? null : jitter(p.lat, 1.5, -89, 89),
				lon: p.lon === null ? null : jitter(p.lon, 2, -179, 179),
				aliases: p.aliases.map(() => newAcronym())
			};
			out.partners.push(partner);
		}
	}
	return out;
}

/** Writes a data set as a data directory (the same files as data/). */
export function writeDataDir(data: Dataset, dir: string): void {
	mkdirSync(dir, { recursive: true });
	const { meta, ...files } = data;
	for (const [name, list] of Object.entries(files))
		writeFileSync(join(dir, `${name}.json`), JSON.stringify(list, null, 1));
	const cleanMeta = Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined));
	writeFileSync(join(dir, 'meta.json'), JSON.stringify(cleanMeta, null, 1));
}

/** Reads data/ (or `dir`), failing loudly when it is invalid. */
export function realDataset(dir = 'data'): Dataset {
	const { result, lines } = readDataDir(resolve(dir));
	if (!result.ok) throw new Error(`${dir} is not valid:\n${lines.join('\n')}`);
	return result.dataset;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const factor = Number(process.argv[2]);
	const dir = process.argv[3];
	if (!Number.isInteger(factor) || factor < 1 || factor > 1000 || !dir) {
		console.error('usage: tsx scripts/synthetic.ts <factor 1..1000> <output dir>');
		process.exit(2);
	}
	const data = synthesise(realDataset(), { factor });
	writeDataDir(data, dir);
	console.log(
		`${dir}: ${data.cities.length} cities, ${data.pilots.length} pilots, ${data.projects.length} projects, ${data.partners.length} partners`
	);
}
