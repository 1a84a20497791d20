// Server throughput and latency with autocannon on 127.0.0.1, beside static-file baselines measured
// in the same run, then a load phase (100 connections x 20 s). Prints numbers; never asserts timings.
//   npx tsx scripts/bench-server.ts [--quick] [--load-seconds=600]   (a long load phase is a soak test)
import autocannon from 'autocannon';
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadavg } from 'node:os';
import { BARE_SERVER, ensureBuild, startServer } from './serve';
import type { Row } from './bench-search';
import { TYPED, WHOLE, keystrokes } from './bench-queries';

const HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

interface Measured {
	label: string;
	rps: number;
	p99: number;
	p50: number;
	non2xx: number;
	errors: number;
	timeouts: number;
	statuses: string;
}

async function measure(
	label: string,
	url: string,
	connections: number,
	seconds: number,
	paths?: string[]
): Promise<Measured> {
	let n = 0;
	const result = await autocannon({
		url,
		connections,
		duration: seconds,
		timeout: 10,
		headers: HEADERS,
		...(paths
			? {
					requests: [
						{
							method: 'GET',
							setupRequest: (req: Record<string, unknown>) => ({
								...req,
								path: paths[n++ % paths.length]
							})
						}
					]
				}
			: {})
	});
	const statuses = (['1xx', '2xx', '3xx', '4xx', '5xx'] as const)
		.map((k) => [k, result[k]] as const)
		.filter(([, v]) => v)
		.map(([k, v]) => `${k}:${v}`)
		.join(' ');
	const m: Measured = {
		label,
		rps: result.requests.average,
		p99: result.latency.p99,
		p50: result.latency.p50,
		non2xx: result.non2xx,
		errors: result.errors,
		timeouts: result.timeouts,
		statuses
	};
	console.log(
		`${label.padEnd(44)} ${m.rps.toFixed(0).padStart(7)} req/s   p50 ${String(m.p50).padStart(4)} ms   p99 ${String(m.p99).padStart(4)} ms   errors ${m.errors}, timeouts ${m.timeouts}, non-2xx ${m.non2xx}  [${statuses}]`
	);
	return m;
}

function immutableAsset(): string {
	const dir = 'build/client/_app/immutable/entry';
	const file =
		readdirSync(dir).find((f) => /^start\..*\.js$/.test(f)) ??
		readdirSync(dir).find((f) => f.endsWith('.js'));
	return `/_app/immutable/entry/${file}`;
}

/** Search paths a crowd would send: keystrokes and whole queries, some with filters. */
function searchPaths(): string[] {
	const qs = [...TYPED.flatMap(keystrokes), ...WHOLE];
	return qs.map(
		(q, i) =>
			`/api/search?q=${encodeURIComponent(q)}${i % 4 === 1 ? '&country=DE' : i % 4 === 2 ? '&kind=partner' : ''}`
	);
}

export async function benchServer({
	quick = false,
	loadSeconds
}: { quick?: boolean; loadSeconds?: number } = {}): Promise<Row[]> {
	ensureBuild();
	const rows: Row[] = [];
	const seconds = quick ? 3 : 8;
	const load = loadSeconds ?? (quick ? 5 : 20);
	console.log(
		`\n## Server (autocannon on 127.0.0.1, 10 connections x ${seconds} s each, accept-encoding gzip/br; load average ${loadavg()[0].toFixed(2)})`
	);
	// What `npm start` runs: scripts/server.js (build/handler.js behind the security headers and the
	// response cache's fast path), so the static asset and the pages go through the same server.
	const app = await startServer({ entry: 'scripts/server.js' });
	const bare = await startServer({ args: ['-e', BARE_SERVER], entry: '', probe: '/' });
	try {
		const detail = (await fetch(`${app.url}/cities/malmo`)).status === 200 ? '/cities/malmo' : null;
		if (!detail)
			console.log(
				'(/cities/malmo answers 404 in this build: detail pages have not landed; measuring /api/cities/malmo instead)'
			);
		const asset = immutableAsset();
		const targets: [string, string][] = [
			['bare node:http, fixed 24-byte buffer', `${bare.url}/`],
			[`static ${asset.split('/').pop()} (sirv, same server)`, `${app.url}${asset}`],
			['static /robots.txt (sirv, same server)', `${app.url}/robots.txt`],
			['/ (SSR explorer page)', `${app.url}/`],
			[
				detail ? '/cities/malmo (SSR detail page)' : '/api/cities/malmo (JSON detail)',
				`${app.url}${detail ?? '/api/cities/malmo'}`
			],
			['/api/search?q=munich', `${app.url}/api/search?q=munich`]
		];
		// Warm up each target briefly so JIT and caches are in the steady state.
		for (const [, url] of targets)
			await autocannon({ url, connections: 4, duration: 1, headers: HEADERS });
		const results: Measured[] = [];
		for (const [label, url] of targets) results.push(await measure(label, url, 10, seconds));
		const staticAsset = results[1];
		const bareR = results[0];
		console.log(
			'\nratios (req/s of each / req/s of the static asset from the same server; and / bare node):'
		);
		for (const r of results.slice(3)) {
			console.log(
				`  ${r.label.padEnd(42)} ${(r.rps / staticAsset.rps).toFixed(2)}x static asset, ${(r.rps / bareR.rps).toFixed(2)}x bare node; p99 ${r.p99} ms vs ${staticAsset.p99} ms`
			);
			rows.push({
				section: 'server',
				name: r.label,
				value: `${r.rps.toFixed(0)} req/s, p99 ${r.p99} ms (${(r.rps / staticAsset.rps).toFixed(2)}x static)`
			});
		}
		rows.unshift(
			{
				section: 'server',
				name: 'baseline: static asset (same server)',
				value: `${staticAsset.rps.toFixed(0)} req/s, p99 ${staticAsset.p99} ms`
			},
			{
				section: 'server',
				name: 'baseline: bare node:http',
				value: `${bareR.rps.toFixed(0)} req/s, p99 ${bareR.p99} ms`
			}
		);

		console.log(`\n## Load (100 connections x ${load} s)`);
		const paths = searchPaths();
		const l1 = await measure(
			`/api/search, ${paths.length} varying queries`,
			app.url,
			100,
			load,
			paths
		);
		const l2 = await measure('/', `${app.url}/`, 100, load);
		for (const l of [l1, l2]) {
			rows.push({
				section: 'load',
				name: `${l.label} (100 conn, ${load} s)`,
				value: `${l.rps.toFixed(0)} req/s, p99 ${l.p99} ms, errors ${l.errors + l.timeouts}, non-2xx ${l.non2xx}`,
				target: `errors 0: ${l.errors + l.timeouts === 0 && l.non2xx === 0 ? 'met' : 'MISSED'}`
			});
		}
	} finally {
		await Promise.all([app.stop(), bare.stop()]);
	}
	return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	// --load-seconds=600 turns the load phase into a soak run.
	const soak =
		Number(process.argv.find((a) => a.startsWith('--load-seconds='))?.slice(15)) || undefined;
	await benchServer({ quick: process.argv.includes('--quick'), loadSeconds: soak });
}
