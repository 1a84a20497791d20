// `npm run bench`: every figure of the quality bars, printed, never asserted. In order: search +
// filter per keystroke (1x/10x/100x) and search quality; server throughput beside static baselines and
// the load phase; page weight and time to interactive of /; map markers. Then one summary table.
//   npm run bench                       everything (about 5 minutes on 2 cores)
//   npm run bench -- --only=search      one part: search, server, page, typing, map, import, lighthouse, reload,
//                                       cluster (comma list allowed; cluster needs nginx, else it is
//                                       skipped, and fails only when asked for by name)
//   npm run bench -- --quick            shorter server runs and 1x/10x search only
import { cpus, loadavg } from 'node:os';
import { benchSearch, type Row } from './bench-search';
import { benchServer } from './bench-server';
import { benchPage } from './bench-page';
import { benchMap } from './bench-map';
import { benchTyping } from './bench-typing';
import { benchImport } from './bench-import';
import { benchLighthouse } from './bench-lighthouse';
import { benchCluster, benchReload } from './bench-cluster';

const only = process.argv
	.find((a) => a.startsWith('--only='))
	?.slice(7)
	.split(',');
const quick = process.argv.includes('--quick');
const parts: [string, () => Promise<Row[]>][] = [
	['search', () => benchSearch(quick ? [1, 10] : [1, 10, 100])],
	['server', () => benchServer({ quick })],
	['page', () => benchPage({ runs: quick ? 1 : 3 })],
	['typing', () => benchTyping()],
	['map', () => benchMap()],
	['import', () => benchImport()],
	['lighthouse', () => benchLighthouse(quick ? { runs: 1 } : {})],
	['reload', () => benchReload({ quick })],
	['cluster', () => benchCluster({ quick, required: !!only?.includes('cluster') })]
];

console.log(
	`Cities Mission Explorer bench: ${new Date().toISOString()}, node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), load average ${loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')}`
);
const rows: Row[] = [];
for (const [name, run] of parts) {
	if (only && !only.includes(name)) continue;
	try {
		rows.push(...(await run()));
	} catch (err) {
		console.error(`\n${name}: failed: ${(err as Error).stack ?? err}`);
		// The failover and reload checks are pass/fail; the other parts only print figures.
		if (name === 'reload' || name === 'cluster') process.exitCode = 1;
		rows.push({ section: name, name: 'failed', value: (err as Error).message.split('\n')[0] });
	}
}

console.log('\n## Summary');
const w1 = Math.max(...rows.map((r) => r.section.length), 7);
const w2 = Math.max(...rows.map((r) => r.name.length), 10);
for (const r of rows)
	console.log(
		`${r.section.padEnd(w1)}  ${r.name.padEnd(w2)}  ${r.value}${r.target ? `   [${r.target}]` : ''}`
	);
console.log(
	`\nload average after: ${loadavg()
		.map((l) => l.toFixed(2))
		.join(' ')} (figures from a shared machine are noisy: compare runs made under similar load)`
);
