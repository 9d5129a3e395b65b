import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';

/** Where tests keep what they render (git-ignored): the PDF and its first page as PNG. */
export const ARTIFACTS = path.join(__dirname, '..', 'artifacts');

/** What a reader finds in a PDF: its text, the QR code on its first page, and where its rendering was kept. */
export interface PdfInspection {
  pages: number;
  text: string;
  qr: string | null;
  /** Size of the rendered page in pixels. */
  width: number;
  height: number;
  pngPath: string;
}

/** Keeps the PDF under test/artifacts/<name>.pdf, renders its first page to <name>.png and reads text and QR code. */
export async function inspectPdf(pdf: Buffer, name: string): Promise<PdfInspection> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const pdfPath = path.join(ARTIFACTS, `${name}.pdf`);
  const pngPath = path.join(ARTIFACTS, `${name}.png`);
  writeFileSync(pdfPath, pdf);
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, 'read-pdf.mjs'), pdfPath, pngPath], { maxBuffer: 16 * 1024 * 1024 });
  return { ...(JSON.parse(stdout) as Omit<PdfInspection, 'pngPath'>), pngPath };
}
