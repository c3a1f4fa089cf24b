/**
 * A unit at a glance, for the 督导组's dashboard (R-SUPERVISE): computed once when its bundle is
 * imported, from the same home-page computation the unit sees (shared/campaign/dashboard.ts over
 * each feature's facts), and kept, so the dashboard over hundreds of units reads one small record
 * per unit instead of every unit's tables.
 *
 * The figures count from the day the data speaks for: the unit's 演示日期 for the demo unit, the
 * day of the export for every other unit (what was done after it is not in the bundle).
 */
import { z } from 'zod';
import type { Dashboard, DashboardStep } from '../campaign/dashboard';
import type { CampaignSnapshot } from '../campaign/snapshot';
import type { UnitFacts } from '../campaign/measure';
import { isBelowFloor, surveyFloor } from '../survey/rate';
import { SURVEY_FEATURE, type SurveyFacts } from '../survey/measures';

/** How a step stands: every item done, some done, none done, or an item past its due date. */
export const STEP_STATES = ['done', 'going', 'notStarted', 'overdue'] as const;
export type StepState = (typeof STEP_STATES)[number];
export const STEP_STATE_LABEL: Record<StepState, string> = { done: '已完成', going: '进行中', notStarted: '未开始', overdue: '有超期' };
/** The dashboard's colours: green, blue, grey, red. */
export const STEP_STATE_COLOUR: Record<StepState, string> = { done: '#52c41a', going: '#1677ff', notStarted: '#bfbfbf', overdue: '#cf1322' };

/** Items of a step kept for the unit's detail (not done first); enough to name what is missing. */
export const ITEMS_KEPT = 12;
/** Overdue items kept; `overdueCount` has them all. */
export const OVERDUE_KEPT = 20;

const item = z.strictObject({
  title: z.string(),
  done: z.boolean(),
  overdue: z.boolean(),
  due: z.string().optional(),
  detail: z.string(),
});

export const unitSummarySchema = z.strictObject({
  unitId: z.string(),
  unitName: z.string(),
  orgName: z.string(),
  year: z.number(),
  /** The day the figures count from (YYYY-MM-DD). */
  asOf: z.string(),
  /** People on the roster, and of them party members. */
  people: z.number(),
  party: z.number(),
  current: z.strictObject({ id: z.string(), title: z.string(), due: z.string(), overdue: z.boolean(), daysLeft: z.number() }),
  focus: z.strictObject({ id: z.string(), title: z.string(), locked: z.boolean() }),
  progress: z.strictObject({ done: z.number(), total: z.number() }),
  steps: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      state: z.enum(STEP_STATES),
      done: z.number(),
      total: z.number(),
      items: z.array(item),
    }),
  ),
  /** Gates still shut, each with its reasons (the stage gates; the special meetings' 六个不开). */
  gates: z.array(z.strictObject({ title: z.string(), reasons: z.array(z.string()) })),
  overdue: z.array(z.strictObject({ title: z.string(), due: z.string().optional() })),
  overdueCount: z.number(),
  mobilisation: z.strictObject({ state: z.string(), deadline: z.string() }),
  /** The latest closed survey round's rate (the lowest of its subjects), against the floor. */
  satisfaction: z.strictObject({ rate: z.number().optional(), round: z.number().optional(), floor: z.number(), below: z.boolean() }),
  acceptances: z.array(
    z.strictObject({
      stageId: z.string(),
      stageTitle: z.string(),
      passed: z.boolean(),
      date: z.string(),
      supervisor: z.string(),
      /** Backed by a signed 督导组 receipt; otherwise a paper acceptance typed in by the unit. */
      signed: z.boolean(),
      group: z.string().optional(),
    }),
  ),
});
export type UnitSummary = z.infer<typeof unitSummarySchema>;
export type SummaryStep = UnitSummary['steps'][number];

export function stepState(step: Pick<DashboardStep, 'items' | 'progress'>): StepState {
  if (step.items.some((i) => !i.done && i.overdue)) return 'overdue';
  if (step.progress.total > 0 && step.progress.done === step.progress.total) return 'done';
  return step.progress.done > 0 ? 'going' : 'notStarted';
}

/** The survey's deciding rate: the latest closed round, the lowest of its subjects' rates. */
export function satisfactionOf(facts: SurveyFacts | undefined, floor: number): UnitSummary['satisfaction'] {
  const closed = [...(facts?.rounds ?? [])].filter((r) => r.status === 'closed').sort((a, b) => a.round - b.round);
  const last = closed.at(-1);
  if (!last) return { floor, below: false };
  const rates = last.subjects.map((s) => s.rate);
  if (rates.length === 0 || rates.some((r) => r === undefined)) return { round: last.round, floor, below: true };
  const rate = Math.min(...(rates as number[]));
  return { rate, round: last.round, floor, below: isBelowFloor(rate, floor) };
}

export interface SummaryInput {
  snapshot: CampaignSnapshot;
  facts: UnitFacts;
  dashboard: Dashboard;
  people: number;
  party: number;
  /** Ids of the unit's acceptances backed by a signed receipt, with the group that signed. */
  receipts: ReadonlyMap<string, string>;
  /** The special meetings not yet held whose 六个不开 is not met: title and the unmet conditions. */
  meetingGates: readonly { title: string; reasons: string[] }[];
}

const keptItems = (s: DashboardStep) =>
  [...s.items.filter((i) => !i.done), ...s.items.filter((i) => i.done)].slice(0, ITEMS_KEPT).map((i) => ({
    title: i.title,
    done: i.done,
    overdue: i.overdue,
    ...(i.due ? { due: i.due } : {}),
    detail: i.detail,
  }));

/** The summary of one unit from its home-page computation. */
export function summarize(x: SummaryInput): UnitSummary {
  const { snapshot: s, dashboard: d } = x;
  const stageTitle = (id: string) => s.template.stages.find((st) => st.id === id)?.title ?? id;
  const acceptances = [...s.acceptances]
    .sort((a, b) => (a.date === b.date ? (a.recordedAt < b.recordedAt ? -1 : 1) : a.date < b.date ? -1 : 1))
    .map((a) => {
      const group = x.receipts.get(a.id);
      return {
        stageId: a.stageId,
        stageTitle: stageTitle(a.stageId),
        passed: a.passed,
        date: a.date,
        supervisor: a.supervisor,
        signed: group !== undefined,
        ...(group !== undefined ? { group } : {}),
      };
    });
  return {
    unitId: s.unit.id,
    unitName: s.unit.name,
    orgName: s.unit.orgName,
    year: s.unit.year,
    asOf: d.now,
    people: x.people,
    party: x.party,
    current: { id: d.current.id, title: d.current.title, due: d.current.due, overdue: d.current.overdue, daysLeft: d.current.daysLeft },
    focus: { id: d.focus.id, title: d.focus.title, locked: d.focus.locked },
    progress: d.progress,
    steps: d.steps.map((st) => ({ id: st.id, title: st.title, state: stepState(st), done: st.progress.done, total: st.progress.total, items: keptItems(st) })),
    gates: [...d.locked.map((l) => ({ title: `进入${l.title}`, reasons: l.reasons.map((r) => r.message) })), ...x.meetingGates],
    overdue: d.overdue.slice(0, OVERDUE_KEPT).map((i) => ({ title: i.title, ...(i.due ? { due: i.due } : {}) })),
    overdueCount: d.overdue.length,
    mobilisation: { state: d.mobilisation.state, deadline: d.mobilisation.deadline },
    satisfaction: satisfactionOf(x.facts[SURVEY_FEATURE] as SurveyFacts | undefined, surveyFloor(s.template, s.thresholdOverrides)),
    acceptances,
  };
}
