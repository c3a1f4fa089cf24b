/**
 * R-EVAL-NOGRADE, as a scan of what a user sees or prints: while the template forbids grades no
 * page and no document may show a member's grade (格次), a vote count or a ranking. Saying that
 * grades are not given ("不确定党员格次，不以票取人、不搞末位淘汰") is allowed; showing one is not.
 *
 * A piece of text (a paragraph, a table cell, a line of a page, a form field's value) is a finding when
 * - it is, on its own, a grade label: 优秀 / 合格 / 基本合格 / 不合格 (also with 党员 after it, or
 *   with a colon before it, as a value in a form or a cell);
 * - it labels a grade field: 格次, 等次 or 等级 followed by a colon, or standing alone as a label;
 * - it gives a member a grade: 评为 / 评定为 / 定为 / 确定为 followed by a grade label, or 基本合格
 *   anywhere (no sentence of this campaign needs it);
 * - it counts votes for people: 得票, 票数, 赞成票, 反对票, 弃权票, 推荐票, 票决, 投票结果, or a number
 *   followed by 票 (the satisfaction survey's ballots are 满意票 / 有效票 without a number, or counted in 张);
 * - it ranks: 排名, 名次 (not 不排名), 第 N 名.
 * Pure, with no imports, so the Playwright scan of every page runs the very same function.
 */

export const GRADE_WORDS = ['优秀', '合格', '基本合格', '不合格'] as const;

const STANDALONE = new RegExp(`^[：:]?\\s*(${GRADE_WORDS.join('|')})(党员)?\\s*[。；;，,]?$`, 'u');
const FIELD_LABEL = /(格次|等次|等级)\s*[：:]|^(评议)?(格次|等次|等级)$/u;
const GIVEN = new RegExp(`(评为|评定为|定为|确定为)\\s*[“"]?(${GRADE_WORDS.join('|')})`, 'u');
const VOTES = /得票|票数|赞成票|反对票|弃权票|推荐票|票决|投票结果|\d+\s*票(?!率)/u;
const RANKING = /(?<!不|不搞|不作)(排名|名次)|第\s*[0-9一二三四五六七八九十百]+\s*名/u;

export interface GradeFinding {
  /** Which kind of finding (see the file's comment). */
  kind: 'grade' | 'field' | 'given' | 'votes' | 'ranking';
  text: string;
}

function classify(raw: string): GradeFinding['kind'] | undefined {
  const t = raw.replace(/\s+/gu, ' ').trim();
  if (!t) return undefined;
  if (STANDALONE.test(t)) return 'grade';
  if (t.includes('基本合格') || GIVEN.test(t)) return 'given';
  if (FIELD_LABEL.test(t)) return 'field';
  if (VOTES.test(t)) return 'votes';
  if (RANKING.test(t)) return 'ranking';
  return undefined;
}

/** Every piece of text that shows a grade, a vote count or a ranking, with what kind it is. */
export function gradeFindings(texts: Iterable<string>): GradeFinding[] {
  const out: GradeFinding[] = [];
  for (const text of texts) {
    const kind = classify(text);
    if (kind) out.push({ kind, text: text.length > 80 ? `${text.slice(0, 80)}…` : text });
  }
  return out;
}

/** The paragraphs and table cells of a .docx's document.xml, as text (what a reader sees). */
export function docxTexts(documentXml: string): string[] {
  const cells = [...documentXml.matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/gu)].map((m) => m[1]);
  const paragraphs = [...documentXml.matchAll(/<w:p[ >]([\s\S]*?)<\/w:p>/gu)].map((m) => m[1]);
  const textOf = (xml: string) => [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/gu)].map((m) => m[1]).join('');
  return [...cells, ...paragraphs].map(textOf).filter((t) => t.trim().length > 0);
}
