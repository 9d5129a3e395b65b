import { AppError } from '../errors/app-error';
import { checkCalendarDate } from '../common/input-ranges';

function bad(field: string, en: string, zh: string): AppError {
  return new AppError('BAD_USER_INPUT', { field, params: { detail: en, detailZh: zh } });
}

/** Trimmed text of at most `max` characters; empty becomes undefined unless required. */
export function checkText(value: string | null | undefined, field: string, max: number, required = false): string | undefined {
  const text = value?.trim();
  if (!text) {
    if (required) throw bad(field, 'this field is required', '此项为必填');
    return undefined;
  }
  if ([...text].length > max) throw bad(field, `at most ${max} characters`, `最多 ${max} 个字符`);
  return text;
}

/** A real calendar date 'YYYY-MM-DD' within the API's date range. */
export function checkDate(value: string, field: string): string {
  return checkCalendarDate(value, field);
}

/** A period whose end is not before its start. */
export function checkPeriod(from: string, to: string | null | undefined, field: string): { from: string; to?: string } {
  const start = checkDate(from, `${field}.fromDate`);
  const end = to ? checkDate(to, `${field}.toDate`) : undefined;
  if (end && end < start) throw bad(`${field}.toDate`, 'the end is before the start', '结束日期早于开始日期');
  return { from: start, to: end };
}

/** At most `max` items. */
export function checkCount(count: number, max: number, field: string): void {
  if (count > max) throw bad(field, `at most ${max} entries`, `最多 ${max} 项`);
}

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';

/** A mainland resident ID number (18 characters, GB 11643 check digit); other documents start with a letter and are taken as typed. */
export function checkIdNumber(value: string | null | undefined, field: string): string | undefined {
  const id = checkText(value, field, 40)?.toUpperCase();
  if (!id || /^[A-Z]/.test(id)) return id;
  if (!/^\d{17}[\dX]$/.test(id)) throw bad(field, 'a resident ID number has 18 characters', '居民身份证号码应为 18 位');
  const sum = ID_WEIGHTS.reduce((total, weight, index) => total + weight * Number(id[index]), 0);
  if (ID_CHECK[sum % 11] !== id[17]) throw bad(field, 'the check digit of the ID number is wrong', '身份证号码校验位不正确');
  return id;
}

/** A mobile number: mainland 11 digits, or international with a leading +. */
export function checkMobile(value: string | null | undefined, field: string): string | undefined {
  const mobile = checkText(value, field, 20)?.replace(/[\s-]/g, '');
  if (mobile && !/^(1\d{10}|\+\d{7,15})$/.test(mobile)) throw bad(field, 'a mobile number has 11 digits (or + and the country code)', '手机号码应为 11 位数字（或以 + 开头的国际号码）');
  return mobile;
}

/** An email address. */
export function checkEmail(value: string | null | undefined, field: string): string | undefined {
  const email = checkText(value, field, 254)?.toLowerCase();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw bad(field, 'the email address is not valid', '邮箱地址格式不正确');
  return email;
}
