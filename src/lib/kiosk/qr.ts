// Pure: no DOM, no Svelte. QR codes made locally with the `qrcode` package (no network), as an SVG
// image URL for <img src>: the SVG is never injected as HTML.
import QRCode from 'qrcode';

export interface QrMatrix {
	size: number;
	isDark: (x: number, y: number) => boolean;
}

/** The QR modules of a text (error correction M: survives a smudged screen, stays small). */
export function qrMatrix(text: string): QrMatrix {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	return { size: modules.size, isDark: (x, y) => modules.get(y, x) === 1 };
}

/** The QR code as an SVG document string: one path, with a quiet zone of 4 modules. */
export function qrSvg(text: string): string {
	const { size, isDark } = qrMatrix(text);
	const margin = 4;
	const total = size + margin * 2;
	let d = '';
	for (let y = 0; y < size; y++) {
		for (let x = 0; x < size; x++) if (isDark(x, y)) d += `M${x + margin} ${y + margin}h1v1h-1z`;
	}
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${total} ${total}" shape-rendering="crispEdges"><rect width="${total}" height="${total}" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
}

/** `data:` URL of the QR code's SVG, for an <img>. */
export function qrDataUrl(text: string): string {
	return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(text))}`;
}
