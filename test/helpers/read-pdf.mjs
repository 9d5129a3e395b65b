// Reads a PDF the way a person would: its text (pdfjs-dist), its first page rendered to PNG (@napi-rs/canvas) and
// the QR code found on that page (jsqr). A child process of the tests, because pdfjs-dist is an ES module that
// jest's CommonJS runtime cannot import. Usage: node read-pdf.mjs <in.pdf> <out.png>; prints JSON.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { createCanvas } from '@napi-rs/canvas';
import jsQR from 'jsqr';
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output] = process.argv.slice(2);
const pdf = await getDocument({ data: new Uint8Array(readFileSync(input)), disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
const page = await pdf.getPage(1);
const text = (await page.getTextContent()).items.map((item) => item.str).join('\n');
const viewport = page.getViewport({ scale: 2 });
const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
const context = canvas.getContext('2d');
context.fillStyle = '#fff';
context.fillRect(0, 0, canvas.width, canvas.height);
await page.render({ canvasContext: context, canvas, viewport }).promise;
writeFileSync(output, await canvas.encode('png'));
const image = context.getImageData(0, 0, canvas.width, canvas.height);
const qr = jsQR(new Uint8ClampedArray(image.data), image.width, image.height);
process.stdout.write(JSON.stringify({ pages: pdf.numPages, text, qr: qr?.data ?? null, width: canvas.width, height: canvas.height }));
