// A sales unit logo: base64 of a PNG, at least 100×100 pixels, the longest side at most 1000.
import { readPngSize } from './read-png-size.js';

export const LOGO_MIN_SIDE = 100;
export const LOGO_MAX_SIDE = 1000;

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

export type LogoCheck = { ok: true; width: number; height: number; bytes: Buffer } | { ok: false; reason: string };

export function checkLogo(base64: string): LogoCheck {
  const text = base64.replace(/\s+/g, '');
  if (!text || !BASE64.test(text)) return { ok: false, reason: 'must be base64 (A–Z, a–z, 0–9, +, / with = padding)' };
  const bytes = Buffer.from(text, 'base64');
  const size = readPngSize(bytes);
  if (!size) return { ok: false, reason: 'must be a PNG image (the decoded bytes do not start with a PNG header)' };
  const { width, height } = size;
  if (width < LOGO_MIN_SIDE || height < LOGO_MIN_SIDE) {
    return { ok: false, reason: `is ${width}×${height} pixels; it must be at least ${LOGO_MIN_SIDE}×${LOGO_MIN_SIDE}` };
  }
  if (Math.max(width, height) > LOGO_MAX_SIDE) {
    return { ok: false, reason: `is ${width}×${height} pixels; its longest side may be at most ${LOGO_MAX_SIDE}` };
  }
  return { ok: true, width, height, bytes };
}
