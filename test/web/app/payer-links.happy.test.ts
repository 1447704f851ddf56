import { inflateSync } from 'node:zlib';
import qr from 'qr-image';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/app.js';
import { create, partner } from '../../support/payments.js';

/** Width, height and 8-bit greyscale rows of a PNG as qrPng writes it (one IDAT, filter 0). */
function decodeGreyPng(png: Buffer) {
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  expect([png[24], png[25]]).toEqual([8, 0]);
  let at = 8;
  const idat: Buffer[] = [];
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    if (png.toString('latin1', at + 4, at + 8) === 'IDAT') idat.push(png.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  return { width, height, dark: (x: number, y: number) => raw[y * (width + 1) + 1 + x] === 0 };
}

describe("The payer's side of each user flow", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('NATIVE_REDIRECT answers an app-switch link, not the web landing page; the app opens it', async () => {
    const native = await create(t, await partner(t), { userFlow: 'NATIVE_REDIRECT' });
    const web = await create(t, await partner(t), { userFlow: 'WEB_REDIRECT' });
    expect(native.body.redirectUrl).toMatch(/^vipps:\/\/\?token=[\w-]+$/);
    expect(web.body.redirectUrl).toMatch(/^http:\/\/vpp\.test\/app\/landing\?token=[\w-]+$/);
    const get = await t.inject({ method: 'GET', url: `/epayment/v1/payments/${native.reference}`, headers: await partner(t) });
    expect(get.json().redirectUrl).toBe(native.body.redirectUrl);
    const opened = await t.inject({ method: 'GET', url: `/app/open?link=${encodeURIComponent(native.body.redirectUrl!)}` });
    expect(opened.statusCode).toBe(303);
    const landing = await t.inject({ method: 'GET', url: opened.headers.location as string });
    expect(landing.statusCode).toBe(200);
    expect(landing.body).toContain('Two cinnamon buns');
  });

  for (const size of [100, 200, 333, 1024, 2000]) {
    it(`a QR PNG asked for at ${size} pixels is ${size}×${size} and holds the payment's landing link`, async () => {
      const { body } = await create(t, await partner(t), { userFlow: 'QR', returnUrl: undefined, qrFormat: { format: 'IMAGE/PNG', size } });
      const res = await t.inject({ method: 'GET', url: body.redirectUrl!.replace('http://vpp.test', '') });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('image/png');
      const png = decodeGreyPng(res.rawPayload);
      expect([png.width, png.height]).toEqual([size, size]);
      // Sampled at each module's centre, the image is the QR code of the landing link.
      const token = /\/app\/qr\/([\w-]+)\.png/.exec(body.redirectUrl!)![1];
      const matrix = qr.matrix(`http://vpp.test/app/landing?token=${token}`, 'M');
      const modules = matrix.length + 8;
      const centre = (m: number) => Math.floor(((m + 4 + 0.5) * size) / modules);
      const read = matrix.map((row, y) => row.map((_, x) => (png.dark(centre(x), centre(y)) ? 1 : 0)));
      expect(read).toEqual(matrix.map((row) => row.map((v) => (v ? 1 : 0))));
      expect(png.dark(0, 0)).toBe(false);
    });
  }
});
