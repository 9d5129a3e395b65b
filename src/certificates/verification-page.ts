import type { VerificationResult } from './verification';
import { CertificateState } from './verification';
import { RegistrationReasonKind } from '../entities/enums';
import { chinaToday } from '../workflow/working-day-calendar';

/** The published kind of reason, in both languages. */
const REASON_WORDS: Record<RegistrationReasonKind, string> = {
  [RegistrationReasonKind.NOT_MEETING_REQUIREMENTS]: '不符合注册管理要求 · Not meeting the registration requirements',
  [RegistrationReasonKind.REQUIREMENTS_MET]: '已符合条件，恢复 · Requirements met again',
  [RegistrationReasonKind.NO_REREGISTRATION]: '超期未再注册 · Not re-registered in time',
  [RegistrationReasonKind.FALSE_EVIDENCE]: '提供虚假佐证材料 · False evidence',
  [RegistrationReasonKind.BREACH_OF_LAW]: '违反法律法规 · Breach of law',
  [RegistrationReasonKind.BREACH_OF_CODE_OF_CONDUCT]: '违反工程会员行为规范 · Breach of the code of conduct',
  [RegistrationReasonKind.BREACH_OF_ETHICS]: '违背工程伦理和道德学风 · Breach of engineering ethics',
};

/** The state as the page words it, in both languages. */
const STATE_WORDS: Record<CertificateState, { zh: string; en: string; colour: string }> = {
  [CertificateState.VALID]: { zh: '有效', en: 'Valid', colour: '#1b7a3a' },
  [CertificateState.EXPIRED]: { zh: '已过有效期', en: 'Expired', colour: '#8a6d1d' },
  [CertificateState.SUPERSEDED]: { zh: '已被新证书取代', en: 'Superseded by a later certificate', colour: '#8a6d1d' },
  [CertificateState.SUSPENDED]: { zh: '已暂停', en: 'Suspended', colour: '#b34700' },
  [CertificateState.CANCELLED]: { zh: '已注销', en: 'Cancelled', colour: '#b00020' },
  [CertificateState.REVOKED]: { zh: '已撤销', en: 'Revoked', colour: '#b00020' },
};

/** HTML-escapes text from the register (names are data, never markup). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font-family:sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#222}dt{color:#666;font-size:.9rem}dd{margin:0 0 .8rem 0;font-weight:600}.state{font-size:1.4rem;font-weight:700}</style>
</head><body>${body}</body></html>`;
}

/** The small public page of one verification. */
export function verificationPage(result: VerificationResult): string {
  const words = STATE_WORDS[result.certificate.state];
  const rows: Array<[string, string]> = [
    ['姓名 Name', result.namePinyin ? `${result.name} (${result.namePinyin})` : result.name],
    ['注册编号 Registration number', result.registrationNumber],
    ['工程技术领域 Field', `${result.fieldZh} / ${result.fieldEn}`],
    ['级别 Grade', `${result.gradeZh} / ${result.gradeEn}`],
    ['授权学会 Society', `${result.societyZh} / ${result.societyEn}`],
    ['证书序号 Issue', `${result.certificate.issue} / ${result.latestIssue}`],
    ['有效期 Validity', `${result.certificate.validFrom} – ${result.certificate.validUntil}`],
  ];
  if (result.statusChangedAt) rows.push(['状态变更日期 Status changed on', chinaToday(new Date(result.statusChangedAt))]);
  if (result.statusReasonKind) rows.push(['原因类别 Kind of reason', REASON_WORDS[result.statusReasonKind]]);
  const list = rows.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`).join('');
  return page(`证书核验 ${result.registrationNumber}`, `<h1>工程会员证书核验 Certificate verification</h1>
<p class="state" style="color:${words.colour}" data-state="${result.certificate.state}">${escapeHtml(words.zh)} · ${escapeHtml(words.en)}</p>
<dl>${list}</dl>`);
}

/** The page of a number (or issue) the register does not know. */
export function unknownCertificatePage(registrationNumber: string): string {
  return page('证书核验 Certificate verification', `<h1>工程会员证书核验 Certificate verification</h1>
<p class="state" data-state="UNKNOWN">未找到该证书 · No such certificate: ${escapeHtml(registrationNumber)}</p>`);
}
