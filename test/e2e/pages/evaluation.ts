import { expect, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import path from 'node:path';
import { chooseOption, SCREENS } from './app';

/** The open unit's id, from the address (#/u/<id>/…). */
export function unitIdOf(page: Page): string {
  const m = /\/u\/([^/?#]+)/.exec(page.url());
  if (!m) throw new Error(`not inside a unit: ${page.url()}`);
  return decodeURIComponent(m[1]);
}

export interface SeededTurn {
  memberName: string;
  analysis: string;
  criticFrom: string[];
  criticisms: string[];
  massComments?: string;
}

export interface SeededEvaluation {
  memberName: string;
  /** Any record field (a grade, say, as a restored backup could carry). */
  fields: Record<string, unknown>;
}

/**
 * Writes, straight into the app's IndexedDB, a 专题组织生活会 held on the unit's today for each
 * named branch, the minutes of some members' turns, and evaluations; then reloads so the pages read
 * them. The meetings engineer's pages hold meetings through the gate; these tests need only the
 * records a held meeting leaves.
 */
export async function seedHeldMeetings(
  page: Page,
  unitId: string,
  o: { branches: string[]; turns?: SeededTurn[]; evaluations?: SeededEvaluation[]; report?: Record<string, unknown> },
): Promise<{ heldOn: string }> {
  const heldOn = await page.evaluate(
    async ({ unitId, o }) => {
      const req = indexedDB.open('pingyitong');
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['units', 'branches', 'members', 'specialMeetings', 'meetingTurns', 'evaluations', 'evaluationReports'], 'readwrite');
      const all = <T,>(store: string) =>
        new Promise<T[]>((resolve, reject) => {
          const r = tx.objectStore(store).getAll();
          r.onsuccess = () => resolve(r.result as T[]);
          r.onerror = () => reject(r.error);
        });
      type Row = Record<string, unknown> & { id: string; unitId: string; name: string };
      const unit = (await all<Row & { demoToday?: string }>('units')).find((u) => u.id === unitId)!;
      const pad = (n: number) => String(n).padStart(2, '0');
      const now = new Date();
      const today = unit.demoToday ?? `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
      const at = `${today}T09:00:00.000+08:00`;
      const branches = (await all<Row>('branches')).filter((b) => b.unitId === unitId);
      const members = (await all<Row>('members')).filter((m) => m.unitId === unitId);
      const meetings = (await all<Row>('specialMeetings')).filter((m) => m.unitId === unitId);
      const meetingOf = new Map<string, string>();
      for (const name of o.branches) {
        const b = branches.find((x) => x.name === name)!;
        const old = meetings.find((m) => m.kind === 'orgLife' && m.branchId === b.id);
        const id = old?.id ?? crypto.randomUUID();
        meetingOf.set(b.id, id);
        tx.objectStore('specialMeetings').put({
          nonParty: [],
          higherNames: [],
          higherOrgs: [],
          supervisorNames: [],
          agenda: [],
          place: '党员活动室',
          hostName: '支部书记',
          recorderName: '组织委员',
          createdAt: at,
          ...(old ?? {}),
          id,
          unitId,
          kind: 'orgLife',
          branchId: b.id,
          status: 'held',
          date: today,
          heldAt: at,
          updatedAt: at,
        });
      }
      const party = (name: string) => members.find((m) => m.name === name && m.kind === 'party')!;
      (o.turns ?? []).forEach((t, i) => {
        const m = party(t.memberName);
        tx.objectStore('meetingTurns').put({
          id: crypto.randomUUID(),
          unitId,
          meetingId: meetingOf.get(m.branchId as string),
          memberId: m.id,
          order: i + 1,
          presentation: 'inPerson',
          analysis: t.analysis,
          criticFrom: t.criticFrom,
          criticisms: t.criticisms,
          ...(t.massComments ? { massComments: t.massComments } : {}),
          createdAt: at,
          updatedAt: at,
        });
      });
      const evaluations = (await all<Row>('evaluations')).filter((e) => e.unitId === unitId);
      for (const e of o.evaluations ?? []) {
        const m = party(e.memberName);
        const old = evaluations.find((x) => x.memberId === m.id);
        tx.objectStore('evaluations').put({ ...(old ?? {}), id: old?.id ?? crypto.randomUUID(), unitId, memberId: m.id, distinctions: {}, decidedOn: today, createdAt: at, updatedAt: at, ...e.fields });
      }
      if (o.report) {
        const ids = (o.report.memberNames as string[] | undefined)?.map((n) => party(n).id) ?? [];
        const { memberNames: _n, ...fields } = o.report;
        const old = (await all<Row>('evaluationReports')).find((r) => r.unitId === unitId);
        tx.objectStore('evaluationReports').put({ ...(old ?? {}), id: old?.id ?? crypto.randomUUID(), unitId, date: today, createdAt: at, updatedAt: at, ...fields, memberIds: ids });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      db.close();
      return today;
    },
    { unitId, o },
  );
  await page.reload();
  return { heldOn };
}

/** The 党员评议 page: branch tabs, the member dialog, the report card. */
export class EvaluationPage {
  constructor(private page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: '党员评议' }).click();
    await expect(this.page.getByRole('heading', { name: '党员评议', level: 3 })).toBeVisible();
  }

  async branch(name: string) {
    await this.page.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByTestId('member-name').getByText(name, { exact: true }) });
  }

  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  async evaluate(name: string) {
    await this.row(name).getByTestId(/^evaluate-/).click();
    await expect(this.dialog()).toBeVisible();
  }

  async choose(label: string) {
    await this.dialog().getByRole('radio', { name: label, exact: true }).check();
  }

  /** One of the five distinctions (its title) answered with one of its sides (its words). */
  async distinction(title: string, side: string) {
    await this.dialog().getByRole('radiogroup', { name: title }).getByRole('radio', { name: side, exact: true }).check();
  }

  async fillDate(label: string, chinese: string) {
    const input = this.dialog().getByLabel(label, { exact: true });
    await input.fill(chinese);
    await input.press('Enter');
  }

  async chooseHelper(name: string, title: string) {
    const select = this.dialog().getByLabel('帮助人', { exact: true });
    await select.click();
    await select.fill(name);
    await chooseOption(this.page, title);
  }

  async save() {
    await this.dialog().getByTestId('save-evaluation').click();
  }
}

/** The text of a .docx the page downloads when `click` runs, as its paragraphs and cells joined. */
export async function downloadedDocText(page: Page, click: () => Promise<void>): Promise<{ xml: string; text: string; name: string }> {
  const download = page.waitForEvent('download');
  await click();
  const d = await download;
  const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(await d.path())))['word/document.xml']);
  const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  return { xml, text, name: d.suggestedFilename() };
}

/** A screenshot of an open dialog whole (the viewport made tall enough for it), under the shared screens folder. */
export async function dialogShot(page: Page, name: string) {
  const size = page.viewportSize() ?? { width: 1366, height: 768 };
  const box = await page.getByRole('dialog').boundingBox();
  await page.setViewportSize({ width: size.width, height: Math.max(size.height, Math.ceil((box?.height ?? 0) + 160)) });
  await page.getByRole('dialog').screenshot({ path: path.join(SCREENS, `${name}.png`) });
  await page.setViewportSize(size);
}
