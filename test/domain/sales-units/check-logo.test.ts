import { describe, expect, it } from 'vitest';
import { checkLogo } from '../../../src/domain/sales-units/check-logo.js';
import { readPngSize } from '../../../src/domain/sales-units/read-png-size.js';
import { png } from '../../support/png.js';

describe('logo rules', () => {
  it('reads the size from the PNG header', () => {
    expect(readPngSize(png(321, 123))).toEqual({ width: 321, height: 123 });
    expect(readPngSize(Buffer.from('not a png, but long enough to read'))).toBeNull();
  });

  it('accepts 100×100 up to a longest side of 1000', () => {
    expect(checkLogo(png(100, 100).toString('base64')).ok).toBe(true);
    expect(checkLogo(png(1000, 1000).toString('base64')).ok).toBe(true);
    expect(checkLogo(png(1000, 100).toString('base64')).ok).toBe(true);
  });

  it('refuses smaller than 100 on either side, or longer than 1000', () => {
    expect(checkLogo(png(99, 500).toString('base64'))).toMatchObject({ ok: false, reason: expect.stringMatching(/at least 100×100/) });
    expect(checkLogo(png(500, 99).toString('base64'))).toMatchObject({ ok: false });
    expect(checkLogo(png(100, 1001).toString('base64'))).toMatchObject({ ok: false, reason: expect.stringMatching(/at most 1000/) });
  });

  it('refuses text that is not base64, and bytes that are not a PNG', () => {
    expect(checkLogo('%%%')).toMatchObject({ ok: false, reason: expect.stringMatching(/base64/) });
    expect(checkLogo('')).toMatchObject({ ok: false });
    expect(checkLogo(Buffer.from('GIF89a........................').toString('base64'))).toMatchObject({ ok: false, reason: expect.stringMatching(/PNG/) });
  });

  it('tolerates line breaks in the base64', () => {
    const b64 = png(200, 200).toString('base64').replace(/(.{76})/g, '$1\n');
    expect(checkLogo(b64).ok).toBe(true);
  });
});
