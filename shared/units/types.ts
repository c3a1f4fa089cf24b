import type { z } from 'zod';
import type { unitRecord } from './schema';

/** 单位: one grassroots unit running the campaign; its data is kept apart from other units'. */
export type Unit = z.infer<typeof unitRecord>;

export type UnitDraft = Pick<Unit, 'name' | 'orgName' | 'parentOrg' | 'year' | 'contact'> & {
  phone?: string;
};
