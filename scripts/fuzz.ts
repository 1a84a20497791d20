// Bounded fuzz run against the built app on 127.0.0.1: a few thousand hostile and random query
// strings, path segments and parameters to the pages and the API. Fails (exit 1) on any 5xx, any
// request slower than the per-request bound, or an API error that is not JSON with an `error` field.
//   npx tsx scripts/fuzz.ts [--count=3000] [--random=600] [--seed=7] [--url=http://127.0.0.1:PORT]
import { request } from 'node:http';
import { pathToFileURL } from 'node:url';
import { ensureBuild, startServer } from './serve';
import { hostileUrls } from './hostile-strings';
import { rng } from './synthetic';

const PER_REQUEST_MS = 10_000;
const CONCURRENCY = 6;

interface Outcome {
	path: string;
	status: number;
	ms: number;
	problem: string | null;
}

function get(base: string, path: string): Promise<Outcome> {
	const t0 = performance.now();
	return new Promise((resolve) => {
		const u = new URL(base);
		const req = request(
			{
				host: u.hostname,
				port: u.port,
				path,
				method: 'GET',
				headers: { 'accept-encoding': 'identity' }
			},
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => {
					const status = res.statusCode ?? 0;
					const ms = performance.now() - t0;
					let problem: string | null = status >= 500 ? `HTTP ${status}` : null;
					if (
						!problem &&
						path.startsWith('/api/') &&
						status >= 400 &&
						status !== 431 &&
						status !== 414
					) {
						try {
							const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
							if (typeof body?.error !== 'string') problem = `API ${status} without an error field`;
						} catch {
							problem = `API ${status} is not JSON`;
						}
					}
					if (!problem && ms > PER_REQUEST_MS) problem = `slow: ${ms.toFixed(0)} ms`;
					resolve({ path, status, ms, problem });
				});
			}
		);
		req.setTimeout(PER_REQUEST_MS, () => req.destroy(new Error('timeout')));
		req.on('error', (err) => {
			// Node refuses request heads over 16 KB (431); it may reset the socket before we read that.
			const tooLong = path.length > 16_000 && /ECONNRESET|EPIPE/.test(err.message);
			resolve({
				path,
				status: tooLong ? 431 : 0,
				ms: performance.now() - t0,
				problem: tooLong ? null : `no answer: ${err.message}`
			});
		});
		req.end();
	});
}

function arg(name: string, fallback: string): string {
	return (
		process.argv
			.find((a) => a.startsWith(`--${name}=`))
			?.split('=')
			.slice(1)
			.join('=') ?? fallback
	);
}

export async function fuzz({
	count = 3000,
	random = 600,
	seed = 7,
	base
}: { count?: number; random?: number; seed?: number; base?: string } = {}) {
	let server: Awaited<ReturnType<typeof startServer>> | null = null;
	if (!base) {
		ensureBuild();
		server = await startServer();
		base = server.url;
	}
	try {
		// Every fixed case shuffled (seeded), cut to `count`, plus `random` random ones.
		const fixed = hostileUrls({ fixed: true });
		const rand = rng(seed);
		for (let i = fixed.length - 1; i > 0; i--) {
			const j = Math.floor(rand() * (i + 1));
			[fixed[i], fixed[j]] = [fixed[j], fixed[i]];
		}
		const urls = [
			...fixed.slice(0, Math.max(0, count - random)),
			...hostileUrls({ fixed: false, random, seed })
		];
		console.log(
			`\n## Fuzz: ${urls.length} requests (${fixed.length} fixed cases available, ${random} random; seed ${seed}) to ${base}, ${CONCURRENCY} at a time, ${PER_REQUEST_MS} ms bound each`
		);
		const outcomes: Outcome[] = [];
		let next = 0;
		const t0 = performance.now();
		await Promise.all(
			Array.from({ length: CONCURRENCY }, async () => {
				while (next < urls.length) outcomes.push(await get(base!, urls[next++]));
			})
		);
		const seconds = (performance.now() - t0) / 1000;
		const histogram = new Map<number, number>();
		for (const o of outcomes) histogram.set(o.status, (histogram.get(o.status) ?? 0) + 1);
		const worst = [...outcomes].sort((a, b) => b.ms - a.ms).slice(0, 3);
		const problems = outcomes.filter((o) => o.problem);
		console.log(
			`sent ${outcomes.length} in ${seconds.toFixed(1)} s; statuses: ${[...histogram]
				.sort((a, b) => a[0] - b[0])
				.map(([s, n]) => `${s}: ${n}`)
				.join(', ')}`
		);
		console.log(
			`worst latency: ${worst.map((w) => `${w.ms.toFixed(0)} ms (${w.status} ${w.path.slice(0, 70)}${w.path.length > 70 ? '...' : ''})`).join('; ')}`
		);
		for (const p of problems.slice(0, 20))
			console.log(`  PROBLEM ${p.problem}: ${p.path.slice(0, 160)}`);
		console.log(
			problems.length
				? `${problems.length} problem(s)`
				: 'no 5xx, no hang, every API error is JSON with an error field'
		);
		return {
			count: outcomes.length,
			problems: problems.length,
			worstMs: worst[0]?.ms ?? 0,
			histogram,
			seconds,
			serverOutput: server?.output() ?? ''
		};
	} finally {
		await server?.stop();
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const r = await fuzz({
		count: Number(arg('count', '3000')),
		random: Number(arg('random', '600')),
		seed: Number(arg('seed', '7')),
		base: process.argv.find((a) => a.startsWith('--url='))?.slice(6)
	});
	if (r.problems && r.serverOutput)
		console.log(`\nserver output (last 3000 chars):\n${r.serverOutput.slice(-3000)}`);
	process.exit(r.problems ? 1 : 0);
}
