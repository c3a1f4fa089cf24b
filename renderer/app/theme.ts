import type { ThemeConfig } from 'antd';

/** Larger type and controls than antd's defaults: many users are over 50. */
export const theme: ThemeConfig = {
  token: {
    fontSize: 15,
    controlHeight: 36,
    colorPrimary: '#c41d1d',
    borderRadius: 4,
  },
  components: {
    Menu: { itemHeight: 44 },
    Table: { cellPaddingBlock: 10 },
  },
};
