/**
 * 会议记录 (minutes) of 转段动员会, 专题民主生活会 and 专题组织生活会 (R-MEET-CONDUCT,
 * R-MEET-SIX): who was there and who was not (with reasons), who attended from above, the
 * agenda, each member's 党性分析发言 with 自我批评, 批评意见 (from whom) and 领导点评, the
 * decisions, and lines for 主持人 and 记录人 to sign.
 */
import { formatChineseDateTime } from './chineseDate';
import { bodyText, closeWith, heading, labelledLine, numberedItems, title, type Block } from './layout/paragraphs';
import { signLines } from './layout/signature';
import { packDocx } from './package';
import type { DocumentOptions } from './types';

export type MinutesKind = 'mobilise' | 'democraticLife' | 'orgLife';
export const MINUTES_KIND_LABEL: Record<MinutesKind, string> = {
  mobilise: '转段动员会',
  democraticLife: '专题民主生活会',
  orgLife: '专题组织生活会',
};

/** One member's turn: analysis, self-criticism, criticism received, the leader's comment. */
export interface MinutesSpeech {
  member: string;
  /** 党性分析发言 */
  analysis: string;
  /** 自我批评 */
  selfCriticism?: string;
  /** 批评意见, each from a named person */
  criticisms: { from: string; text: string }[];
  /** 领导点评 */
  leaderComment?: { by: string; text: string };
  /** How the analysis came (到会 / 口头 / 书面, R-EVAL-COVER), shown after the name. */
  presentation?: string;
  /** 群众评议 (non-party people's words, R-MEET-CONDUCT). */
  massComments?: string;
}

/** 会议记录 */
export interface MinutesModel {
  kind: MinutesKind;
  unitName: string;
  title?: string;
  /** ISO date-time of the start, e.g. `2005-09-26T08:30`. */
  start: string;
  place: string;
  host: string;
  recorder: string;
  /** 应到 / 实到 */
  expected: number;
  present: number;
  absent: { name: string; reason: string }[];
  /** 出席 (names), optional when 应到/实到 says enough. */
  attendees?: string[];
  /** 列席 (non-party people, R-MEET-CONDUCT). */
  nonParty?: string[];
  /** 上级党组织 and 督导组 attendees (R-MEET-SIX point 6). */
  higherLevel: { name: string; org: string }[];
  agenda: string[];
  /** Free sections before the speeches (a mobilisation speech, a report …). */
  proceedings?: { title: string; text: string }[];
  speeches: MinutesSpeech[];
  /** 会议决定 */
  decisions: string[];
}

function speechParagraphs(s: MinutesSpeech, n: number): Block[] {
  const out: Block[] = heading(2, n, `${s.member}同志${s.presentation ? `（${s.presentation}）` : ''}`);
  out.push(...heading(3, 1, '党性分析发言：', s.analysis));
  let k = 2;
  if (s.selfCriticism) out.push(...heading(3, k++, '自我批评：', s.selfCriticism));
  if (s.criticisms.length) {
    out.push(...heading(3, k++, '批评意见：'));
    s.criticisms.forEach((c, i) => out.push(...heading(4, i + 1, `${c.from}：`, c.text)));
  }
  if (s.massComments) out.push(...heading(3, k++, '群众评议：', s.massComments));
  if (s.leaderComment) out.push(...heading(3, k++, `领导点评（${s.leaderComment.by}）：`, s.leaderComment.text));
  return out;
}

export function minutesBody(m: MinutesModel): Block[] {
  const kind = MINUTES_KIND_LABEL[m.kind];
  const out: Block[] = [...title(m.title || `${m.unitName}${kind}会议记录`)];
  const absent = m.absent.map((a) => `${a.name}（${a.reason}）`).join('、');
  out.push(
    labelledLine('时间', formatChineseDateTime(m.start)),
    labelledLine('地点', m.place),
    labelledLine('主持人', m.host),
    labelledLine('记录人', m.recorder),
    labelledLine('到会情况', `应到${m.expected}人，实到${m.present}人`),
    labelledLine('缺席人员及原因', absent || '无'),
  );
  if (m.attendees?.length) out.push(labelledLine('出席人员', m.attendees.join('、')));
  out.push(labelledLine('列席人员', m.nonParty?.length ? m.nonParty.join('、') : '无'));
  out.push(
    labelledLine('上级党组织和督导组参加人员', m.higherLevel.map((h) => `${h.name}（${h.org}）`).join('、') || '无'),
  );
  out.push(...heading(1, 1, '会议议题'));
  out.push(...numberedItems(m.agenda));
  let n = 2;
  for (const p of m.proceedings ?? []) out.push(...heading(1, n++, p.title), ...bodyText(p.text));
  if (m.speeches.length) {
    out.push(...heading(1, n++, '党性分析发言和批评与自我批评'));
    m.speeches.forEach((s, i) => out.push(...speechParagraphs(s, i + 1)));
  }
  out.push(...heading(1, n++, '会议决定'));
  if (m.decisions.length === 0) out.push(...bodyText(''));
  out.push(...numberedItems(m.decisions));
  closeWith(out, signLines(['主持人', '记录人']));
  return out;
}

export async function buildMinutes(m: MinutesModel, options?: DocumentOptions): Promise<Uint8Array> {
  return packDocx(minutesBody(m), options?.fonts);
}
