// Failover and live reload under load. Two parts of `npm run bench`:
//   reload   one server (port 4329), 50 connections: before / during / after a data reload
//   cluster  nginx (127.0.0.1:4325, deploy/nginx.conf with ports and paths swapped) in front of three
//            replicas (4326-4328) sharing one DATA_DIR (a temp copy of data/): steady, one replica
//            killed (SIGKILL), a data reload on all of them, after
// Every response is checked for a mixed answer: its X-Data-Version must be the old version or the
// one new version, and its content must be that version's (the city count in /api/status and the
// explorer, Malmö's population on its page and in the API). Prints requests, failed requests
// (4xx/5xx, errors, timeouts) and p99 per phase, and sets a non-zero exit code when a request failed
// or an answer was mixed. Needs nginx for `cluster` (apt-get install -y nginx-light); without it
// `cluster` is skipped, and fails only when asked for by name (--only=cluster).
//   npx tsx scripts/bench-cluster.ts [reload] [cluster] [--quick]
import autocannon from 'autocannon';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import {
	chmodSync,
	chownSync,
	cpSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuild } from './serve';
import type { Row } from './bench-search';

const CONNECTIONS = 50;
const NGINX_PORT = 4325;
const REPLICA_PORTS = [4326, 4327, 4328];
const SINGLE_PORT = 4329;
/** Added by the reload: the explorer and /api/status show it only in the new version. */
const ADDED_CITY = { id: 'bench-reload-city', name: 'Benchville' };
const NEW_POPULATION = 123456;

/** The paths every connection cycles through: the explorer, a record page, its API, search, status. */
const PATHS = ['/', '/cities/malmo', '/api/cities/malmo', '/api/search?q=malm', '/api/status'];

interface Facts {
	cities: number;
	population: number;
}

/** Which of the two data sets an answer's content belongs to: 'old', 'new', or null (no such fact). */
type Side = 'old' | 'new' | null;

function sideOf(path: string, body: string, facts: { old: Facts; new: Facts }): Side | 'unknown' {
	const pick = (isOld: boolean, isNew: boolean) =>
		isOld && !isNew ? 'old' : isNew && !isOld ? 'new' : 'unknown';
	try {
		if (path === '/api/status') {
			const n = JSON.parse(body).counts.cities;
			return pick(n === facts.old.cities, n === facts.new.cities);
		}
		if (path === '/api/cities/malmo') {
			const n = JSON.parse(body).record.population;
			return pick(n === facts.old.population, n === facts.new.population);
		}
	} catch {
		return 'unknown';
	}
	if (path === '/cities/malmo') {
		const text = (n: number) => n.toLocaleString('en-GB');
		return pick(
			body.includes(text(facts.old.population)),
			body.includes(text(facts.new.population))
		);
	}
	if (path === '/') {
		const added = body.includes(ADDED_CITY.name);
		return added ? 'new' : 'old';
	}
	return null;
}

/** Counts answers whose version and content disagree, and the versions seen. */
class MixChecker {
	checked = 0;
	mixed = 0;
	examples: string[] = [];
	versions = new Map<string, number>();
	newVersion: string | null = null;
	constructor(
		private oldVersion: string,
		private facts: { old: Facts; new: Facts }
	) {}

	check(path: string, status: number, body: string, headers: Record<string, string>) {
		if (status !== 200) return;
		this.checked++;
		const version = headers['x-data-version'] ?? '';
		this.versions.set(version, (this.versions.get(version) ?? 0) + 1);
		const side = sideOf(path, body, this.facts);
		let problem: string | null = null;
		if (!version) problem = 'no X-Data-Version';
		else if (side === 'unknown') problem = 'content matches neither data set';
		else if (version === this.oldVersion && side === 'new') problem = 'old version, new content';
		else if (version !== this.oldVersion) {
			if (side === 'old') problem = 'new version, old content';
			this.newVersion ??= version;
			if (version !== this.newVersion) problem = `a third version ${version}`;
		}
		if (path === '/api/status' && !problem) {
			const inBody = JSON.parse(body).dataVersion;
			if (inBody !== version) problem = `header ${version}, body ${inBody}`;
		}
		if (problem) {
			this.mixed++;
			if (this.examples.length < 5) this.examples.push(`${path}: ${problem}`);
		}
	}
}

interface Phase {
	name: string;
	requests: number;
	failed: number;
	p50: number;
	p99: number;
	mixed: number;
	note: string;
}

/** One load phase of `seconds` at 50 connections; `during` runs meanwhile (a kill, a reload). */
async function phase(
	name: string,
	url: string,
	seconds: number,
	checker: MixChecker,
	during?: () => Promise<string>
): Promise<Phase> {
	const mixedBefore = checker.mixed;
	const load = autocannon({
		url,
		connections: CONNECTIONS,
		duration: seconds,
		timeout: 10,
		requests: PATHS.map((path) => ({
			method: 'GET',
			path,
			onResponse: (status: number, body: string, _ctx: unknown, headers: Record<string, string>) =>
				checker.check(path, status, body, lowerKeys(headers))
		}))
	});
	const note = during ? await during() : '';
	const r = await load;
	if (!r['2xx'])
		console.log(`${name}: no answers; autocannon says:`, JSON.stringify(r).slice(0, 600));
	const failed = r['4xx'] + r['5xx'] + r.errors + r.timeouts;
	return {
		name,
		requests: r['1xx'] + r['2xx'] + r['3xx'] + r['4xx'] + r['5xx'] + r.errors + r.timeouts,
		failed,
		p50: r.latency.p50,
		p99: r.latency.p99,
		mixed: checker.mixed - mixedBefore,
		note
	};
}

function lowerKeys(headers: Record<string, string>): Record<string, string> {
	return Object.fromEntries(Object.entries(headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Replica {
	port: number;
	child: ChildProcess;
	output: () => string;
}

/** `node scripts/server.js` on a fixed loopback port, waiting until /api/status answers. */
async function startReplica(port: number, dataDir: string, origin: string): Promise<Replica> {
	let out = '';
	const child = spawn(process.execPath, ['scripts/server.js'], {
		env: {
			...process.env,
			PORT: String(port),
			HOST: '127.0.0.1',
			ORIGIN: origin,
			DATA_DIR: dataDir
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	child.stdout!.on('data', (d) => (out += d));
	child.stderr!.on('data', (d) => (out += d));
	process.once('exit', () => child.exitCode === null && child.kill('SIGKILL'));
	const deadline = Date.now() + 30_000;
	for (;;) {
		if (child.exitCode !== null) throw new Error(`replica on ${port} exited:\n${out}`);
		try {
			if ((await fetch(`http://127.0.0.1:${port}/api/status`)).ok) break;
		} catch {
			// not up yet
		}
		if (Date.now() > deadline) throw new Error(`replica on ${port} did not start:\n${out}`);
		await sleep(150);
	}
	return { port, child, output: () => out };
}

async function stopChild(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
	if (child.exitCode !== null || child.signalCode !== null) return;
	const exited = new Promise((r) => child.once('exit', r));
	child.kill(signal);
	setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5000).unref();
	await exited;
}

/** Renders each path once per server first, so phase 1 measures steady state, not a cold start. */
async function warmUp(ports: number[]): Promise<void> {
	for (const port of ports)
		for (const path of PATHS) await (await fetch(`http://127.0.0.1:${port}${path}`)).arrayBuffer();
}

async function versionOf(port: number): Promise<string> {
	const res = await fetch(`http://127.0.0.1:${port}/api/status`);
	return (await res.json()).dataVersion;
}

/** The data copy's facts before and after the edit the reload phase makes. */
function factsOf(dataDir: string): { old: Facts; new: Facts } {
	const cities = JSON.parse(readFileSync(join(dataDir, 'cities.json'), 'utf8'));
	const malmo = cities.find((c: { id: string }) => c.id === 'malmo');
	return {
		old: { cities: cities.length, population: malmo.population },
		new: { cities: cities.length + 1, population: NEW_POPULATION }
	};
}

/**
 * The correction an organiser makes: Malmö's population and one city added, written as an editor or
 * importer does (temp file, then rename), so a reader never sees half a file.
 */
function editData(dataDir: string): void {
	const file = join(dataDir, 'cities.json');
	const cities = JSON.parse(readFileSync(file, 'utf8'));
	cities.find((c: { id: string }) => c.id === 'malmo').population = NEW_POPULATION;
	const template = cities.find((c: { mission: unknown }) => c.mission === null);
	cities.push({ ...template, ...ADDED_CITY, altNames: [], sources: [], notes: null });
	writeFileSync(`${file}.tmp`, JSON.stringify(cities, null, 1));
	renameSync(`${file}.tmp`, file);
}

/** Edits the data and waits until every port serves a new version; says how long that took. */
async function reloadAll(dataDir: string, ports: number[], oldVersion: string): Promise<string> {
	const start = Date.now();
	editData(dataDir);
	const done = new Map<number, number>();
	while (done.size < ports.length && Date.now() - start < 20_000) {
		for (const port of ports)
			if (!done.has(port) && (await versionOf(port)) !== oldVersion)
				done.set(port, Date.now() - start);
		await sleep(50);
	}
	if (done.size < ports.length) return 'NOT reloaded on every replica within 20 s';
	return `new data served ${[...done.values()].map((ms) => `${ms} ms`).join(', ')} after the edit`;
}

function printPhases(title: string, phases: Phase[], checker: MixChecker): void {
	console.log(`\n${title}`);
	console.log(
		`${'phase'.padEnd(22)} ${'requests'.padStart(9)} ${'failed'.padStart(7)} ${'p50'.padStart(6)} ${'p99'.padStart(7)} ${'mixed'.padStart(6)}`
	);
	for (const p of phases)
		console.log(
			`${p.name.padEnd(22)} ${String(p.requests).padStart(9)} ${String(p.failed).padStart(7)} ${`${p.p50}ms`.padStart(6)} ${`${p.p99}ms`.padStart(7)} ${String(p.mixed).padStart(6)}${p.note ? `   ${p.note}` : ''}`
		);
	console.log(
		`answers checked for mixing: ${checker.checked}; versions seen: ${[...checker.versions].map(([v, n]) => `${v} (${n})`).join(', ')}`
	);
	for (const e of checker.examples) console.log(`  mixed: ${e}`);
}

/** The replicas' own log lines about the reload (how long reading and checking took). */
function printReloadLines(replicas: Replica[]): void {
	for (const r of replicas)
		for (const line of r.output().split('\n'))
			if (/Data reloaded|not loaded/.test(line))
				console.log(`  replica ${r.port}: ${line.replace(/^.*\): /, '')}`);
}

function summaryRows(section: string, phases: Phase[]): Row[] {
	const rows: Row[] = phases.map((p) => ({
		section,
		name: p.name,
		value: `${p.requests} requests, ${p.failed} failed, ${p.mixed} mixed, p99 ${p.p99} ms`
	}));
	const failed = phases.reduce((n, p) => n + p.failed + p.mixed + (p.requests ? 0 : 1), 0);
	rows.push({
		section,
		name: 'verdict',
		value: failed ? `${failed} failed or mixed answers` : '0 failed, 0 mixed',
		target: '0 failed, 0 mixed'
	});
	if (failed) process.exitCode = 1;
	return rows;
}

function tempData(): string {
	const root = mkdtempSync(join(tmpdir(), 'cme-bench-reload-'));
	cpSync('data', join(root, 'data'), { recursive: true });
	return root;
}

/** `reload`: one server under load, before / during / after a data reload. */
export async function benchReload({ quick = false } = {}): Promise<Row[]> {
	ensureBuild();
	const seconds = quick ? 4 : 8;
	const root = tempData();
	const dataDir = join(root, 'data');
	const origin = `http://127.0.0.1:${SINGLE_PORT}`;
	console.log(
		`\n## Reload under load: one server, ${CONNECTIONS} connections, ${seconds} s a phase`
	);
	const server = await startReplica(SINGLE_PORT, dataDir, origin);
	try {
		await warmUp([SINGLE_PORT]);
		const oldVersion = await versionOf(SINGLE_PORT);
		const checker = new MixChecker(oldVersion, factsOf(dataDir));
		// Not counted: the first seconds under load of a fresh process (JIT, heap growth) are slower.
		await phase('warm-up', origin, 3, checker);
		const phases = [
			await phase('before', origin, seconds, checker),
			await phase('during the reload', origin, seconds, checker, async () => {
				await sleep(1000);
				return reloadAll(dataDir, [SINGLE_PORT], oldVersion);
			}),
			await phase('after', origin, seconds, checker)
		];
		printPhases('reload (single server)', phases, checker);
		printReloadLines([server]);
		return summaryRows('reload', phases);
	} finally {
		await stopChild(server.child);
		rmSync(root, { recursive: true, force: true });
	}
}

export function findNginx(): string | null {
	// NGINX_BIN names the binary (or, pointing nowhere, shows what happens without nginx).
	if (process.env.NGINX_BIN)
		return existsSync(process.env.NGINX_BIN) ? process.env.NGINX_BIN : null;
	for (const path of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'])
		if (existsSync(path)) return path;
	const which = spawnSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' });
	return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

/**
 * deploy/nginx.conf as run here: the replicas on 4326-4328, listening on 127.0.0.1:4325 only, the
 * cache in the temp dir; wrapped in a main config with its own pid, logs and temp paths.
 */
export function nginxConfig(root: string): string {
	let site = readFileSync('deploy/nginx.conf', 'utf8')
		.replace(
			/server 127\.0\.0\.1:300(\d)/g,
			(_m, n) => `server 127.0.0.1:${REPLICA_PORTS[Number(n) - 1]}`
		)
		.replace(/listen 80;/, `listen 127.0.0.1:${NGINX_PORT};`)
		.replace('/var/cache/nginx/cities-mission', join(root, 'cache'));
	if (!site.includes(`127.0.0.1:${NGINX_PORT}`) || !site.includes(`:${REPLICA_PORTS[2]}`))
		throw new Error('deploy/nginx.conf no longer has the lines this bench replaces');
	site = site.replace(/^/gm, '\t');
	const asRoot = process.getuid?.() === 0;
	return `# Written by scripts/bench-cluster.ts from deploy/nginx.conf\n${asRoot ? 'user nobody nogroup;\n' : ''}worker_processes 1;
daemon off;
pid ${join(root, 'nginx.pid')};
error_log ${join(root, 'error.log')} warn;
events { worker_connections 1024; }
http {
	access_log off;
	default_type application/octet-stream;
	client_body_temp_path ${join(root, 'tmp/body')};
	proxy_temp_path ${join(root, 'tmp/proxy')};
	fastcgi_temp_path ${join(root, 'tmp/fastcgi')};
	uwsgi_temp_path ${join(root, 'tmp/uwsgi')};
	scgi_temp_path ${join(root, 'tmp/scgi')};
${site}
}
`;
}

/** `cluster`: nginx and three replicas; steady, a replica killed, a reload on all, after. */
export async function benchCluster({ quick = false, required = false } = {}): Promise<Row[]> {
	const nginx = findNginx();
	if (!nginx) {
		const message =
			'nginx is not installed: get it with `sudo apt-get install -y nginx-light` (Debian/Ubuntu), then run `npm run bench -- --only=cluster`';
		console.log(`\n## Cluster: skipped. ${message}`);
		if (required) process.exitCode = 1;
		return [{ section: 'cluster', name: 'skipped', value: message }];
	}
	ensureBuild();
	const seconds = quick ? 5 : 10;
	const root = tempData();
	const dataDir = join(root, 'data');
	for (const dir of ['cache', 'tmp']) mkdirSync(join(root, dir));
	const conf = join(root, 'nginx.conf');
	writeFileSync(conf, nginxConfig(root));
	if (process.getuid?.() === 0) {
		// Workers run as nobody when nginx starts as root: they write the cache and temp files.
		const nobody = Number(spawnSync('id', ['-u', 'nobody'], { encoding: 'utf8' }).stdout.trim());
		const nogroup = Number(spawnSync('id', ['-g', 'nobody'], { encoding: 'utf8' }).stdout.trim());
		for (const dir of ['cache', 'tmp']) chownSync(join(root, dir), nobody, nogroup);
		chmodSync(root, 0o755);
	}
	const test = spawnSync(nginx, ['-t', '-p', root, '-c', conf, '-e', join(root, 'error.log')], {
		encoding: 'utf8'
	});
	if (test.status !== 0) throw new Error(`nginx -t failed:\n${test.stderr}`);

	const url = `http://127.0.0.1:${NGINX_PORT}`;
	console.log(
		`\n## Cluster: nginx on ${url} (deploy/nginx.conf), replicas on ${REPLICA_PORTS.join(', ')}, one DATA_DIR; ${CONNECTIONS} connections, ${seconds} s a phase`
	);
	const replicas: Replica[] = [];
	let proxy: ChildProcess | null = null;
	try {
		for (const port of REPLICA_PORTS) replicas.push(await startReplica(port, dataDir, url));
		proxy = spawn(nginx, ['-p', root, '-c', conf, '-e', join(root, 'error.log')], {
			stdio: ['ignore', 'inherit', 'inherit']
		});
		process.once('exit', () => proxy?.exitCode === null && proxy.kill('SIGKILL'));
		for (let i = 0; ; i++) {
			try {
				if ((await fetch(`${url}/api/status`)).ok) break;
			} catch {
				if (i > 100) throw new Error('nginx did not answer');
			}
			await sleep(100);
		}
		await warmUp([...REPLICA_PORTS, NGINX_PORT]);
		const oldVersion = await versionOf(REPLICA_PORTS[0]);
		const checker = new MixChecker(oldVersion, factsOf(dataDir));
		const victim = replicas[2];
		const survivors = REPLICA_PORTS.slice(0, 2);
		await phase('warm-up', url, 3, checker);
		const phases = [
			await phase('1 steady', url, seconds, checker),
			await phase('2 replica killed', url, seconds, checker, async () => {
				await sleep(2000);
				victim.child.kill('SIGKILL');
				return `SIGKILL to the replica on ${victim.port} 2 s in`;
			}),
			await phase('3 data reload', url, seconds, checker, async () => {
				await sleep(2000);
				return `edit 2 s in; ${await reloadAll(dataDir, survivors, oldVersion)}`;
			}),
			await phase('4 after', url, seconds, checker)
		];
		printPhases('cluster (nginx + 3 replicas, one killed in phase 2)', phases, checker);
		printReloadLines(replicas);
		const errors = readFileSync(join(root, 'error.log'), 'utf8')
			.split('\n')
			.filter((l) => /\[(error|crit|alert|emerg)\]/.test(l));
		console.log(
			`nginx error log: ${errors.length} lines at [error] or worse (failed upstream tries nginx retried elsewhere)${errors.length ? `, e.g.\n  ${errors.slice(0, 2).join('\n  ')}` : ''}`
		);
		return summaryRows('cluster', phases);
	} finally {
		if (proxy) await stopChild(proxy, 'SIGQUIT');
		for (const r of replicas) await stopChild(r.child);
		rmSync(root, { recursive: true, force: true });
	}
}

if (import.meta.url === pathToFileURL(resolve(process.argv[1] ?? '')).href) {
	const quick = process.argv.includes('--quick');
	const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
	const rows: Row[] = [];
	if (!names.length || names.includes('reload')) rows.push(...(await benchReload({ quick })));
	if (!names.length || names.includes('cluster'))
		rows.push(...(await benchCluster({ quick, required: names.includes('cluster') })));
	for (const r of rows) console.log(`${r.section}  ${r.name.padEnd(20)}  ${r.value}`);
}
