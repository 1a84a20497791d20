import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import {
	buildRelations,
	coPartners,
	hasMissionLabel,
	isMissionCity,
	nearestCities
} from '../../../src/lib/data/relations';
import { pilotName } from '../../../src/lib/messages';
import type { City } from '../../../src/lib/data/schema';
import { FIXTURES, loadDataset } from '../helpers/data';

const data = loadDataset();
const r = buildRelations(data);
const ids = <T extends { id: string }>(list: T[] | undefined) => (list ?? []).map((x) => x.id);

describe('a city', () => {
	it.each([
		['munich', [['c3-climate-city-dash', 3, null]]],
		['krakow', [['c1-neest', 1, 'lead']]],
		['lodz', [['c1-neest', 1, 'partner']]],
		['malmo', [['c1-malmo', 1, null]]],
		['eindhoven-helmond', [['c1-netherlands', 1, 'partner']]],
		['berlin', []]
	])('%s has its pilots with cohort and role', (city, expected) => {
		const got = (r.pilotsOfCity.get(city) ?? []).map((p) => [p.pilot.id, p.pilot.cohort, p.role]);
		expect(got).toEqual(expected);
	});

	it.each([
		[
			'munich',
			[
				['ascend', 'demonstrator'],
				['metaccaze', 'demonstrator'],
				['sun4ukraine', 'other']
			]
		],
		['krakow', [['metaccaze', 'replicator']]],
		['malmo', [['netzerocities', 'pilot']]],
		['lodz', []]
	])('%s has its projects with role', (city, expected) => {
		const got = (r.projectsOfCity.get(city) ?? []).map((p) => [p.project.id, p.role]);
		expect(got).toEqual(expected);
	});

	it('has the partners located in it', () => {
		expect(ids(r.partnersInCity.get('munich'))).toEqual([
			'gwg-munchen',
			'helmholtz-munich-helmholtz-zentrum-munchen',
			'landeshauptstadt-munchen-city-of-munich',
			'munchner-gesellschaft-fur-stadterneuerung-mgs',
			'stadtwerke-munchen-swm',
			'technical-university-of-munich-tum'
		]);
		expect(r.partnersInCity.get('lodz')).toBeUndefined();
	});

	it.each([
		// c1-neest (buildings, energy, data-digital, governance-policy) + metaccaze (mobility, energy, data-digital), in themes.json order
		['krakow', ['energy', 'buildings', 'mobility', 'governance-policy', 'data-digital']],
		['lodz', ['energy', 'buildings', 'governance-policy', 'data-digital']],
		// c1-malmo + netzerocities
		[
			'malmo',
			[
				'energy',
				'buildings',
				'mobility',
				'waste-circular',
				'governance-policy',
				'finance',
				'citizen-engagement',
				'data-digital'
			]
		],
		['berlin', ['governance-policy', 'citizen-engagement', 'data-digital', 'other']], // a site of purepolis only
		['glasgow', []] // a Mission City with no pilot or project in the data
	])('%s has the themes of its pilots and projects', (city, themes) => {
		expect(r.themesOfCity.get(city)).toEqual(themes);
	});

	it('themes of every city are exactly the union of its pilots and projects, without repeats', () => {
		for (const city of data.cities) {
			const expected = new Set([
				...data.pilots
					.filter((p) => p.cities.some((c) => c.cityId === city.id))
					.flatMap((p) => p.themes),
				...data.projects
					.filter((p) => p.sites.some((s) => s.cityId === city.id))
					.flatMap((p) => p.themes)
			]);
			const got = r.themesOfCity.get(city.id)!;
			expect(new Set(got)).toEqual(expected);
			expect(got).toHaveLength(expected.size);
		}
	});
});

describe('both directions agree', () => {
	it('every pilot-city link appears on the pilot and on the city', () => {
		let links = 0;
		for (const pilot of data.pilots) {
			expect(r.citiesOfPilot.get(pilot.id)!.map((c) => c.city.id)).toEqual(
				pilot.cities.map((c) => c.cityId)
			);
			for (const { cityId, role } of pilot.cities) {
				expect(r.pilotsOfCity.get(cityId)).toContainEqual({ pilot, role });
				links++;
			}
		}
		expect([...r.pilotsOfCity.values()].flat()).toHaveLength(links);
	});

	it('every project-partner link appears on the project and on the partner', () => {
		let links = 0;
		for (const project of data.projects) {
			for (const { partnerId, role } of project.partners) {
				expect(
					r.projectsOfPartner.get(partnerId)!.some((p) => p.project === project && p.role === role)
				).toBe(true);
				links++;
			}
		}
		expect([...r.projectsOfPartner.values()].flat()).toHaveLength(links);
		expect([...r.partnersOfProject.values()].flat()).toHaveLength(links);
	});

	it('a site and a partner link keep their own sources, in both directions', () => {
		for (const project of data.projects) {
			for (const site of project.sites) {
				const onCity = r.projectsOfCity.get(site.cityId)!.find((p) => p.project === project)!;
				const onProject = r.sitesOfProject.get(project.id)!.find((s) => s.city.id === site.cityId)!;
				expect(onCity.sources).toEqual(site.sources);
				expect(onProject.sources).toEqual(site.sources);
			}
			for (const link of project.partners) {
				const onPartner = r.projectsOfPartner
					.get(link.partnerId)!
					.find((p) => p.project === project)!;
				const onProject = r.partnersOfProject
					.get(project.id)!
					.find((p) => p.partner.id === link.partnerId)!;
				expect(onPartner.sources).toEqual(link.sources);
				expect(onProject.sources).toEqual(link.sources);
			}
		}
		expect(data.projects.some((p) => p.sites.some((s) => s.sources.length))).toBe(true);
	});
});

describe('a partner', () => {
	it('has its projects with role and confidence', () => {
		const got = r.projectsOfPartner
			.get('technical-university-of-munich-tum')!
			.map((p) => [p.project.id, p.role, p.confidence]);
		expect(got).toEqual([
			['ascend', 'partner', 'low'],
			['metaccaze', 'partner', 'high']
		]);
		expect(r.projectsOfPartner.get('cartif')!.map((p) => [p.project.id, p.role])).toEqual([
			['neutralpath', 'coordinator'],
			['ascend', 'partner'],
			['mobilities-for-eu', 'coordinator']
		]);
	});

	it('has co-partners, most shared projects first, then by name', () => {
		const co = coPartners(r, 'technical-university-of-munich-tum');
		expect(co[0].partner.id).toBe('landeshauptstadt-munchen-city-of-munich');
		expect(co[0].shared.map((p) => p.id)).toEqual(['ascend', 'metaccaze']);
		expect(co.map((c) => c.partner.id)).not.toContain('technical-university-of-munich-tum');
		const rest = co.slice(1);
		expect(rest.every((c) => c.shared.length === 1)).toBe(true);
		const names = rest.map((c) => c.partner.name);
		expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));
	});

	it('co-partners in a one-project set are that project’s other partners', () => {
		const small = loadDataset(join(FIXTURES, 'valid'));
		const co = coPartners(buildRelations(small), 'technical-university-of-munich-tum');
		expect(co.map((c) => [c.partner.id, c.shared.map((p) => p.id)])).toEqual([
			['city-of-tampere', ['metaccaze']],
			['ertico-its-europe', ['metaccaze']],
			['landeshauptstadt-munchen-city-of-munich', ['metaccaze']],
			['remoted', ['metaccaze']]
		]);
	});

	it('with no projects has no co-partners', () => {
		expect(coPartners(r, 'no-such-partner')).toEqual([]);
	});
});

describe('a project', () => {
	it('has its sites and partners with roles', () => {
		expect(r.sitesOfProject.get('craft')!.map((s) => [s.city.id, s.role])).toEqual([
			['amsterdam', 'pilot'],
			['bologna', 'pilot'],
			['prague', 'pilot'],
			['espoo', 'other'],
			['izmir', 'other'],
			['trondheim', 'other']
		]);
		expect(
			r.partnersOfProject.get('craft')!.map((p) => [p.partner.id, p.role, p.confidence])
		).toEqual([
			['norwegian-university-of-science-and-technology-ntnu', 'coordinator', 'high'],
			['amsterdam-university-of-applied-sciences-hva', 'partner', 'high'],
			['czech-technical-university-in-prague-cvut', 'partner', 'high']
		]);
		expect(r.sitesOfProject.get('sga2-nzc')).toBeUndefined();
	});
});

describe('nearestCities', () => {
	const munich = r.cityById.get('munich')!;

	it('lists the nearest accepted cities, nearest first, never the city itself', () => {
		const near = nearestCities(data.cities, munich, () => true, 3);
		expect(near.map((n) => n.city.id)).toEqual(['kirchheim-bei-munchen', 'augsburg', 'plzen']);
		expect(near[1].km).toBeCloseTo(56.5, 0);
		const missions = nearestCities(data.cities, munich, isMissionCity, 2);
		expect(missions.map((n) => n.city.id)).toEqual(['heidelberg', 'klagenfurt']);
	});

	it('defaults to five and is sorted by distance on any data', () => {
		const city = (id: string, lat: number, lon: number) => ({ id, lat, lon }) as City;
		const cities = [
			city('far', 10, 10),
			city('here', 0, 0),
			city('near', 0, 1),
			city('mid', 0, 3),
			city('b', 1, 1),
			city('c', 2, 2),
			city('d', 3, 3)
		];
		const near = nearestCities(cities, { id: 'here', lat: 0, lon: 0 }, () => true);
		expect(near.map((n) => n.city.id)).toEqual(['near', 'b', 'c', 'mid', 'd']);
		expect(
			nearestCities(
				cities,
				{ lat: 0, lon: 0 },
				(c) => ['here', 'near', 'far'].includes(c.id),
				10
			).map((n) => n.city.id)
		).toEqual(['here', 'near', 'far']);
	});
});

describe('small helpers', () => {
	it.each([
		['munich', true, true],
		['brussels-capital-region', true, false], // label unknown (null) is not "awarded"
		['berlin', false, false]
	])('%s: Mission City %s, Mission Label %s', (id, mission, label) => {
		const city = r.cityById.get(id)!;
		expect(isMissionCity(city)).toBe(mission);
		expect(hasMissionLabel(city)).toBe(label);
	});

	it('names a pilot without a published title after its cities', () => {
		expect(pilotName(r.pilotById.get('c1-malmo')!, r.cityById)).toBe('Net Zero Malmö Pilot');
		const unnamed = r.pilotById.get('c1-netherlands')!;
		expect(unnamed.name).toBeNull();
		expect(pilotName(unnamed, r.cityById)).toBe(
			`Pilot activity in ${unnamed.cities.map((c) => r.cityById.get(c.cityId)!.name).join(', ')}`
		);
		expect(pilotName(unnamed, r.cityById)).toContain('The Hague');
	});
});
