import type { PageServerLoad } from './$types';
import { mapRecords, recordContext } from '$lib/server/detail';
import { countryName, m, message } from '$lib/messages';

const SITE_ROLES = ['pilot', 'demonstrator', 'replicator', 'other', null] as const;
/** Partner types in the order the page groups them, each named in the page's language. */
const PARTNER_TYPES = ['city', 'research', 'company', 'ngo', 'public-body', 'network', 'other'];

export const load: PageServerLoad = ({ params }) => {
	const { d, r, record: project, themes } = recordContext('project', params.id);
	const sites = r.sitesOfProject.get(project.id) ?? [];
	const partners = r.partnersOfProject.get(project.id) ?? [];
	const coordinator = partners.find((p) => p.role === 'coordinator');

	const byCountry = new Map<string, typeof partners>();
	for (const p of partners) {
		const key = p.partner.country ?? '';
		byCountry.set(key, [...(byCountry.get(key) ?? []), p]);
	}
	const partnerGroups = [...byCountry]
		.map(([code, list]) => ({
			code,
			name: code ? countryName(code) : m.country_not_known(),
			types: PARTNER_TYPES.map((kind) => ({
				kind,
				label: message(`record_ptype_group_${kind}`, kind),
				partners: list
					.filter((p) => p.partner.kind === kind)
					.map((p) => ({
						id: p.partner.id,
						name: p.partner.name,
						role: p.role,
						lowConfidence: p.confidence === 'low',
						sources: p.sources
					}))
					.sort((a, b) =>
						a.role === b.role
							? a.name.localeCompare(b.name, 'en')
							: a.role === 'coordinator'
								? -1
								: 1
					)
			})).filter((t) => t.partners.length)
		}))
		.sort((a, b) => (!a.code ? 1 : !b.code ? -1 : a.name.localeCompare(b.name, 'en')));

	return {
		project,
		coordinatorId: coordinator?.partner.id ?? null,
		themes: themes(project.themes),
		sitesByRole: SITE_ROLES.map((role) => ({
			role,
			cities: sites
				.filter((s) => s.role === role)
				.map((s) => ({
					id: s.city.id,
					name: s.city.name,
					country: s.city.country,
					sources: s.sources
				}))
		})).filter((g) => g.cities.length),
		siteCount: sites.length,
		partnerCount: partners.length,
		partnerCountries: byCountry.size - (byCountry.has('') ? 1 : 0),
		lowConfidenceCount: partners.filter((p) => p.confidence === 'low').length,
		partnerGroups,
		mapRecords: mapRecords(d, `project:${project.id}`)
	};
};
