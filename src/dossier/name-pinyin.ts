// pinyin-pro and its dictionaries are loaded by the first name converted, not at start (a server serving reads never
// converts one). A plain require: callers need the answer synchronously.
let loaded: typeof import('pinyin-pro') | undefined;
function pinyinPro(): typeof import('pinyin-pro') {
  loaded ??= require('pinyin-pro') as typeof import('pinyin-pro');
  return loaded;
}

// Two-character surnames: their pinyin is written as one word ("Ouyang Nana", not "Ou Yangnana").
const COMPOUND_SURNAMES = new Set([
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文', '司徒', '夏侯',
  '轩辕', '端木', '独孤', '南宫', '西门', '百里', '呼延', '万俟', '闻人', '澹台', '公冶', '申屠', '钟离', '太史',
]);

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The pinyin of a Chinese name as written on documents: "Wang Jianguo", "Ouyang Nana", 单 read as Shan. Editable by the applicant. */
export function nameToPinyin(name: string): string {
  const trimmed = name.trim();
  if (!/[\u4e00-\u9fff]/.test(trimmed)) return trimmed;
  const syllables = pinyinPro().pinyin(trimmed, { toneType: 'none', type: 'array', surname: 'head' }).filter((s) => s.trim());
  const surnameLength = COMPOUND_SURNAMES.has(trimmed.slice(0, 2)) ? 2 : 1;
  const surname = syllables.slice(0, surnameLength).join('');
  const given = syllables.slice(surnameLength).join('');
  return [capitalize(surname), capitalize(given)].filter(Boolean).join(' ');
}
