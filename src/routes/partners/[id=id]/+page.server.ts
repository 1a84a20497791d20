import type { PageServerLoad } from './$types';
import { mapRecords, recordContext } from '$lib/server/detail';
import { coPartners } from '$lib/data/relations';
import { countryName } from '$lib/messages';
import { readerNotes } from '$lib/data/notes';

export const load: PageServerLoad = ({ params }) => {
	const { d, r, record: partner, themes } = recordContext('partner', params.id);
	return {
		partner,
		/** Only notes for readers: per-project editor notes ("gkec: confidence low") stay in the data. */
		notes: readerNotes(partner.notes, new Set(d.data.projects.map((p) => p.id))),
		countryName: partner.country ? countryName(partner.country) : null,
		cityRecord: partner.cityId ? (r.cityById.get(partner.cityId)?.name ?? null) : null,
		projects: (r.projectsOfPartner.get(partner.id) ?? []).map((p) => ({
			id: p.project.id,
			acronym: p.project.acronym,
			title: p.project.title,
			role: p.role,
			lowConfidence: p.confidence === 'low',
			note: p.note,
			sources: p.sources
		})),
		coPartners: coPartners(r, partner.id).map((c) => ({
			id: c.partner.id,
			name: c.partner.name,
			country: c.partner.country,
			shared: c.shared.map((p) => p.acronym)
		})),
		themes: themes(r.themesOfPartner.get(partner.id) ?? []),
		/** Where a partner has no sources of its own, those of its projects say where it was found. */
		ownSources: partner.sources.length > 0,
		sources: partner.sources.length
			? partner.sources
			: [
					...new Set((r.projectsOfPartner.get(partner.id) ?? []).flatMap((p) => p.project.sources))
				].slice(0, 20),
		mapRecords: mapRecords(d, `partner:${partner.id}`)
	};
};
