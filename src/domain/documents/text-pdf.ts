// A minimal PDF writer for text documents: A4 pages, Helvetica in WinAnsi encoding (which
// covers Norwegian letters), lines wrapped to the page and pages added as needed. Enough for
// an agreement a PDF reader opens and a person can read; no images, no compression.

export interface PdfLine {
  text: string;
  bold?: boolean;
  /** Font size in points (default 10). */
  size?: number;
  /** Extra space before the line, in points. */
  gap?: number;
}

export interface TextPdf {
  title: string;
  lines: PdfLine[];
  /** Written into the document information (D:YYYYMMDDHHmmSSZ); fixes the bytes for one input. */
  createdAt: Date;
}

const PAGE_W = 595;
const PAGE_H = 842;
const MARGIN = 56;
const WIDTH = PAGE_W - 2 * MARGIN;

// Characters outside Latin-1 that WinAnsi places in 0x80–0x9F.
const WIN_ANSI_EXTRA: Record<string, number> = { '€': 0x80, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97 };

/** The text as WinAnsi bytes; what the font cannot show becomes "?". */
export function winAnsi(text: string): number[] {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.codePointAt(0)!;
    if (WIN_ANSI_EXTRA[ch] !== undefined) out.push(WIN_ANSI_EXTRA[ch]);
    else if (code === 9) out.push(32);
    else if (code < 32 || (code >= 0x7f && code < 0xa0)) continue;
    else out.push(code < 256 ? code : 63);
  }
  return out;
}

/** A PDF literal string: ( ) and \ escaped, bytes above 127 as octal escapes. */
function literal(text: string): string {
  return (
    '(' +
    winAnsi(text)
      .map((b) => (b === 0x28 || b === 0x29 || b === 0x5c ? '\\' + String.fromCharCode(b) : b > 126 ? '\\' + b.toString(8).padStart(3, '0') : String.fromCharCode(b)))
      .join('') +
    ')'
  );
}

/** Approximate Helvetica advance widths (in 1/1000 em), enough to wrap lines safely. */
function charWidth(ch: string, bold: boolean): number {
  let w: number;
  if ('il.,:;|!\'`jI'.includes(ch)) w = 278;
  else if ('ftr()[]-/ '.includes(ch)) w = 333;
  else if ('mwMW'.includes(ch)) w = 889;
  else if (/[A-ZÆØÅÄÖÜ@%]/.test(ch)) w = 722;
  else w = 556;
  return bold ? w * 1.06 : w;
}

export function textWidth(text: string, size: number, bold = false): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch, bold);
  return (w * size) / 1000;
}

/** Splits a line into lines no wider than the text column, at spaces where possible. */
export function wrap(text: string, size: number, bold = false, width = WIDTH): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/ +/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, size, bold) <= width) {
      line = candidate;
      continue;
    }
    if (line) out.push(line);
    line = word;
    // A word wider than the column is cut.
    while (textWidth(line, size, bold) > width) {
      let cut = line.length - 1;
      while (cut > 1 && textWidth(line.slice(0, cut), size, bold) > width) cut--;
      out.push(line.slice(0, cut));
      line = line.slice(cut);
    }
  }
  out.push(line);
  return out;
}

function pdfDate(d: Date): string {
  return `D:${d.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/** Lays out the lines on pages: one content stream per page. */
function layout(lines: PdfLine[]): string[] {
  const pages: string[][] = [[]];
  let y = PAGE_H - MARGIN;
  for (const l of lines) {
    const size = l.size ?? 10;
    const leading = size * 1.35;
    const gap = l.gap ?? 0;
    for (const [i, part] of wrap(l.text, size, l.bold).entries()) {
      const need = leading + (i === 0 ? gap : 0);
      if (y - need < MARGIN) {
        pages.push([]);
        y = PAGE_H - MARGIN;
      } else y -= i === 0 ? gap : 0;
      y -= leading;
      pages[pages.length - 1]!.push(`BT /${l.bold ? 'F2' : 'F1'} ${size} Tf ${MARGIN} ${y.toFixed(2)} Td ${literal(part)} Tj ET`);
    }
  }
  return pages.map((ops, i) => [...ops, `BT /F1 8 Tf ${MARGIN} ${MARGIN / 2} Td ${literal(`Page ${i + 1} of ${pages.length}`)} Tj ET`].join('\n'));
}

export function renderTextPdf(doc: TextPdf): Buffer {
  const streams = layout(doc.lines);
  const objects: string[] = [];
  const pageIds = streams.map((_, i) => 5 + i * 2);
  objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`;
  objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';
  objects[4] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>';
  streams.forEach((content, i) => {
    const pageId = pageIds[i]!;
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;
  });
  const infoId = objects.length;
  objects[infoId] = `<< /Title ${literal(doc.title)} /Producer (vpp) /CreationDate (${pdfDate(doc.createdAt)}) >>`;

  // Everything is ASCII or escaped, so one character is one byte and offsets are lengths.
  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(out, 'latin1');
    out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
