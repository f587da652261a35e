import { bytesToBase64 } from './encoding.js';

/**
 * A one-page PDF with a few lines of text, as a `data:application/pdf` URL: the reference backend's stand-in
 * for the invoice PDFs a billing provider serves. Hand-written PDF 1.4 (five objects and their cross-reference
 * table), ASCII only, with the standard Helvetica font, so no library is needed and viewers open it.
 */
export function pdfDataUrl(lines: readonly string[]): string {
  const text = (line: string) => `(${line.replace(/[^\x20-\x7e]/g, '?').replace(/[\\()]/g, '\\$&')}) '`;
  const content = ['BT', '/F1 12 Tf', '16 TL', '72 770 Td', ...lines.map(text), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, index) => {
    offsets.push(pdf.length);
    pdf += `${index + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) pdf += `${String(offset).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return `data:application/pdf;base64,${bytesToBase64(new TextEncoder().encode(pdf))}`;
}
