// Server-only: warns operators, in the server log, when kiosk QR codes would point to an address that
// visitors' phones cannot open (PUBLIC_BASE_URL unset and a loopback or private origin).
import { m } from '../messages';
import { parseBaseUrl } from './settings';
import { isPrivateOrigin, originAtStart } from './qr-base';

/** True while the origin is not known yet (no ORIGIN, any interface): the first kiosk request tells. */
let pending = false;

/**
 * At start (the server's init hook): warns now when the origin is known (ORIGIN, or a specific HOST),
 * else waits for the first kiosk request. Returns the line it logged, if any.
 */
export function checkQrBaseAtStart(env: Record<string, string | undefined>): string | null {
	pending = false;
	if (parseBaseUrl(env.PUBLIC_BASE_URL)) return null;
	const origin = originAtStart(env);
	if (origin === null) {
		pending = true;
		return null;
	}
	return isPrivateOrigin(origin) ? warn(origin) : null;
}

/** On each request (cheap once settled): the first kiosk page served from a private origin warns, once. */
export function checkQrBaseOnRequest(url: URL): void {
	if (!pending || !url.pathname.startsWith('/kiosk') || !isPrivateOrigin(url.origin)) return;
	pending = false;
	// The host only: without ORIGIN, adapter-node guesses the protocol (https); the screen's browser
	// builds the QR codes from its own address.
	warn(url.host);
}

/** Logs the warning for an origin (or, on a request, a host and port). */
function warn(origin: string): string {
	const line = m.kiosk_qr_private_log({ origin });
	console.warn(line);
	return line;
}
