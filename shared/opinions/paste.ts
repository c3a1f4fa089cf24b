/**
 * Many opinions pasted at once, one per line, as a secretary types up paper forms (or copies
 * rows of a Word/Excel table): numbering (1、 （2） ① 一、) is dropped, tags she types in front or
 * behind (【群众】 对班子： 作风： （座谈会）) set the fields, a line made only of tags
 * ("一、对领导班子的意见") is a heading for the lines under it, tab-separated cells are read
 * one by one. Nothing is refused silently: every line comes back with what was read from it,
 * and a line that cannot become an opinion says why.
 */
import { TEXT_LIMITS } from '../data/fields';
import { cleanLine } from '../util/text';
import { OPINION_CATEGORY_LABEL, OPINION_CHANNEL_LABEL, OPINION_SOURCE_LABEL, type OpinionDraft } from './types';
import { TARGET_WORDS } from './coverage';
import { recogniseTags, recogniseToken, type PastedFields, type TermContext, type TokenResult } from './pasteTerms';

export type { PastedFields } from './pasteTerms';

export interface PasteContext {
  /** Party members a line may name ("对张三：", or "张三：" under a 对党员个人 heading). */
  members: readonly { id: string; name: string }[];
  /** duplicateKey() of every opinion already in the register. */
  existing?: ReadonlySet<string>;
  /** The year of dates written without one ("9月5日"). */
  year: number;
}

export type PastedLine =
  | {
      kind: 'opinion';
      /** 1-based, counting blank lines, so the user finds it in what was pasted. */
      line: number;
      raw: string;
      text: string;
      /** Read from the line itself and from the headings above it (the line's own win). */
      fields: PastedFields;
      /** What was read, in words ("来源：群众"). */
      read: string[];
      /** What needs a look (a name that two members share, a line that is too long). */
      warnings: string[];
      /** The line repeats an earlier line (its number) or an opinion already in the register. */
      duplicateOf?: number | 'register';
    }
  | { kind: 'heading'; line: number; raw: string; fields: PastedFields; read: string[] }
  | { kind: 'unusable'; line: number; raw: string; reason: string };

export interface PasteResult {
  lines: PastedLine[];
  blankLines: number;
}

const NUMBERING: readonly RegExp[] = [
  /^[（(]\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*[)）]\s*/u,
  /^(?:第\s*)?(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*(?:[条项点]\s*)?(?:[、，,：:)）]|[.．](?![0-9０-９]))\s*/u,
  /^第\s*(?:[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*[条项点]\s*/u,
  /^[\u2460-\u2473\u2776-\u2793]\s*/u,
  /^[·•●○■□◆◇▲△►▶*＊—–-]+\s*/u,
];
const LEADING_TAG = /^[【[〔［]([^】\]〕］]{1,30})[】\]〕］]\s*/u;
const LEADING_PAREN = /^[（(]([^）)]{1,30})[）)]\s*/u;
const COLON_HEAD = /^([^:：，,。；;]{1,16}?)\s*[:：]\s*/u;
const TRAILING_TAG = /\s*[（(【[〔［]([^（()）【】[\]〔〕［］]{1,30})[）)】\]〕］]\s*[。.；;]?$/u;
const TRAILING_DASH = /\s*(?:——|—|--)\s*([^—\s]{1,12})\s*$/u;
const NOTHING_LEFT = /^[\p{P}\p{S}\s]*$/u;

function stripNumbering(s: string): string {
  let out = s;
  for (let round = 0; round < 3; round++) {
    const before = out;
    for (const re of NUMBERING) out = out.replace(re, '');
    if (out === before) break;
  }
  return out;
}

/** The same opinion typed twice: compared without spaces, punctuation or full-width forms. */
export function duplicateKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');
}

export function fieldWords(f: PastedFields): string[] {
  const out: string[] = [];
  if (f.target) out.push(`对象：${TARGET_WORDS[f.target]}`);
  if (f.category) out.push(`类别：${OPINION_CATEGORY_LABEL[f.category]}`);
  if (f.source) out.push(`来源：${OPINION_SOURCE_LABEL[f.source]}`);
  if (f.channel) out.push(`方式：${OPINION_CHANNEL_LABEL[f.channel]}`);
  if (f.date) out.push(`日期：${f.date}`);
  if (f.anonymous !== undefined) out.push(f.anonymous ? '匿名' : '实名');
  return out;
}

interface Read {
  text: string;
  fields: PastedFields;
  warnings: string[];
  tags: number;
}

/** Keeps the first value a line gives a field; a later different one is a warning. */
function apply(r: Read, got: TokenResult, what: string): void {
  if (!got) return;
  r.tags += 1;
  if (got.ambiguousName) r.warnings.push(`名册中有几名党员都叫“${got.ambiguousName}”，请选定是哪一位`);
  for (const [k, v] of Object.entries(got.fields) as [keyof PastedFields, never][]) {
    if (r.fields[k] === undefined) r.fields[k] = v;
    else if (r.fields[k] !== v) r.warnings.push(`“${what}”与前面的标注不一致，按前面的`);
  }
}

function readLine(cells: string[], ctx: TermContext): Read {
  const r: Read = { text: '', fields: {}, warnings: [], tags: 0 };
  const texts: string[] = [];
  for (const cell of cells) {
    let s = stripNumbering(cleanLine(cell));
    if (cells.length > 1) {
      // A table row copied from Word or Excel: a cell holding only a row number is dropped.
      if (/^[0-9０-９]{0,4}$/u.test(s)) continue;
      const whole = s && recogniseTags(s, ctx);
      if (whole) {
        apply(r, whole, s);
        continue;
      }
    }
    for (;;) {
      const m = LEADING_TAG.exec(s) ?? LEADING_PAREN.exec(s) ?? COLON_HEAD.exec(s);
      const got = m && recogniseTags(m[1], ctx);
      if (!m || !got) break;
      apply(r, got, m[1]);
      s = s.slice(m[0].length);
    }
    for (const re of [TRAILING_TAG, TRAILING_DASH]) {
      const m = re.exec(s);
      const got = m && m.index > 0 ? recogniseTags(m[1], ctx) : null;
      if (m && got) {
        apply(r, got, m[1]);
        s = s.slice(0, m.index);
      }
    }
    // A line made of one tag without a colon ("一、对领导班子的意见", "工作作风方面") is a heading.
    const whole = s && recogniseToken(s, ctx);
    if (whole) {
      apply(r, whole, s);
      s = '';
    }
    if (s) texts.push(s.trim());
  }
  r.text = texts.join('；');
  return r;
}

/** Reads what was pasted; `ctx.members` are the party members a line may name. */
export function parsePaste(pasted: string, ctx: PasteContext): PasteResult {
  const membersByName = new Map<string, string[]>();
  for (const m of ctx.members) {
    const name = cleanLine(m.name).normalize('NFKC');
    membersByName.set(name, [...(membersByName.get(name) ?? []), m.id]);
  }
  const lines: PastedLine[] = [];
  const seen = new Map<string, number>();
  let heading: PastedFields = {};
  /** The heading line each inherited field comes from. */
  let headingLines: Partial<Record<keyof PastedFields, number>> = {};
  let blankLines = 0;
  pasted.split(/\r\n|[\n\r\v\f\u0085\u2028\u2029]/u).forEach((rawLine, i) => {
    const line = i + 1;
    const raw = cleanLine(rawLine);
    if (!raw) {
      blankLines += 1;
      return;
    }
    const terms: TermContext = { membersByName, year: ctx.year, bareNamesAreTargets: heading.target === 'member' };
    const cells = rawLine.includes('\t') ? rawLine.split('\t') : [rawLine];
    const r = readLine(cells, terms);
    if (NOTHING_LEFT.test(r.text)) {
      if (r.tags === 0) {
        lines.push({ kind: 'unusable', line, raw, reason: stripNumbering(raw) ? '没有意见内容' : '只有序号，没有意见内容' });
        return;
      }
      // A new target starts a new group: the category (and member) of the group above do not carry over.
      const carried = { ...heading };
      if (r.fields.target) {
        delete carried.category;
        delete carried.targetMemberId;
      }
      heading = { ...carried, ...r.fields };
      headingLines = { ...headingLines, ...Object.fromEntries(Object.keys(r.fields).map((k) => [k, line])) };
      lines.push({ kind: 'heading', line, raw, fields: r.fields, read: fieldWords(r.fields) });
      return;
    }
    const own = fieldWords(r.fields);
    const inherited: PastedFields = {};
    for (const [k, v] of Object.entries(heading) as [keyof PastedFields, never][]) if (r.fields[k] === undefined) inherited[k] = v;
    // A member named by the heading belongs to the heading's target only.
    if (r.fields.target !== undefined && r.fields.target !== 'member') delete inherited.targetMemberId;
    const read = [
      ...own,
      ...(Object.keys(inherited) as (keyof PastedFields)[]).flatMap((k) =>
        fieldWords({ [k]: inherited[k] }).map((w) => `${w}（第 ${headingLines[k]} 行标题）`),
      ),
    ];
    const warnings = [...r.warnings];
    const length = [...r.text].length;
    if (length > TEXT_LIMITS.opinion) warnings.push(`超过 ${TEXT_LIMITS.opinion} 字（共 ${length} 字），请删减或分成两条`);
    const key = duplicateKey(r.text);
    const dup = seen.get(key) ?? (ctx.existing?.has(key) ? 'register' : undefined);
    if (!seen.has(key)) seen.set(key, line);
    lines.push({
      kind: 'opinion',
      line,
      raw,
      text: r.text,
      fields: { ...inherited, ...r.fields },
      read,
      warnings,
      ...(dup !== undefined ? { duplicateOf: dup } : {}),
    });
  });
  return { lines, blankLines };
}

/** What the preview sets for every line that says nothing about a field. */
export interface PasteDefaults extends PastedFields {
  anonymous?: boolean;
  fromStage1?: boolean;
}

/** One line as it will be saved: the row's own edits, then what the line says, then the defaults. */
export function resolvePasted(
  line: Extract<PastedLine, { kind: 'opinion' }>,
  defaults: PasteDefaults,
  edits: PastedFields & { text?: string } = {},
): { ok: true; draft: OpinionDraft } | { ok: false; missing: string[] } {
  const pick = <K extends keyof PastedFields>(k: K): PastedFields[K] => edits[k] ?? line.fields[k] ?? defaults[k];
  const text = cleanLine(edits.text ?? line.text);
  const target = pick('target');
  const memberId = target === 'member' ? pick('targetMemberId') : undefined;
  const [channel, source, category, date] = [pick('channel'), pick('source'), pick('category'), pick('date')];
  const missing: string[] = [];
  if (!text) missing.push('意见内容');
  else if ([...text].length > TEXT_LIMITS.opinion) missing.push(`意见不超过 ${TEXT_LIMITS.opinion} 字`);
  if (!target) missing.push('意见对象');
  else if (target === 'member' && !memberId) missing.push('针对哪名党员');
  if (!category) missing.push('类别');
  if (!channel) missing.push('征求方式');
  if (!source) missing.push('提意见的人');
  if (!date) missing.push('日期');
  if (missing.length > 0 || !target || !category || !channel || !source || !date) return { ok: false, missing };
  return {
    ok: true,
    draft: {
      text,
      channel,
      source,
      target,
      ...(memberId ? { targetMemberId: memberId } : {}),
      category,
      date,
      anonymous: pick('anonymous') ?? false,
      fromStage1: defaults.fromStage1 ?? false,
    },
  };
}
