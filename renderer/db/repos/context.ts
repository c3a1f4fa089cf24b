import type { WriteContext } from '@shared/audit/types';
import type { CampaignTemplate } from '@shared/campaign/template';

/** What campaign writes need besides who and when: the template, and today (`YYYY-MM-DD`). */
export interface CampaignContext extends WriteContext {
  template: CampaignTemplate;
  today: string;
}
