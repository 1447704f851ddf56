// QR codes of a payment's landing page, as SVG or as PNG of about the requested size.
import qr from 'qr-image';

const PNG_MARGIN = 4;

export function qrSvg(text: string): string {
  return String(qr.imageSync(text, { type: 'svg', ec_level: 'M', margin: 2 }));
}

export function qrPng(text: string, pixels: number): Buffer {
  const modules = qr.matrix(text, 'M').length + 2 * PNG_MARGIN;
  const size = Math.max(1, Math.floor(pixels / modules));
  return qr.imageSync(text, { type: 'png', ec_level: 'M', size, margin: PNG_MARGIN }) as Buffer;
}
