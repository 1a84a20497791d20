// `npm start`: builds when the build is missing or older than the sources, then serves on PORT (3000).
import { existsSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync, spawn } from 'node:child_process';

const SOURCES = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package.json'];

function newest(path) {
	const s = statSync(path);
	if (!s.isDirectory()) return s.mtimeMs;
	return Math.max(s.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

const built = existsSync('build/index.js') ? statSync('build/index.js').mtimeMs : 0;
if (!built || SOURCES.some((p) => existsSync(p) && newest(p) > built)) {
	console.log('Building Cities Mission Explorer...');
	const r = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
	if (r.status !== 0) process.exit(r.status ?? 1);
}

const env = { ...process.env };
env.PORT ??= '3000';
const host = env.HOST && env.HOST !== '0.0.0.0' ? env.HOST : 'localhost';
console.log(`Starting on http://${host}:${env.PORT}`);
// scripts/server.js serves build/handler.js with security headers on every response, static files included.
const child = spawn(process.execPath, ['scripts/server.js'], { stdio: 'inherit', env });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
