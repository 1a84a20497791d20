// Starts and stops the built app (or a bare baseline server) on 127.0.0.1 for benchmarks and fuzzing.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const srv = createServer();
		srv.once('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address() as { port: number };
			srv.close(() => resolve(port));
		});
	});
}

/** Builds the app when build/ is missing. */
export function ensureBuild(): void {
	if (existsSync('build/index.js')) return;
	console.log('build/ missing: running npm run build ...');
	const r = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) throw new Error('npm run build failed');
}

export interface Running {
	url: string;
	port: number;
	child: ChildProcess;
	output: () => string;
	stop: () => Promise<void>;
}

/**
 * Runs `node <entry>` (build/index.js by default) on 127.0.0.1 and waits until `probe` answers.
 * The child is killed by its own pid in stop(), and on exit of this process.
 */
export async function startServer(
	opts: {
		entry?: string;
		args?: string[];
		env?: Record<string, string>;
		probe?: string;
		timeoutMs?: number;
	} = {}
): Promise<Running> {
	const port = await freePort();
	const url = `http://127.0.0.1:${port}`;
	let out = '';
	const child = spawn(
		process.execPath,
		[...(opts.args ?? []), ...(opts.entry === '' ? [] : [opts.entry ?? 'build/index.js'])],
		{
			env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: url, ...opts.env },
			stdio: ['ignore', 'pipe', 'pipe']
		}
	);
	child.stdout!.on('data', (d) => (out += d));
	child.stderr!.on('data', (d) => (out += d));
	const kill = () => child.exitCode === null && child.kill('SIGTERM');
	process.once('exit', kill);
	const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
	for (;;) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${out}`);
		try {
			const res = await fetch(url + (opts.probe ?? '/api/search?q='), {
				signal: AbortSignal.timeout(2000)
			});
			await res.arrayBuffer();
			if (res.status < 500) break;
		} catch {
			// not up yet
		}
		if (Date.now() > deadline) {
			kill();
			throw new Error(`server did not answer within ${opts.timeoutMs ?? 30_000} ms:\n${out}`);
		}
		await new Promise((r) => setTimeout(r, 150));
	}
	return {
		url,
		port,
		child,
		output: () => out,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once('exit', () => resolve());
				child.kill('SIGTERM');
				setTimeout(() => child.exitCode === null && child.kill('SIGKILL'), 5000).unref();
			})
	};
}

/** A bare node:http server returning a fixed buffer: the floor any app server is compared with. */
export const BARE_SERVER = `
const http = require('node:http');
const body = Buffer.from('User-agent: *\\nAllow: /\\n');
http.createServer((req, res) => { res.writeHead(200, { 'content-type': 'text/plain', 'content-length': body.length }); res.end(body); })
	.listen(Number(process.env.PORT), '127.0.0.1');
`;
