import { describe, expect, it } from 'vitest';
import { correctionsContact } from '../../../src/lib/server/corrections';

describe('correctionsContact', () => {
	it.each([
		[{}, null],
		[{ CORRECTIONS_URL: '', CORRECTIONS_EMAIL: '  ' }, null],
		[
			{ CORRECTIONS_EMAIL: 'data@example.org' },
			{ kind: 'email', href: 'mailto:data@example.org', text: 'data@example.org' }
		],
		[
			{ CORRECTIONS_URL: 'https://github.com/org/data/issues/new', CORRECTIONS_EMAIL: 'a@b.org' },
			{
				kind: 'url',
				href: 'https://github.com/org/data/issues/new',
				text: 'github.com/org/data/issues/new'
			}
		],
		[{ CORRECTIONS_URL: 'javascript:alert(1)' }, null],
		[
			{ CORRECTIONS_URL: 'not a url', CORRECTIONS_EMAIL: 'x@y.eu' },
			{ kind: 'email', href: 'mailto:x@y.eu', text: 'x@y.eu' }
		],
		[{ CORRECTIONS_EMAIL: 'nobody' }, null],
		[{ CORRECTIONS_EMAIL: 'a@b.org?cc=evil@x.org' }, null]
	])('%j', (env, expected) => {
		expect(correctionsContact(env)).toEqual(expected);
	});
});
