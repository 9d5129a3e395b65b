import { AppError } from '../errors/app-error';

/** A string format an input rule checks: what it must look like, and how a refusal describes it in both languages. */
export interface TextFormat {
  pattern: RegExp;
  maxLength: number;
  en: string;
  zh: string;
}

/** The formats of branding and contact input (#RRGGBB colours, web addresses, phones, emails). */
export const TEXT_FORMATS = {
  colour: { pattern: /^#[0-9A-Fa-f]{6}$/, maxLength: 7, en: 'a colour written #RRGGBB', zh: '颜色（#RRGGBB 格式）' },
  // http(s) only: a portal links to it, and javascript: or data: addresses must never reach a page.
  webAddress: { pattern: /^https?:\/\/[A-Za-z0-9.-]+(:\d{1,5})?(\/[^\s<>"]*)?$/, maxLength: 200, en: 'an http(s) address of at most 200 characters', zh: '网址（http 或 https，不超过 200 个字符）' },
  // Chinese landlines (010-68488750), mobiles (13522551228) and extensions: digits with + - ( ) spaces.
  phone: { pattern: /^\+?[0-9][0-9 ()-]{2,28}[0-9]$/, maxLength: 30, en: 'a phone number (digits, + - ( ) and spaces)', zh: '电话号码（数字及 + - ( ) 空格）' },
  email: { pattern: /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, maxLength: 254, en: 'an email address', zh: '电子邮箱地址' },
} as const satisfies Record<string, TextFormat>;

/** The name of a checked text format. */
export type TextFormatName = keyof typeof TEXT_FORMATS;

/** Refuses a string that is not of its format, with BAD_USER_INPUT on its field and the format in both languages. */
export function checkTextFormat(value: string, format: TextFormatName, field: string): void {
  const { pattern, maxLength, en, zh } = TEXT_FORMATS[format];
  if (value.length <= maxLength && pattern.test(value)) return;
  throw new AppError('BAD_USER_INPUT', { field, params: { detail: `${field} must be ${en}`, detailZh: `${field} 须为${zh}` } });
}
