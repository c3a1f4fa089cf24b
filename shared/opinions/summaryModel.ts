/**
 * The 征求意见汇总表's content from the register: grouped by target (党组织, 领导班子, then each
 * member by name) and category, each opinion with its channel and who gave it, and the 边议边改
 * measures that answer it as its 整改落实情况 (R-FIX-NOW), when there are any.
 */
import type { OpinionSummaryItem, OpinionSummaryModel } from '../documents/opinionSummary';
import { OPINION_CATEGORIES, OPINION_CATEGORY_LABEL, OPINION_CHANNEL_LABEL, OPINION_SOURCE_LABEL, type Opinion } from './types';

/** A 边议边改 item as far as the summary needs it. */
export interface SummaryFix {
  opinionIds: readonly string[];
  measure: string;
  status: 'open' | 'done';
  result?: string;
}

export interface SummaryInput {
  /** The unit's party organisation (征求意见汇总表's title and signature). */
  orgName: string;
  opinions: readonly Opinion[];
  /** Names of the members opinions are about, by id. */
  memberNames: ReadonlyMap<string, string>;
  fixes?: readonly SummaryFix[];
  preparedBy?: string;
  today: string;
}

const zh = new Intl.Collator('zh-CN');
const memberName = (name: string | undefined) => (name ? `${name}同志` : '（已删除的党员）');

export function sourceText(o: Pick<Opinion, 'channel' | 'source' | 'fromStage1'>): string {
  return `${OPINION_CHANNEL_LABEL[o.channel]}（${OPINION_SOURCE_LABEL[o.source]}${o.fromStage1 ? '，第一阶段' : ''}）`;
}

function actionsByOpinion(fixes: readonly SummaryFix[]): Map<string, string> {
  const out = new Map<string, string[]>();
  for (const f of fixes) {
    const state = f.status === 'done' ? `（已完成${f.result ? `：${f.result}` : ''}）` : '（正在整改）';
    for (const id of f.opinionIds) out.set(id, [...(out.get(id) ?? []), `${f.measure}${state}`]);
  }
  return new Map([...out].map(([id, list]) => [id, list.join('；')]));
}

export function opinionSummaryModel(input: SummaryInput): OpinionSummaryModel {
  const actions = actionsByOpinion(input.fixes ?? []);
  const targetName = (o: Opinion) =>
    o.target === 'organisation' ? '党组织' : o.target === 'leadership' ? '领导班子' : memberName(input.memberNames.get(o.targetMemberId ?? ''));
  const rank = (o: Opinion) => (o.target === 'organisation' ? 0 : o.target === 'leadership' ? 1 : 2);
  const sorted = [...input.opinions].sort(
    (a, b) => rank(a) - rank(b) || zh.compare(targetName(a), targetName(b)) || a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt),
  );
  const groups: OpinionSummaryModel['groups'] = [];
  for (const o of sorted) {
    const target = targetName(o);
    let g = groups.at(-1);
    if (!g || g.target !== target) groups.push((g = { target, categories: [] }));
    const category = OPINION_CATEGORY_LABEL[o.category];
    let c = g.categories.find((x) => x.category === category);
    if (!c) g.categories.push((c = { category, items: [] }));
    const item: OpinionSummaryItem = { text: o.text, source: sourceText(o) };
    const action = actions.get(o.id);
    if (action) item.action = action;
    c.items.push(item);
  }
  const order = (label: string) => OPINION_CATEGORIES.findIndex((k) => OPINION_CATEGORY_LABEL[k] === label);
  for (const g of groups) g.categories.sort((a, b) => order(a.category) - order(b.category));
  const dates = input.opinions.map((o) => o.date).sort();
  return {
    unitName: input.orgName,
    ...(dates.length > 0 ? { from: dates[0], to: dates[dates.length - 1] } : {}),
    groups,
    ...(input.preparedBy ? { preparedBy: input.preparedBy } : {}),
    signature: { name: input.orgName, date: input.today },
  };
}
