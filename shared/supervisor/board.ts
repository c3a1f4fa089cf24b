/**
 * The 督导组's dashboard over its units (R-SUPERVISE): the steps as columns, filters, and the
 * figures the charts and the progress report show. Pure: over the kept per-unit summaries.
 */
import { STEP_STATES, type StepState, type UnitSummary } from './summary';

export interface BoardMark {
  note: string;
  by: string;
  date: string;
}

export interface BoardRow {
  summary: UnitSummary;
  /** Marked 典型, with the note. */
  mark?: BoardMark;
}

export interface BoardFilter {
  /** Units now in this stage (its id); all when empty. */
  stageId?: string;
  overdueOnly?: boolean;
  /** Units whose latest survey is below the floor (70 %, or the unit's own higher one). */
  belowFloorOnly?: boolean;
  typicalOnly?: boolean;
  /** Part of the unit's name or its party organisation's. */
  text?: string;
}

export function filterRows<R extends BoardRow>(rows: readonly R[], f: BoardFilter): R[] {
  const text = f.text?.trim() ?? '';
  return rows.filter(
    (r) =>
      (!f.stageId || r.summary.current.id === f.stageId) &&
      (!f.overdueOnly || r.summary.overdueCount > 0) &&
      (!f.belowFloorOnly || r.summary.satisfaction.below) &&
      (!f.typicalOnly || r.mark !== undefined) &&
      (!text || r.summary.unitName.includes(text) || r.summary.orgName.includes(text)),
  );
}

/** The steps of the units' focus stage, in template order (the union when templates differ). */
export function stepColumns(summaries: readonly UnitSummary[]): { id: string; title: string }[] {
  const seen = new Map<string, string>();
  for (const s of summaries) for (const st of s.steps) if (!seen.has(st.id)) seen.set(st.id, st.title);
  return [...seen].map(([id, title]) => ({ id, title }));
}

/** The stages units are in now, in the order first met, with how many units are in each. */
export function stageCounts(summaries: readonly UnitSummary[]): { id: string; title: string; units: number }[] {
  const out = new Map<string, { id: string; title: string; units: number }>();
  for (const s of summaries) {
    const e = out.get(s.current.id) ?? { id: s.current.id, title: s.current.title, units: 0 };
    e.units += 1;
    out.set(s.current.id, e);
  }
  return [...out.values()];
}

/** Per step, how many units are in each state. */
export function stepStateCounts(summaries: readonly UnitSummary[]): { id: string; title: string; counts: Record<StepState, number> }[] {
  return stepColumns(summaries).map((c) => {
    const counts = Object.fromEntries(STEP_STATES.map((s) => [s, 0])) as Record<StepState, number>;
    for (const s of summaries) {
      const st = s.steps.find((x) => x.id === c.id);
      if (st) counts[st.state] += 1;
    }
    return { ...c, counts };
  });
}

export const SATISFACTION_BANDS = ['未测评', '低于70%', '70%—80%', '80%—90%', '90%以上'] as const;

/** Units by their latest survey rate. */
export function satisfactionBands(summaries: readonly UnitSummary[]): { band: (typeof SATISFACTION_BANDS)[number]; units: number }[] {
  const counts = SATISFACTION_BANDS.map(() => 0);
  for (const s of summaries) {
    const r = s.satisfaction.rate;
    const band = r === undefined ? 0 : r < 0.7 ? 1 : r < 0.8 ? 2 : r < 0.9 ? 3 : 4;
    counts[band] += 1;
  }
  return SATISFACTION_BANDS.map((band, i) => ({ band, units: counts[i] }));
}

/** The headline figures of the dashboard and the report. */
export function boardTotals(rows: readonly BoardRow[]) {
  const s = rows.map((r) => r.summary);
  return {
    units: s.length,
    withOverdue: s.filter((x) => x.overdueCount > 0).length,
    belowFloor: s.filter((x) => x.satisfaction.below).length,
    surveyed: s.filter((x) => x.satisfaction.rate !== undefined).length,
    gated: s.filter((x) => x.gates.length > 0).length,
    typical: rows.filter((r) => r.mark).length,
    stepsDone: s.reduce((n, x) => n + x.steps.filter((st) => st.state === 'done').length, 0),
    steps: s.reduce((n, x) => n + x.steps.length, 0),
  };
}

/** “85.3%” (tenths, trailing .0 dropped). */
export function percent(rate: number): string {
  const tenths = Math.round(rate * 1000);
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`;
}
