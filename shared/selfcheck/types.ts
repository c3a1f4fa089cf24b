/** The words of 阶段自查 (R-STAGE-SELFCHECK). */
import type { z } from 'zod';
import type { selfCheckRecord } from './schema';

/** The points of the self-inspection, in the speech's order (the documents' SELF_CHECK_POINTS). */
export { SELF_CHECK_POINTS, SELF_CHECK_POINT_LABEL, type SelfCheckPoint } from './points';

export type SelfCheck = z.infer<typeof selfCheckRecord>;
