// Server-only: the few extra facts a kiosk record card shows (a short summary and external links),
// trimmed so the kiosk page stays small and works offline from one cached response.
import type { Dataset } from '../data/schema';

export interface KioskLink {
	label: string;
	url: string;
}
export interface KioskDetail {
	summary: string | null;
	links: KioskLink[];
}

const MAX_SUMMARY = 320;
const MAX_LINKS = 3;

function trimSummary(text: string | null | undefined): string | null {
	if (!text) return null;
	return text.length > MAX_SUMMARY
		? `${text.slice(0, MAX_SUMMARY - 1).replace(/\s+\S*$/, '')}…`
		: text;
}

function host(url: string): string {
	try {
		return new URL(url).hostname.replace(/^www\./, '');
	} catch {
		return url;
	}
}

function links(main: { label: string; url: string | null } | null, sources: string[]): KioskLink[] {
	const out: KioskLink[] = [];
	if (main?.url) out.push({ label: main.label, url: main.url });
	for (const url of sources)
		if (!out.some((l) => l.url === url)) out.push({ label: `Source: ${host(url)}`, url });
	return out.slice(0, MAX_LINKS);
}

/** Summary and links by record key ("city:malmo"). */
export function kioskDetails(data: Dataset): Record<string, KioskDetail> {
	const out: Record<string, KioskDetail> = {};
	for (const c of data.cities)
		out[`city:${c.id}`] = { summary: null, links: links(null, c.sources) };
	for (const p of data.pilots)
		out[`pilot:${p.id}`] = {
			summary: trimSummary(p.summary),
			links: links({ label: 'Pilot page', url: p.url }, p.sources)
		};
	for (const p of data.projects) {
		const summary = [p.title, p.summary].filter(Boolean).join(': ');
		out[`project:${p.id}`] = {
			summary: trimSummary(summary),
			links: links({ label: 'Project website', url: p.website }, p.sources)
		};
	}
	// Partners carry no summary or links of their own: their card lists their projects instead.
	for (const p of data.partners) out[`partner:${p.id}`] = { summary: null, links: [] };
	return out;
}
