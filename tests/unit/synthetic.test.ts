// The synthetic data sets used by npm run bench and load tests are valid data sets of the same shape.
import { describe, expect, it } from 'vitest';
import { checkDataset } from '../../src/lib/data/check';
import { realDataset, synthesise } from '../../scripts/synthetic';

const real = realDataset();
const data = synthesise(real, { factor: 3 });

describe('synthesise', () => {
	it('multiplies every kind and passes the data check (references stay valid)', () => {
		expect(data.cities.length).toBe(real.cities.length * 3);
		expect(data.pilots.length).toBe(real.pilots.length * 3);
		expect(data.projects.length).toBe(real.projects.length * 3);
		expect(data.partners.length).toBe(real.partners.length * 3);
		const result = checkDataset(JSON.parse(JSON.stringify(data)));
		expect(result.problems).toEqual([]);
	});

	it('keeps the real data as copy 0 and gives copies new ids and new names', () => {
		expect(data.cities.slice(0, real.cities.length)).toEqual(real.cities);
		const names = data.cities.map((c) => c.name.toLowerCase());
		expect(new Set(names).size).toBe(names.length);
		const copy = data.cities[real.cities.length];
		expect(copy.id).toBe(`${real.cities[0].id}-s1`);
		expect(copy.name).not.toBe(real.cities[0].name);
	});

	it('is deterministic: the same factor gives the same data', () => {
		expect(synthesise(real, { factor: 3 })).toEqual(data);
	});
});
