import { describe, expect, it } from 'vitest';
import { renderTextPdf, winAnsi, wrap, textWidth } from '../../../src/domain/documents/text-pdf.js';
import { renderAgreementPdf } from '../../../src/domain/agreements/agreement-document.js';

/** Reads a PDF as a reader starts to: the xref table from startxref, every object at its offset. */
function parse(pdf: Buffer) {
  const text = pdf.toString('latin1');
  expect(text.startsWith('%PDF-1.4\n')).toBe(true);
  expect(text.endsWith('%%EOF\n')).toBe(true);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
  const [, first, count] = /^xref\n(\d+) (\d+)\n/.exec(text.slice(startxref))!;
  expect(first).toBe('0');
  const entries = text.slice(startxref).split('\n').slice(2, 2 + Number(count));
  for (const [i, e] of entries.entries()) {
    expect(e.length + 1).toBe(20); // every entry is 20 bytes with its end of line
    if (i === 0) continue;
    const offset = Number(e.slice(0, 10));
    expect(text.slice(offset, offset + `${i} 0 obj`.length)).toBe(`${i} 0 obj`);
  }
  expect(text).toContain(`/Size ${count}`);
  // Each stream is exactly as long as its /Length says.
  for (const m of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
    const start = m.index! + m[0].length;
    expect(text.slice(start + Number(m[1]), start + Number(m[1]) + 10)).toBe('\nendstream');
  }
  const shown = [...text.matchAll(/\((.*?)\) Tj/g)].map((m) => m[1]!.replace(/\\([()\\])/g, '$1').replace(/\\(\d{3})/g, (_x, o: string) => String.fromCharCode(parseInt(o, 8))));
  return { pages: Number(/\/Count (\d+)/.exec(text)![1]), shown };
}

describe('the text PDF writer', () => {
  it('writes a PDF whose cross-reference table points at every object, and the text in reading order', () => {
    const pdf = renderTextPdf({ title: 'T', lines: [{ text: 'Fjellbakeriet AS (Bakergata 1) back\\slash', bold: true }, { text: 'Blåbær og grønnsaker: æøå ÆØÅ – 100 €' }], createdAt: new Date('2025-01-02T03:04:05Z') });
    const { pages, shown } = parse(pdf);
    expect(pages).toBe(1);
    expect(shown.slice(0, 2)).toEqual(['Fjellbakeriet AS (Bakergata 1) back\\slash', 'Blåbær og grønnsaker: æøå ÆØÅ \x96 100 \x80']);
    expect(pdf.toString('latin1')).toContain('/CreationDate (D:20250102030405Z)');
  });

  it('adds pages as the text needs them, and numbers them', () => {
    const lines = Array.from({ length: 150 }, (_, i) => ({ text: `Line ${i}` }));
    const { pages, shown } = parse(renderTextPdf({ title: 'Long', lines, createdAt: new Date(0) }));
    expect(pages).toBe(3);
    expect(shown).toContain('Line 149');
    expect(shown).toContain('Page 3 of 3');
  });

  it('wraps long lines within the text column and cuts a word longer than a line', () => {
    const parts = wrap('word '.repeat(60).trim(), 10);
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(textWidth(p, 10)).toBeLessThanOrEqual(483);
    const cut = wrap('x'.repeat(200), 10);
    expect(cut.join('')).toBe('x'.repeat(200));
  });

  it('maps text to WinAnsi bytes, with ? for what the font cannot show', () => {
    expect(winAnsi('Aø€✓')).toEqual([65, 0xf8, 0x80, 63]);
  });

  it('prints a signed agreement with the company, the owners (birth date part only) and the signer', () => {
    const record = {
      company: { orgno: '975312461', name: 'Nordlys Kaffe AS', form: 'AS', industry: 'Café', address: 'Storgata 40, 9008 Tromsø, NO' },
      answers: { contact: { name: 'Sigrid Berg', email: 's@x.example', phone: '' }, owners: [{ name: 'Sigrid Berg', nin: '28889510031', birthDate: null, share: 100, role: 'DIRECT_OWNER' as const }], noOwnersOver25: false, pep: false, pepDetails: '' },
      signer: { nin: '28889510031', name: 'Sigrid Berg', roles: ['CEO'] },
    };
    const { shown } = parse(renderAgreementPdf({ id: 'a1', record, signedAt: new Date('2025-03-01T10:00:00Z') }));
    const all = shown.join('\n');
    expect(all).toContain('Name: Nordlys Kaffe AS');
    expect(all).toContain('Organisation number: 975312461');
    expect(all).toContain('Sigrid Berg, national identity number 288895*****: 100 %');
    expect(all).not.toContain('28889510031');
    expect(all).toContain('Signed with BankID by Sigrid Berg (CEO (daglig leder)');
  });
});
