import type { WriteContext } from '@shared/audit/types';
import type { CampaignTemplate } from '@shared/campaign/template';
import type { Unit } from '@shared/units/types';
import { UserError } from '@shared/util/result';
import type { PytDb } from '../db';

/** What campaign writes need besides who and when: the template, and today (`YYYY-MM-DD`). */
export interface CampaignContext extends WriteContext {
  template: CampaignTemplate;
  today: string;
}

/** Call inside the write's transaction (it must include `db.units`). */
export async function requireUnit(db: PytDb, unitId: string): Promise<Unit> {
  const unit = await db.units.get(unitId);
  if (!unit) throw new UserError('单位不存在或已被删除');
  return unit;
}
