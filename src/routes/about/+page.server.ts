import type { PageServerLoad } from './$types';
import { dataset } from '$lib/server/dataset';
import { datasetStats } from '$lib/data/stats';
import * as match from '$lib/data/match';
import { env } from '$env/dynamic/private';
import { correctionsContact } from '$lib/server/corrections';
import { statusJson } from '$lib/server/status';

/** Domains cited by the records, most cited first (cities, pilots, projects and labels). */
function sourceDomains(urls: string[]): { domain: string; count: number }[] {
	const counts = new Map<string, number>();
	for (const url of urls) {
		try {
			const domain = new URL(url).hostname.replace(/^www\./, '');
			counts.set(domain, (counts.get(domain) ?? 0) + 1);
		} catch {
			// the schema only lets valid URLs in; skip anything else
		}
	}
	return [...counts]
		.map(([domain, count]) => ({ domain, count }))
		.sort((a, b) => b.count - a.count || (a.domain < b.domain ? -1 : 1));
}

export const load: PageServerLoad = ({ setHeaders }) => {
	// The data status below changes with every reload attempt, also a rejected one that leaves the
	// data (and so the response cache) as it was: this page is never kept.
	setHeaders({ 'cache-control': 'no-store' });
	const d = dataset();
	const { data } = d;
	const urls = [
		...data.cities.flatMap((c) => [...c.sources, ...(c.mission?.label?.sources ?? [])]),
		...data.pilots.flatMap((p) => p.sources),
		...data.projects.flatMap((p) => p.sources)
	];
	const domains = sourceDomains(urls);
	return {
		meta: data.meta,
		corrections: correctionsContact(env),
		status: statusJson(d),
		stats: datasetStats(data),
		domains: domains.slice(0, 25),
		domainCount: domains.length,
		sourceCount: new Set(urls).size,
		noCountry: data.partners.filter((p) => !p.country).map((p) => ({ id: p.id, name: p.name })),
		noCoordinates: data.partners
			.filter((p) => p.lat === null || p.lon === null)
			.map((p) => ({ id: p.id, name: p.name })),
		incomplete: data.projects
			.filter((p) => !p.partnersComplete)
			.map((p) => ({
				id: p.id,
				name: p.acronym,
				reported: p.consortiumSizeReported,
				listed: p.partners.length
			})),
		labelUnknown: data.cities
			.filter((c) => c.mission && c.mission.label === null)
			.map((c) => ({ id: c.id, name: c.name })),
		lowConfidence: data.cities
			.filter((c) => c.confidence !== 'high')
			.map((c) => ({ id: c.id, name: c.name, confidence: c.confidence })),
		weights: match.MATCH_SCORING
	};
};
