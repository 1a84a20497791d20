// Server-only by place: where people send corrections, from the operator's configuration.

export type CorrectionsContact =
	{ kind: 'url'; href: string; text: string } | { kind: 'email'; href: string; text: string };

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;

/**
 * The address corrections go to: `CORRECTIONS_URL` (an http(s) form or issue tracker) wins over
 * `CORRECTIONS_EMAIL`; anything unset or malformed gives null, so the page never shows a broken link.
 * @example correctionsContact({ CORRECTIONS_EMAIL: 'data@example.org' }) // { kind: 'email', href: 'mailto:data@example.org', text: 'data@example.org' }
 */
export function correctionsContact(
	env: Record<string, string | undefined>
): CorrectionsContact | null {
	const url = env.CORRECTIONS_URL?.trim();
	if (url) {
		try {
			const parsed = new URL(url);
			if (parsed.protocol === 'https:' || parsed.protocol === 'http:')
				return {
					kind: 'url',
					href: parsed.href,
					text: parsed.host + parsed.pathname.replace(/\/$/, '')
				};
		} catch {
			// not a URL: fall through to the e-mail address
		}
	}
	const email = env.CORRECTIONS_EMAIL?.trim();
	if (email && EMAIL.test(email))
		return {
			kind: 'email',
			href: `mailto:${encodeURIComponent(email).replace('%40', '@')}`,
			text: email
		};
	return null;
}
