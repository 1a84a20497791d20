import { afterAll, describe, expect, it } from 'vitest';
import * as allMessages from '../../src/lib/paraglide/messages/_index.js';
import * as en from '../../src/lib/paraglide/messages/en.js';
import { m, useCatalog } from '../../src/lib/messages/catalog';
import { facetValueLabel } from '../../src/lib/messages';

// A browser loads one language's module, where Paraglide names "kind_mission-city" kind_mission_city.
describe('messages from one language’s module (as in a browser)', () => {
	afterAll(() => useCatalog(() => allMessages));

	it('finds keys with a hyphen, as the kiosk’s chips and the record pages ask for them', () => {
		useCatalog(() => en as unknown as typeof allMessages);
		expect(m['kind_mission-city']()).toBe('Mission Cities');
		expect(facetValueLabel('kind', 'pilot-city', new Map())).toBe('Pilot Cities');
		expect(facetValueLabel('ptype', 'public-body', new Map())).toBe('Public body');
	});
});
