/**
 * The coverage matrix of the opinion register: about whom (党组织, 领导班子, 党员个人) × on what
 * (理想信念, 工作学习, 工作作风, 其他), which channels were used and which kinds of people gave
 * opinions, each counted apart for what stage 1 collected and what stage 2 added
 * (R-OPIN-CONTENT, R-OPIN-SCOPE, R-OPIN-CHANNELS, R-OPIN-CONTINUE). The blanks are named in
 * plain words ("对领导班子的工作作风方面还没有意见").
 */
import {
  OPINION_CATEGORIES,
  OPINION_CATEGORY_LABEL,
  OPINION_CHANNELS,
  OPINION_SOURCE_LABEL,
  OPINION_SOURCES,
  OPINION_TARGETS,
  type Opinion,
  type OpinionCategory,
  type OpinionChannel,
  type OpinionSource,
  type OpinionTarget,
} from './types';

/** The three things every target must hear about (R-OPIN-CONTENT); 其他 is counted, never required. */
export const REQUIRED_CATEGORIES = ['ideals', 'work', 'style'] as const satisfies readonly OpinionCategory[];
/** 党员、群众、服务对象 are a must (R-OPIN-SCOPE: 服务对象 "不能可搞可不搞"). */
export const REQUIRED_SOURCES = ['party', 'masses', 'client'] as const satisfies readonly OpinionSource[];
/** 还可以: 人大代表、政协委员 where useful. */
export const OPTIONAL_SOURCES = ['npcDeputy', 'cppccMember'] as const satisfies readonly OpinionSource[];

/** How the matrix names a target in a sentence ("对领导班子的…"). */
export const TARGET_WORDS: Record<OpinionTarget, string> = { organisation: '党组织', leadership: '领导班子', member: '党员个人' };

export interface LayerTally {
  /** Opinions per target and category. */
  cells: Record<OpinionTarget, Record<OpinionCategory, number>>;
  channels: Record<OpinionChannel, number>;
  sources: Record<OpinionSource, number>;
  total: number;
}

/** The register counted: stage 1's opinions (fromStage1) apart from stage 2's. */
export interface OpinionTally {
  stage1: LayerTally;
  stage2: LayerTally;
  /** Distinct party members that opinions are about. */
  membersTargeted: number;
}

/** The fields of an opinion the matrix reads. */
export type TallyInput = Pick<Opinion, 'target' | 'category' | 'channel' | 'source' | 'fromStage1' | 'targetMemberId'>;

const zeros = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export function emptyLayer(): LayerTally {
  return {
    cells: Object.fromEntries(OPINION_TARGETS.map((t) => [t, zeros(OPINION_CATEGORIES)])) as LayerTally['cells'],
    channels: zeros(OPINION_CHANNELS),
    sources: zeros(OPINION_SOURCES),
    total: 0,
  };
}

export function tallyOpinions(opinions: Iterable<TallyInput>): OpinionTally {
  const t: OpinionTally = { stage1: emptyLayer(), stage2: emptyLayer(), membersTargeted: 0 };
  const members = new Set<string>();
  for (const o of opinions) {
    const layer = o.fromStage1 ? t.stage1 : t.stage2;
    layer.cells[o.target][o.category] += 1;
    layer.channels[o.channel] += 1;
    layer.sources[o.source] += 1;
    layer.total += 1;
    if (o.targetMemberId) members.add(o.targetMemberId);
  }
  t.membersTargeted = members.size;
  return t;
}

/** Both stages together. */
export function combinedLayer(t: OpinionTally): LayerTally {
  const out = emptyLayer();
  for (const layer of [t.stage1, t.stage2]) {
    for (const target of OPINION_TARGETS) for (const c of OPINION_CATEGORIES) out.cells[target][c] += layer.cells[target][c];
    for (const ch of OPINION_CHANNELS) out.channels[ch] += layer.channels[ch];
    for (const s of OPINION_SOURCES) out.sources[s] += layer.sources[s];
    out.total += layer.total;
  }
  return out;
}

/**
 * Whether each cell, kind of people and channel has at least one opinion, both stages together:
 * all the checklist needs, and what the facts loader reads from index keys alone.
 */
export interface OpinionPresence {
  total: number;
  membersTargeted: number;
  cells: Record<OpinionTarget, Record<OpinionCategory, boolean>>;
  sources: Record<OpinionSource, boolean>;
  channels: Record<OpinionChannel, boolean>;
}

/** The fields of an opinion its cell, kind and channel come from. */
export type PresenceKey = Pick<Opinion, 'target' | 'category' | 'source' | 'channel'>;

const none = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, false])) as Record<K, boolean>;

/** Presence from the distinct (target, category, source, channel) combinations of the register. */
export function presenceOf(combos: Iterable<PresenceKey>, total: number, membersTargeted: number): OpinionPresence {
  const p: OpinionPresence = {
    total,
    membersTargeted,
    cells: Object.fromEntries(OPINION_TARGETS.map((t) => [t, none(OPINION_CATEGORIES)])) as OpinionPresence['cells'],
    sources: none(OPINION_SOURCES),
    channels: none(OPINION_CHANNELS),
  };
  for (const c of combos) {
    p.cells[c.target][c.category] = true;
    p.sources[c.source] = true;
    p.channels[c.channel] = true;
  }
  return p;
}

/** The presence of a counted register (both stages). */
export function presenceOfTally(t: OpinionTally): OpinionPresence {
  const all = combinedLayer(t);
  const p = presenceOf([], all.total, t.membersTargeted);
  for (const target of OPINION_TARGETS) for (const c of OPINION_CATEGORIES) p.cells[target][c] = all.cells[target][c] > 0;
  for (const s of OPINION_SOURCES) p.sources[s] = all.sources[s] > 0;
  for (const ch of OPINION_CHANNELS) p.channels[ch] = all.channels[ch] > 0;
  return p;
}

/** A blank the rules do not allow: a cell of the matrix, or a kind of people who gave nothing. */
export type CoverageGap =
  | { kind: 'cell'; target: OpinionTarget; category: OpinionCategory; words: string }
  | { kind: 'source'; source: OpinionSource; words: string };

export const cellWords = (target: OpinionTarget, category: OpinionCategory) =>
  `对${TARGET_WORDS[target]}的${OPINION_CATEGORY_LABEL[category]}方面还没有意见`;
export const sourceWords = (source: OpinionSource) => `还没有${OPINION_SOURCE_LABEL[source]}提的意见`;

type Has = { cell(target: OpinionTarget, category: OpinionCategory): boolean; source(s: OpinionSource): boolean };
const inLayer = (l: LayerTally): Has => ({ cell: (t, c) => l.cells[t][c] > 0, source: (s) => l.sources[s] > 0 });
const inPresence = (p: OpinionPresence): Has => ({ cell: (t, c) => p.cells[t][c], source: (s) => p.sources[s] });

/** Required cells with no opinion (R-OPIN-CONTENT). */
export function cellGaps(has: Has): CoverageGap[] {
  return OPINION_TARGETS.flatMap((target) =>
    REQUIRED_CATEGORIES.filter((c) => !has.cell(target, c)).map(
      (category): CoverageGap => ({ kind: 'cell', target, category, words: cellWords(target, category) }),
    ),
  );
}

/** Required kinds of people who gave nothing (R-OPIN-SCOPE). */
export function sourceGaps(has: Has): CoverageGap[] {
  return REQUIRED_SOURCES.filter((s) => !has.source(s)).map((source): CoverageGap => ({ kind: 'source', source, words: sourceWords(source) }));
}

export const presenceGaps = (p: OpinionPresence) => ({ cells: cellGaps(inPresence(p)), sources: sourceGaps(inPresence(p)) });

const covered = (layer: LayerTally, g: CoverageGap) => (g.kind === 'cell' ? layer.cells[g.target][g.category] : layer.sources[g.source]) > 0;

export interface Coverage {
  /** Both stages together. */
  all: LayerTally;
  /** Required cells nobody has given an opinion on yet (R-OPIN-CONTENT). */
  cellGaps: CoverageGap[];
  /** Required kinds of people who have given nothing yet (R-OPIN-SCOPE). */
  sourceGaps: CoverageGap[];
  /** 人大代表、政协委员 not heard yet (optional). */
  optionalSourcesMissing: OpinionSource[];
  channelsUsed: OpinionChannel[];
  /** What stage 1 left blank (required cells and kinds), R-OPIN-CONTINUE. */
  stage1Gaps: CoverageGap[];
  /** Of those, the ones stage 2 has not made up yet: exactly the blanks of both stages together. */
  stage1GapsOpen: CoverageGap[];
}

/** The page's view of the register, stage by stage. */
export function coverageOf(t: OpinionTally): Coverage {
  const all = combinedLayer(t);
  const stage1Gaps = [...cellGaps(inLayer(t.stage1)), ...sourceGaps(inLayer(t.stage1))];
  return {
    all,
    cellGaps: cellGaps(inLayer(all)),
    sourceGaps: sourceGaps(inLayer(all)),
    optionalSourcesMissing: OPTIONAL_SOURCES.filter((s) => all.sources[s] === 0),
    channelsUsed: OPINION_CHANNELS.filter((c) => all.channels[c] > 0),
    stage1Gaps,
    stage1GapsOpen: stage1Gaps.filter((g) => !covered(t.stage2, g)),
  };
}

/** "a；b；c等 7 处" — a list of blanks short enough for one line. */
export function gapsLine(gaps: readonly CoverageGap[], cap = 3): string {
  const shown = gaps.slice(0, cap).map((g) => g.words).join('；');
  return gaps.length > cap ? `${shown}等 ${gaps.length} 处` : shown;
}
