import { Button, Card, List, Typography } from 'antd';
import { FileWordOutlined } from '@ant-design/icons';
import { blankOpinionFormModel, blankSurveyBallotModel } from '@shared/campaign/blankForms';
import { stagePlanModel } from '@shared/campaign/planDocument';
import { buildOpinionForm, buildStagePlan, buildSurveyBallot, type DocumentOptions } from '@shared/documents';
import type { CampaignSnapshot } from '@shared/campaign/snapshot';
import { today } from '../../app/context';
import { useUnit } from '../../app/unitContext';
import { useExportDocument } from './useExportDocument';

interface Doc {
  id: string;
  title: string;
  note: string;
  build(s: CampaignSnapshot, o: DocumentOptions): Promise<Uint8Array>;
}

const DOCS: Doc[] = [
  {
    id: 'stagePlan',
    title: '分析评议阶段工作方案',
    note: '按“阶段工作方案”页面的内容生成，报督导组把关、报活动办公室备案。',
    build: (s, o) => buildStagePlan(stagePlanModel(s, s.template.focusStageId, today()), o),
  },
  {
    id: 'opinionForm',
    title: '征求意见表（空白）',
    note: '打印后发给党员、群众、服务对象、人大代表和政协委员填写。',
    build: (s, o) => buildOpinionForm(blankOpinionFormModel(s), o),
  },
  {
    id: 'surveyBallot',
    title: '群众满意度测评表（空白）',
    note: '专题民主生活会和专题组织生活会后发放，满意度低于规定标准的要补课。',
    build: (s, o) => buildSurveyBallot(blankSurveyBallotModel(s), o),
  },
];

/** Paper documents available now, in the official layout (GB/T 9704), as Word files. */
export function DocumentsPage() {
  const { unit, snapshot } = useUnit();
  const exportDoc = useExportDocument();
  if (!snapshot) return null;
  return (
    <div className="pyt-page">
      <Typography.Title level={3}>打印材料</Typography.Title>
      <Typography.Paragraph type="secondary">
        生成的 Word 文件按党政机关公文格式排版（A4，仿宋三号，每页 22 行、每行 28 字），可用 Word 或 WPS 打开后直接打印。字体可在“单位与设置”中更换。
      </Typography.Paragraph>
      <Card>
        <List
          dataSource={DOCS}
          renderItem={(d) => (
            <List.Item
              actions={[
                <Button
                  key="export"
                  icon={<FileWordOutlined />}
                  data-testid={`export-${d.id}`}
                  onClick={() => void exportDoc(`${unit.orgName}${d.title}`, (o) => d.build(snapshot, o))}
                >
                  生成 Word
                </Button>,
              ]}
            >
              <List.Item.Meta title={d.title} description={d.note} />
            </List.Item>
          )}
        />
      </Card>
    </div>
  );
}
