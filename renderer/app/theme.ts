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

/**
 * The theme for this PC: with the system's "reduce motion" setting (Windows: 显示动画 off; often
 * set on old, slow PCs) antd's slide and zoom animations are off, and dropdowns and dialogs
 * appear at once.
 */
export function themeFor(reducedMotion: boolean): ThemeConfig {
  return reducedMotion ? { ...theme, token: { ...theme.token, motion: false } } : theme;
}
