import { describe, expect, it } from 'vitest';
import { CITY_KINDS, journeyOf, journeyState } from '../../../src/lib/kiosk/journeys';
import { kioskHref } from '../../../src/lib/kiosk/settings';
import { stateFromParams } from '../../../src/lib/search/url';

const S = (s: string) => stateFromParams(new URLSearchParams(s));
const P = new URLSearchParams('idle=60&attract=0');

describe('kiosk journeys', () => {
	it.each([
		['city', '', '/kiosk?idle=60&attract=0&kind=mission-city,pilot-city,site-city'],
		['projects', '', '/kiosk?idle=60&attract=0&kind=project'],
		['themes', '', '/kiosk?idle=60&attract=0'],
		// The start view's own filters stay; what was typed or selected goes.
		[
			'projects',
			'country=SE&q=x&sel=city:malmo',
			'/kiosk?idle=60&attract=0&kind=project&country=SE'
		],
		[
			'city',
			'country=SE',
			'/kiosk?idle=60&attract=0&kind=mission-city,pilot-city,site-city&country=SE'
		]
	] as const)('%s from start "%s" lands on %s', (journey, start, href) => {
		expect(kioskHref(P, journeyState(journey, S(start)))).toBe(href);
	});

	it.each([
		['kind=mission-city,pilot-city,site-city', 'city'],
		['kind=site-city,mission-city,pilot-city&q=malm', 'city'],
		['kind=city', 'city'],
		['kind=mission-city,pilot-city,site-city&sel=city:malmo', null],
		['kind=project', 'projects'],
		['kind=project&q=up', null],
		['kind=mission-city', null],
		['', null]
	])('journeyOf(%s) is %s', (search, journey) => {
		expect(journeyOf(S(search))).toBe(journey);
	});

	it('restricts the city journey to every kind of city and nothing else', () => {
		expect.hasAssertions();
		expect(journeyState('city', S('kind=project')).kind.sort()).toEqual([...CITY_KINDS].sort());
	});
});
