// Page weight of / as the server serves it: the HTML (with its inlined data), every script, module
// preload and stylesheet it names, the chunks those import lazily, and the basemap asset; raw, gzip
// and brotli bytes as received. Shared by scripts/bench-page.ts and tests/e2e/budget.e2e.ts.
import { request } from 'node:http';
import { existsSync, readdirSync } from 'node:fs';

export type Encoding = 'identity' | 'gzip' | 'br';
export type Category =
	'html' | 'data' | 'js' | 'lazy-js' | 'css' | 'basemap' | 'lazy-basemap' | 'font';

export interface Asset {
	path: string;
	category: Category;
	bytes: Record<Encoding, number>;
}

/** Bytes on the wire for one path and encoding (node:http, so nothing is decompressed for us). */
export function servedBytes(
	base: string,
	path: string,
	encoding: Encoding
): Promise<{ status: number; bytes: number; body: Buffer; encoding: string; link: string }> {
	return new Promise((resolve, reject) => {
		const req = request(
			new URL(path, base),
			{ headers: { 'accept-encoding': encoding } },
			(res) => {
				const chunks: Buffer[] = [];
				res.on('data', (c: Buffer) => chunks.push(c));
				res.on('end', () => {
					const body = Buffer.concat(chunks);
					resolve({
						status: res.statusCode ?? 0,
						bytes: body.length,
						body,
						encoding: String(res.headers['content-encoding'] ?? 'identity'),
						link: String(res.headers.link ?? '')
					});
				});
				res.on('error', reject);
			}
		);
		req.setTimeout(15_000, () => req.destroy(new Error(`timeout fetching ${path}`)));
		req.on('error', reject);
		req.end();
	});
}

async function measureAsset(base: string, path: string, category: Category): Promise<Asset> {
	const bytes = {} as Record<Encoding, number>;
	for (const enc of ['identity', 'gzip', 'br'] as Encoding[])
		bytes[enc] = (await servedBytes(base, path, enc)).bytes;
	return { path, category, bytes };
}

/**
 * Files in the client build that look like the basemap (TopoJSON): `basemap` is what the first view
 * fetches (the coarse level), `lazy-basemap` what is fetched only when zoomed in (the fine level).
 */
export function basemapAssets(
	clientDir = 'build/client/_app/immutable/assets'
): { path: string; category: 'basemap' | 'lazy-basemap' }[] {
	if (!existsSync(clientDir)) return [];
	return readdirSync(clientDir)
		.filter((f) => /(countries|land|world|atlas|basemap|topo)/i.test(f) && !/\.(br|gz)$/.test(f))
		.map((f) => ({
			path: `/_app/immutable/assets/${f}`,
			category: /fine/i.test(f) ? 'lazy-basemap' : 'basemap'
		}));
}

const abs = (from: string, href: string) => new URL(href, new URL(from, 'http://x/')).pathname;

/**
 * Everything / loads, measured. The inline data (SvelteKit's hydration script) is reported as
 * `data` by its share of the HTML, so `html` + `data` together are the document as served.
 */
export async function pageWeight(base: string, page = '/'): Promise<Asset[]> {
	const doc = await servedBytes(base, page, 'identity');
	const html = doc.body.toString('utf8');
	const assets: Asset[] = [];
	const docAsset = await measureAsset(base, page, 'html');
	// The data SvelteKit inlines for hydration: the biggest inline <script> (no src).
	const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
		(m) => m[1]
	);
	const dataText = inline.sort((a, b) => b.length - a.length)[0] ?? '';
	const share = html.length ? dataText.length / html.length : 0;
	const dataAsset: Asset = {
		path: `${page} (inline data)`,
		category: 'data',
		bytes: { identity: 0, gzip: 0, br: 0 }
	};
	for (const enc of ['identity', 'gzip', 'br'] as Encoding[]) {
		dataAsset.bytes[enc] = Math.round(docAsset.bytes[enc] * share);
		docAsset.bytes[enc] -= dataAsset.bytes[enc];
	}
	assets.push(docAsset, dataAsset);

	const seen = new Set<string>();
	const queue: { path: string; category: Category }[] = [];
	const add = (path: string, category: Category) => {
		if (seen.has(path)) return;
		seen.add(path);
		queue.push({ path, category });
	};
	// SvelteKit lists the modules the page needs in the Link header (modulepreload) and imports the
	// entries from the bootstrap script; both are what / loads before it is interactive.
	for (const m of doc.link.matchAll(
		/<([^>]+)>;\s*rel="(modulepreload|preload)"(?:;\s*as="(\w+)")?/g
	)) {
		if (m[2] === 'modulepreload') add(abs(page, m[1]), 'js');
		else if (m[3] === 'style') add(abs(page, m[1]), 'css');
	}
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		if (!href || /^https?:/.test(href)) continue;
		if (/rel="modulepreload"/.test(tag)) add(abs(page, href), 'js');
		else if (/rel="stylesheet"/.test(tag)) add(abs(page, href), 'css');
	}
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) add(abs(page, m[1]), 'js');
	// The bootstrap script imports start and app entries by path.
	for (const m of html.matchAll(/import\(["'`]([^"'`]+\.js)["'`]\)/g)) add(abs(page, m[1]), 'js');
	// Follow imports inside JS: static imports stay in their category, dynamic ones become lazy-js.
	for (let i = 0; i < queue.length; i++) {
		const { path, category } = queue[i];
		const text = (await servedBytes(base, path, 'identity')).body.toString('utf8');
		if (path.endsWith('.css')) {
			// Fonts are declared per unicode range; the browser fetches only the subsets a page uses.
			for (const m of text.matchAll(/url\(["']?([^"')]+\.woff2?)["']?\)/g))
				add(abs(path, m[1]), 'font');
			continue;
		}
		if (!path.endsWith('.js')) continue;
		const Q = '["\'`]';
		for (const m of text.matchAll(
			new RegExp(`(?:from\\s*|import\\s*)${Q}(\\.{1,2}/[^"'\`]+\\.js)${Q}`, 'g')
		))
			add(abs(path, m[1]), category);
		for (const m of text.matchAll(
			new RegExp(`import\\(\\s*${Q}(\\.{1,2}/[^"'\`]+\\.js)${Q}\\s*\\)`, 'g')
		))
			add(abs(path, m[1]), 'lazy-js');
		// Vite's preload map names the CSS of lazily loaded chunks.
		for (const m of text.matchAll(/"(\.{1,2}\/[^"]+\.css)"/g))
			add(abs(path, m[1]), category === 'lazy-js' ? 'lazy-js' : 'css');
	}
	for (const q of queue) assets.push(await measureAsset(base, q.path, q.category));
	for (const b of basemapAssets()) assets.push(await measureAsset(base, b.path, b.category));
	return assets;
}

/** Sums per category and encoding. */
export function totals(
	assets: Asset[]
): Record<Category, Record<Encoding, number> & { files: number }> {
	const out = {} as Record<Category, Record<Encoding, number> & { files: number }>;
	for (const a of assets) {
		const t = (out[a.category] ??= { identity: 0, gzip: 0, br: 0, files: 0 });
		t.files++;
		for (const e of ['identity', 'gzip', 'br'] as Encoding[]) t[e] += a.bytes[e];
	}
	return out;
}

export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
