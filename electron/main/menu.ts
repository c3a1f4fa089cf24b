import type { MenuItemConstructorOptions } from 'electron';
import type { ZoomDirection } from './zoom';

export type MenuOptions = {
  /** Shows the about box. */
  onAbout: () => void;
  /** Steps the page zoom and remembers it. */
  onZoom: (direction: ZoomDirection) => void;
  /** Developer tools only outside the packaged app. */
  isPackaged: boolean;
};

/**
 * A short Chinese menu. 视图 carries the zoom commands because many users are older and need
 * larger text; Ctrl+= is listed because on most keyboards "+" needs Shift (Ctrl+Shift+= and the
 * keypad work too, see zoom.ts).
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: '重新加载', role: 'reload' },
    { type: 'separator' },
    { label: '实际大小', accelerator: 'CommandOrControl+0', click: () => options.onZoom('reset') },
    { label: '放大', accelerator: 'CommandOrControl+=', click: () => options.onZoom('in') },
    { label: '缩小', accelerator: 'CommandOrControl+-', click: () => options.onZoom('out') },
    { type: 'separator' },
    { label: '全屏', role: 'togglefullscreen' },
  ];
  if (!options.isPackaged) view.push({ type: 'separator' }, { label: '开发者工具', role: 'toggleDevTools' });

  return [
    { label: '文件(&F)', submenu: [{ label: '退出', role: 'quit' }] },
    {
      label: '编辑(&E)',
      submenu: [
        { label: '撤销', role: 'undo' },
        { label: '重做', role: 'redo' },
        { type: 'separator' },
        { label: '剪切', role: 'cut' },
        { label: '复制', role: 'copy' },
        { label: '粘贴', role: 'paste' },
        { label: '全选', role: 'selectAll' },
      ],
    },
    { label: '视图(&V)', submenu: view },
    { label: '帮助(&H)', submenu: [{ label: '关于评议通', click: () => options.onAbout() }] },
  ];
}
