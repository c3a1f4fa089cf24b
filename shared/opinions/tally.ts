/**
 * The opinion register's tally (shared/data/tally.ts): the coverage matrix's counts per stage,
 * channel and kind of people, how many members opinions are about, and how many opinions await
 * the 边议边改 ledger. Kept in step with every write, so the 征求意见 page, its checklist and the
 * home page read one row whatever the size of the register.
 */
import type { TallySpec } from '../data/tally';
import { awaitsLedger } from '../throughout/ledger';
import { emptyLayer, type OpinionTally, type TallyInput } from './coverage';
import { OPINION_CATEGORIES, OPINION_CHANNELS, OPINION_SOURCES, OPINION_TARGETS, type Opinion } from './types';

export const OPINION_TALLY = 'opinions';
/** Counter names. */
const layerOf = (fromStage1: boolean) => (fromStage1 ? 's1' : 's2');
const MEMBERS = 'membersTargeted';
const AWAITING = 'ledger.awaiting';

export const opinionTallySpec: TallySpec<TallyInput & Pick<Opinion, 'unitId'>> = {
  table: 'opinions',
  name: OPINION_TALLY,
  counters: (o) => {
    const l = layerOf(o.fromStage1);
    const out = [`${l}.total`, `${l}.cell.${o.target}.${o.category}`, `${l}.ch.${o.channel}`, `${l}.src.${o.source}`];
    if (awaitsLedger(o)) out.push(AWAITING);
    return out;
  },
  distinct: { counter: MEMBERS, valueOf: (o) => o.targetMemberId },
};

/** The register's counts (as tallyOpinions gives them from the records) from the tally's counters. */
export function opinionTallyOf(counts: Readonly<Record<string, number>>): OpinionTally {
  const n = (k: string) => counts[k] ?? 0;
  const layer = (l: 's1' | 's2') => {
    const out = emptyLayer();
    for (const t of OPINION_TARGETS) for (const c of OPINION_CATEGORIES) out.cells[t][c] = n(`${l}.cell.${t}.${c}`);
    for (const ch of OPINION_CHANNELS) out.channels[ch] = n(`${l}.ch.${ch}`);
    for (const s of OPINION_SOURCES) out.sources[s] = n(`${l}.src.${s}`);
    out.total = n(`${l}.total`);
    return out;
  };
  return { stage1: layer('s1'), stage2: layer('s2'), membersTargeted: n(MEMBERS) };
}

/** How many opinions of the masses on the organisation or the leadership there are (awaitsLedger). */
export const awaitingLedgerOf = (counts: Readonly<Record<string, number>>): number => counts[AWAITING] ?? 0;
