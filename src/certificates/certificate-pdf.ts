import { readFileSync } from 'node:fs';
import path from 'node:path';

/** The federation as the certificate names it (seed 000: 中国工程师联合体, CHINESE SOCIETY OF ENGINEERS). */
export const FEDERATION_NAME = { zh: '中国工程师联合体', en: 'Chinese Society of Engineers (CSE)' } as const;

/** What one certificate shows: plain facts, so the renderer needs no database. */
export interface CertificateFacts {
  registrationNumber: string;
  serial: number;
  name: string;
  namePinyin?: string | null;
  fieldZh: string;
  fieldEn: string;
  gradeZh: string;
  gradeEn: string;
  societyZh: string;
  societyEn: string;
  /** China date the certificate was approved (the federation's confirmation, or the re-registration's grant). */
  approvedOn: string;
  validFrom: string;
  validUntil: string;
  /** The dossier's photo (PNG or JPEG), when it has one. */
  photo?: Buffer | null;
  verificationUrl: string;
  /** What the category's certificate is called and who issues it ({society}, {federation} filled in here). */
  certificate?: { titleZh: string; titleEn: string; issuedByZh: string; issuedByEn: string };
}

/** The general category's wording, for facts that name no category. */
const MEMBERSHIP_CERTIFICATE = {
  titleZh: '工程会员证书', titleEn: 'Certificate of Engineering Membership',
  issuedByZh: '本证书由{society}签发，经{federation}确认注册。', issuedByEn: 'Issued by {society}; registration confirmed by {federation}.',
};

/**
 * The CJK font: Noto Sans Hans (GB2312 coverage) shipped by the npm package @embedpdf/fonts-sc. Its `exports`
 * map hides the font files, so they are found next to its entry point.
 */
function fontPath(weight: 'Regular' | 'Bold'): string {
  return path.join(path.dirname(require.resolve('@embedpdf/fonts-sc')), '..', 'fonts', `NotoSansHans-${weight}.otf`);
}

// Read once per process (8 MB each): every certificate embeds only the subset of glyphs it uses.
const fontBytes = new Map<string, Buffer>();
function font(weight: 'Regular' | 'Bold'): Buffer {
  let bytes = fontBytes.get(weight);
  if (!bytes) {
    bytes = readFileSync(fontPath(weight));
    fontBytes.set(weight, bytes);
  }
  return bytes;
}

// pdfkit (with fontkit, brotli, crypto-js) and qrcode are loaded on the first certificate, not at start: they are
// some 25 MB of heap and code that a server serving reads never needs.

/** The QR code of the verification address, as a PNG. */
export async function verificationQrPng(url: string): Promise<Buffer> {
  const { default: QRCode } = await import('qrcode');
  return QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 2, scale: 6 });
}

/** Renders one certificate as an A4 PDF (bilingual, embedded font subset, QR code of its verification address). */
export async function renderCertificatePdf(facts: CertificateFacts): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  const qr = await verificationQrPng(facts.verificationUrl);
  const wording = facts.certificate ?? MEMBERSHIP_CERTIFICATE;
  const fill = (text: string, society: string, federation: string) => text.replace(/\{society\}/g, society).replace(/\{federation\}/g, federation);
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    info: { Title: `${wording.titleZh} ${facts.registrationNumber}`, Author: FEDERATION_NAME.zh, Subject: wording.titleEn },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('body', font('Regular'));
  doc.registerFont('title', font('Bold'));

  const width = doc.page.width;
  doc.rect(28, 28, width - 56, doc.page.height - 56).lineWidth(2).stroke('#8a6d1d');
  doc.font('title').fontSize(14).fillColor('#000').text(`${FEDERATION_NAME.zh}  ${FEDERATION_NAME.en}`, 56, 70, { align: 'center' });
  doc.font('title').fontSize(wording.titleZh.length > 8 ? 24 : 30).text(wording.titleZh, { align: 'center' });
  doc.font('body').fontSize(14).text(wording.titleEn, { align: 'center' });

  const top = 210;
  if (facts.photo) {
    // A photo that cannot be decoded must not cost the member the certificate: the box stays empty.
    try {
      doc.image(facts.photo, width - 56 - 110, top, { fit: [110, 140], align: 'center', valign: 'center' });
    } catch {
      /* left blank on purpose */
    }
    doc.rect(width - 56 - 110, top, 110, 140).lineWidth(0.5).stroke('#999');
  }
  const rows: Array<[string, string]> = [
    ['姓名 Name', facts.namePinyin ? `${facts.name}  ${facts.namePinyin}` : facts.name],
    ['工程技术领域 Field', `${facts.fieldZh}  ${facts.fieldEn}`],
    ['级别 Grade', `${facts.gradeZh}  ${facts.gradeEn}`],
    ['注册编号 Registration number', facts.registrationNumber],
    ['批准日期 Approved on', facts.approvedOn],
    ['有效期 Valid', `${facts.validFrom} 至 to ${facts.validUntil}`],
    ['授权学会 Society', `${facts.societyZh}  ${facts.societyEn}`],
    ['证书序号 Issue', String(facts.serial)],
  ];
  let y = top;
  for (const [label, value] of rows) {
    doc.font('body').fontSize(10).fillColor('#555').text(label, 70, y, { width: 300 });
    doc.font('title').fontSize(13).fillColor('#000').text(value, 70, y + 13, { width: facts.photo ? width - 70 - 56 - 130 : width - 140 });
    y = doc.y + 10;
  }

  const qrSize = 130;
  const qrTop = doc.page.height - 56 - qrSize - 40;
  doc.image(qr, width - 56 - qrSize - 14, qrTop, { width: qrSize });
  doc.font('body').fontSize(9).fillColor('#333').text('扫码核验 Scan to verify', width - 56 - qrSize - 14, qrTop + qrSize + 2, { width: qrSize, align: 'center' });
  doc.font('body').fontSize(10).fillColor('#000').text(
    `${fill(wording.issuedByZh, facts.societyZh, FEDERATION_NAME.zh)}证书状态以核验页面为准：`,
    70, qrTop + 10, { width: width - 70 - qrSize - 100 },
  );
  doc.fontSize(9).fillColor('#1a4d8f').text(facts.verificationUrl, { width: width - 70 - qrSize - 100 });
  doc.fontSize(9).fillColor('#333').text(
    `${fill(wording.issuedByEn, facts.societyEn, FEDERATION_NAME.en)} The live status is on the verification page.`,
    { width: width - 70 - qrSize - 100 },
  );
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}
