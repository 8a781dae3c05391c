import type { NamedSpan } from './index';
import { overlapsAny, withAdded } from './added-spans';
import { nextWholeWord, wordCharTest } from './whole-words';

/**
 * A Chinese name is written surname first ("Xu Jianguo"), and the article then calls the person
 * by the surname alone ("Xu said"). The model misses a one-syllable surname alone, and the rest of
 * the rule layer takes a person's last word for the surname. Here, where a person's name of two or
 * three words starts with a common Chinese surname, the surname's other mentions alone are the
 * person's. Surnames that are English words ("He", "Sun", "Long", "Song", "Fan") are left out.
 */

/** Common Chinese surnames in pinyin (and Cantonese spellings), none of them an English word. */
const SURNAMES = new Set(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Zhu Hu Guo Lin Luo Zheng Liang Xie Tang Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Cai Jiang Yu Lu Wei Ye Cheng Shen Ren Lyu Lü Yao Jiang Tan Liao Zou Xiong Jin Hao Kong Bai Cui Kang Mao Qiu Qin Shi Gu Hou Shao Meng Qian Dai Xue Gao Duan Lei Fang Gong Yin Yan Xia Qi Zhong Wen Geng Niu Tao Ouyang Leung Cheung Chan Wong Ng Tsang Lam Yip Chow Ho Kwok Lau Chiu Tse Fung Tsui Hui Mak Tsoi Kwan Szeto Siu Yeung Chung`.split(/\s+/u));
/** A capitalised given name after the surname ("Jianguo", "Hoi-yan"). */
const GIVEN = /^\p{Lu}[\p{Ll}\p{M}]+(?:-\p{L}[\p{Ll}\p{M}]+)?$/u;
const JOINS = wordCharTest("'-", /[\p{L}\p{M}\p{N}'’-]/u);
/** A capitalised word right after a mention: then it starts another name ("Xu Ming"). */
const NAME_AFTER = /^[ \t]+\p{Lu}/u;

/** The surname of a person's name written surname first, or null. */
function surnameFirst(name: string): string | null {
  const parts = name.split(' ');
  if (parts.length < 2 || parts.length > 3 || !SURNAMES.has(parts[0])) return null;
  return parts.slice(1).every((p) => GIVEN.test(p)) ? parts[0] : null;
}

/** Spans (sorted, apart) with the surname-alone mentions of people named surname first put in; see the file's comment. */
export function withChineseSurnames(text: string, spans: readonly NamedSpan[]): NamedSpan[] {
  const surnames = new Set<string>();
  for (const s of spans) {
    if (s.type !== 'person') continue;
    const surname = surnameFirst(text.slice(s.start, s.end));
    if (surname) surnames.add(surname);
  }
  if (!surnames.size) return spans as NamedSpan[];
  // A surname that is also another person's last word ("Mary Chan") stays with the ordinary reading.
  for (const s of spans) {
    const name = text.slice(s.start, s.end);
    if (s.type === 'person' && name.includes(' ') && !surnameFirst(name)) surnames.delete(name.slice(name.lastIndexOf(' ') + 1));
  }
  const added: NamedSpan[] = [];
  for (const surname of surnames) {
    for (let at = nextWholeWord(text, surname, 0, JOINS, JOINS, 1); at >= 0; at = nextWholeWord(text, surname, at + 1, JOINS, JOINS, 1)) {
      const end = at + surname.length;
      if (NAME_AFTER.test(text.slice(end, end + 3))) continue;
      if (!overlapsAny(spans, at, end)) added.push({ type: 'person', start: at, end });
    }
  }
  return withAdded(spans as NamedSpan[], added);
}
