// No hard-coded UI text: a server started with I18N_PSEUDO=1 wraps every message in ⟦…⟧, and each
// page kind, rendered without JavaScript, may show no other words than data (names, record text,
// marked lang="en" or found in data/) and dates from Intl. Each test lists the words left over, so
// the extraction into messages/ can be finished from its report.
import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { COUNTRY_NAMES } from '../../src/lib/data/schema';

const PORT = Number(process.env.E2E_PORT ?? 4300) + 1;

// One worker runs this file: it starts the pseudo-locale server once and stops it after the last page.
test.describe.configure({ mode: 'default' });
const BASE = `http://127.0.0.1:${PORT}`;

/** Every string in data/: what a page may show unwrapped (record text whole, names anywhere). */
function dataStrings(): string[] {
	const out: string[] = Object.values(COUNTRY_NAMES);
	const walk = (v: unknown): void => {
		if (typeof v === 'string') out.push(v);
		else if (Array.isArray(v)) v.forEach(walk);
		else if (v && typeof v === 'object') Object.values(v).forEach(walk);
	};
	for (const f of readdirSync('data').filter((f) => f.endsWith('.json')))
		walk(JSON.parse(readFileSync(`data/${f}`, 'utf8')));
	return [...new Set(out)];
}
const DATA = dataStrings();
const WHOLE = new Set(DATA);
/** All data text in one string, for texts cut from it (a description made from a summary). */
const JOINED = DATA.join('\n');
/** A link's text that is its URL or host (sources: "netzerocities.eu/…"). */
const URL_TEXT = /^[\w.-]+\.[a-z]{2,}(\/\S*)?$/i;
/** Names and short values (not long text, whose words would excuse anything), longest first. */
const NAMES = DATA.filter((d) => d.length >= 2 && d.length <= 80 && /\p{Lu}/u.test(d)).sort(
	(a, b) => b.length - a.length
);
/** Dates and months as Intl writes them in English ("2 Dec 2026", "March 2024"). */
const INTL_DATE =
	/\b(\d{1,2} )?(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*( \d{4})?\b/g;

/** The words of a text that are neither inside ⟦…⟧ nor data nor a date, or null. */
function leftover(text: string): string | null {
	if (WHOLE.has(text) || URL_TEXT.test(text)) return null;
	if (text.length > 40 && JOINED.includes(text.replace(/…$/, ''))) return null;
	let rest = text;
	for (let prev = ''; prev !== rest;) {
		prev = rest;
		rest = rest.replace(/⟦[^⟦⟧]*⟧/g, '\u0000');
	}
	// Record text cut to fit beside a message (a meta description made from a summary) is data too.
	rest = rest
		.split('\u0000')
		.filter((part) => {
			const cut = part.trim().replace(/[…,.;:]+$/, '');
			return !(cut.length > 40 && JOINED.includes(cut));
		})
		.join(' ');
	if (!/\p{L}/u.test(rest)) return null;
	for (const name of NAMES)
		if (rest.includes(name))
			rest = rest.replace(
				new RegExp(
					`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
					'gu'
				),
				' '
			);
	rest = rest.replace(INTL_DATE, ' ').replace(/\s+/g, ' ').trim();
	return /\p{L}/u.test(rest) ? rest.replace(/\d+/g, '#') : null;
}

let server: ChildProcess | null = null;

test.beforeAll(async () => {
	test.setTimeout(60_000);
	const up = () =>
		fetch(`${BASE}/api/search?q=`).then(
			(r) => r.ok,
			() => false
		);
	if (await up()) return; // a pseudo server started by hand is reused
	server = spawn(process.execPath, ['scripts/server.js'], {
		env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', ORIGIN: BASE, I18N_PSEUDO: '1' },
		stdio: 'ignore'
	});
	for (let i = 0; i < 100 && !(await up()); i++) await new Promise((r) => setTimeout(r, 300));
});
test.afterAll(() => {
	server?.kill();
});

test.use({ javaScriptEnabled: false });

const PAGES = [
	'/',
	'/cities/malmo',
	'/pilots/c1-leuven',
	'/projects/netzerocities',
	'/partners/iclei-european-secretariat',
	'/about',
	'/overview',
	'/match?city=lund',
	'/compare?cities=malmo,lund',
	'/synergies',
	'/list?items=city:malmo,project:up2030',
	'/kiosk',
	'/no-such-page'
];

for (const path of PAGES)
	test(`pseudo-locale: ${path} shows no text outside messages`, async ({ page }) => {
		await page.goto(`${BASE}${path}`);
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		const found = await page.evaluate(() => {
			const out: { where: string; text: string }[] = [];
			const skip = (el: Element | null) =>
				!!el?.closest('script, style, noscript, svg, [lang]:not(html), .leaflet-container');
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const text = n.textContent?.trim() ?? '';
				if (text && !skip(n.parentElement))
					out.push({ where: n.parentElement!.tagName.toLowerCase(), text });
			}
			for (const el of document.querySelectorAll(
				'[aria-label], [title], [placeholder], [alt], meta[name=description], meta[property^="og:"]'
			)) {
				if (skip(el) && el.tagName !== 'META') continue;
				for (const a of ['aria-label', 'title', 'placeholder', 'alt', 'content'])
					if (
						el.hasAttribute(a) &&
						!(el.tagName === 'META' && /url|type|locale/.test(el.getAttribute('property') ?? ''))
					)
						out.push({ where: `${el.tagName.toLowerCase()}[${a}]`, text: el.getAttribute(a)! });
			}
			out.push({ where: 'title', text: document.title });
			return out;
		});
		const left = found
			.map((f) => ({ ...f, left: leftover(f.text) }))
			.filter((f) => f.left)
			.map((f) => `${f.where}: ${f.left}`);
		const unique = [...new Set(left)];
		if (unique.length)
			console.log(
				`\n${path}: ${unique.length} text(s) outside messages:\n  ${unique.join('\n  ')}`
			);
		expect(unique, `text outside messages on ${path}`).toEqual([]);
	});
