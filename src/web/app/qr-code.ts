// QR codes of a payment's landing page, as SVG, or as a PNG of exactly the requested size
// (qr-image only scales by whole pixels per module, so its PNGs miss most sizes; the
// matrix is drawn here instead, each pixel taking the module under its centre).
import { crc32, deflateSync } from 'node:zlib';
import qr from 'qr-image';

/** Light modules around the code, as the QR standard asks (the "quiet zone"). */
const QUIET_ZONE = 4;

export function qrSvg(text: string): string {
  return String(qr.imageSync(text, { type: 'svg', ec_level: 'M', margin: 2 }));
}

export function qrPng(text: string, pixels: number): Buffer {
  const matrix = qr.matrix(text, 'M');
  const modules = matrix.length + 2 * QUIET_ZONE;
  const moduleAt = (px: number) => Math.floor(((px + 0.5) * modules) / pixels) - QUIET_ZONE;
  const columns = Array.from({ length: pixels }, (_, x) => moduleAt(x));
  const stride = pixels + 1; // a filter byte (0: none) before each row
  const raw = Buffer.alloc(stride * pixels, 0xff);
  for (let y = 0; y < pixels; y++) {
    raw[y * stride] = 0;
    const row = matrix[moduleAt(y)];
    if (!row) continue;
    for (let x = 0; x < pixels; x++) if (row[columns[x]!]) raw[y * stride + 1 + x] = 0;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(pixels, 0);
  header.writeUInt32BE(pixels, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no interlace
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

function chunk(type: string, data: Buffer): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  data.copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}
