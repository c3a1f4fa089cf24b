/**
 * A small campaign template for database tests, shaped like the 2005 分析评议 template,
 * so the data layer's tests do not depend on the full template file.
 */
import { campaignTemplateSchema, type CampaignTemplate } from '@shared/campaign/template';

export const miniTemplate: CampaignTemplate = campaignTemplateSchema.parse({
  id: 'mini-test',
  title: '测试用模板',
  baseYear: 2005,
  focusStageId: 'analysis',
  deadlines: { mobilise: '09-04' },
  allowGrades: false,
  stages: [
    {
      id: 'study',
      title: '学习动员',
      defaultStart: '07-01',
      defaultDue: '08-31',
      lookback: [{ id: 'lookback-study', title: '回头看' }],
      steps: [],
    },
    {
      id: 'analysis',
      title: '分析评议',
      defaultStart: '09-01',
      defaultDue: '09-30',
      steps: [
        {
          id: 'opinions',
          title: '征求意见',
          items: [{ id: 'opinion-box', title: '设立征求意见箱', due: '09-08' }],
        },
      ],
    },
    { id: 'rectify', title: '整改提高', defaultStart: '10-08', defaultDue: '11-30', steps: [] },
  ],
  planActions: [
    { id: 'pa-mobilise', stageId: 'analysis', title: '召开转段动员会', due: '09-04' },
    { id: 'pa-opinions', stageId: 'analysis', title: '广泛征求意见', due: '09-10' },
    { id: 'pa-talks', stageId: 'analysis', title: '开展谈心活动', due: '09-15' },
  ],
  thresholds: {
    attendanceRatio: { label: '到会人数比例', value: 0.8, min: 0.5, max: 1, unit: 'ratio', rule: 'R-MEET-SIX' },
    satisfaction: { label: '满意率', value: 0.7, min: 0.5, max: 1, unit: 'ratio', rule: 'R-SURVEY-70' },
  },
});
