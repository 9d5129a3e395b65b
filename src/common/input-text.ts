/** Why a string cannot be stored as text, in both languages; undefined when it can. */
export interface TextProblem {
  en: string;
  zh: string;
}

// With the u flag a surrogate pair is one code point, so \p{Cs} matches only a surrogate without its partner.
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * NUL (U+0000) and unpaired surrogates are the two things a JavaScript string can carry and PostgreSQL text and
 * jsonb cannot ("invalid byte sequence", "unsupported Unicode escape sequence"): refuse them before any work.
 */
export function textProblem(value: string): TextProblem | undefined {
  if (value.includes('\u0000')) {
    return { en: 'contains a NUL character (U+0000), which text may not hold', zh: '含有空字符（U+0000），文本中不允许出现' };
  }
  if (LONE_SURROGATE.test(value)) {
    return { en: 'contains an unpaired surrogate (U+D800–U+DFFF): not valid Unicode text', zh: '含有不成对的代理码元（U+D800–U+DFFF），不是有效的 Unicode 文本' };
  }
  return undefined;
}
