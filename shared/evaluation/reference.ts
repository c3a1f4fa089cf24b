/**
 * What the branch has on a member before it writes its opinion: the minutes of his or her turn
 * at the meetings (criticisms and from whom, 群众评议) and the opinions collected about him or
 * her. From these come first drafts of the 党员互评意见 and 群众评议意见 summaries, for the
 * branch to shorten and edit.
 */
import { TEXT_LIMITS as L } from '../data/fields';
import type { MeetingTurn } from '../meetings/types';
import type { Opinion } from '../opinions/types';

type Turn = Pick<MeetingTurn, 'criticFrom' | 'criticisms' | 'massComments'>;
type AboutMember = Pick<Opinion, 'text' | 'source' | 'anonymous' | 'giver'>;

const line = (who: string | undefined, text: string) => `${who ? `${who}：` : ''}${text.trim().replace(/\s*\n\s*/gu, ' ')}`;

/** One line each, cut to what the field holds. */
function joined(lines: string[]): string {
  const out: string[] = [];
  let length = 0;
  for (const l of lines) {
    if (!l) continue;
    const add = (out.length > 0 ? 1 : 0) + l.length;
    if (length + add > L.opinion) break;
    out.push(l);
    length += add;
  }
  return out.join('\n');
}

/** 党员互评: the criticisms at the meetings and the opinions party members gave. */
export function peerDraft(turns: readonly Turn[], opinions: readonly AboutMember[]): string {
  return joined([
    ...turns.flatMap((t) => t.criticisms.map((c, i) => line(t.criticFrom[i], c))),
    ...opinions.filter((o) => o.source === 'party').map((o) => line(o.anonymous ? undefined : o.giver, o.text)),
  ]);
}

/** 群众评议: what non-party people said at the meetings and the opinions of 群众, 服务对象, deputies. */
export function massDraft(turns: readonly Turn[], opinions: readonly AboutMember[]): string {
  return joined([
    ...turns.flatMap((t) => (t.massComments?.trim() ? [line(undefined, t.massComments)] : [])),
    ...opinions.filter((o) => o.source !== 'party' && o.source !== 'higher').map((o) => line(o.anonymous ? undefined : o.giver, o.text)),
  ]);
}
