/** 单位: one grassroots unit running the campaign; its data is kept apart from other units'. */
export interface Unit {
  id: string;
  /** 单位名称 */
  name: string;
  /** 党组织名称 */
  orgName: string;
  /** 上级党组织 */
  parentOrg: string;
  /** 活动年度 */
  year: number;
  /** 书记/联系人 */
  contact: string;
  phone?: string;
  /** Campaign template id (resources/templates). */
  templateId: string;
  /** The built-in 示例单位. */
  isDemo: boolean;
  createdAt: string;
  updatedAt: string;
}

export type UnitDraft = Pick<Unit, 'name' | 'orgName' | 'parentOrg' | 'year' | 'contact'> & {
  phone?: string;
};
