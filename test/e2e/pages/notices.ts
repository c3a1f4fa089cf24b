import { expect, type Page } from '@playwright/test';

export interface SeedPerson {
  id: string;
  name: string;
  kind: string;
  branchId?: string;
}

/** The 两个通报 page (R-NOTICE-BRANCH, R-NOTICE-LEADERSHIP). */
export class NoticesPage {
  constructor(private page: Page) {}

  async open() {
    await this.page.getByRole('menuitem', { name: '两个通报' }).click();
    await expect(this.page.getByRole('heading', { name: '两个通报' })).toBeVisible();
    await expect(this.page.getByTestId('notice-branches')).toBeVisible();
  }

  dialog() {
    return this.page.getByRole('dialog');
  }

  leadership() {
    return this.page.getByTestId('notice-leadership');
  }

  branchRow(name: string) {
    return this.page.getByTestId('notice-branches').getByRole('row').filter({ hasText: name });
  }

  /** Records the open notice as given, on the default day, by the way named. */
  async give(button: string, way: string) {
    await this.page.getByTestId(button).click();
    const d = this.dialog();
    await d.getByLabel(way).check();
    await d.getByRole('button', { name: /保\s*存/ }).click();
  }
}

function unitIdOf(page: Page): string {
  const id = /#\/u\/([^/]+)/.exec(page.url())?.[1];
  if (!id) throw new Error(`no unit in ${page.url()}`);
  return id;
}

/** The unit's branches and people, read straight from its IndexedDB. */
export async function readRoster(page: Page): Promise<{ unitId: string; branches: { id: string; name: string }[]; people: SeedPerson[] }> {
  const unitId = unitIdOf(page);
  return page.evaluate(
    (unitId) =>
      new Promise((resolve, reject) => {
        const req = indexedDB.open('pingyitong');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction(['branches', 'members'], 'readonly');
          const b = tx.objectStore('branches').getAll();
          const m = tx.objectStore('members').getAll();
          tx.oncomplete = () => {
            req.result.close();
            type Row = { unitId: string; id: string; name: string; kind: string; branchId?: string };
            resolve({
              unitId,
              branches: (b.result as Row[]).filter((x) => x.unitId === unitId).map((x) => ({ id: x.id, name: x.name })),
              people: (m.result as Row[]).filter((x) => x.unitId === unitId).map((x) => ({ id: x.id, name: x.name, kind: x.kind, branchId: x.branchId })),
            });
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    unitId,
  );
}

/**
 * Records of other features (the meetings, the evaluation, the ledger) written straight into the
 * unit's IndexedDB as those features store them, so this test does not depend on their pages.
 * Pages read them when they open.
 */
export async function putRecords(page: Page, store: string, records: object[]) {
  await page.evaluate(
    ({ store, records }) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('pingyitong');
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction(store, 'readwrite');
          for (const r of records) tx.objectStore(store).put(r);
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { store, records },
  );
}
