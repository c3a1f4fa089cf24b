import { useCallback } from 'react';
import { App } from 'antd';
import type { DocumentOptions } from '@shared/documents';
import { safeFileName } from '@shared/documents/text';
import { useApp } from '../../app/context';
import { useAction } from '../../app/useAction';
import { bridge } from '../../bridge';

/** Builds a Word file with the user's document fonts and lets the user save it. */
export function useExportDocument() {
  const { settings } = useApp();
  const { message } = App.useApp();
  const run = useAction();
  return useCallback(
    (fileTitle: string, build: (options: DocumentOptions) => Promise<Uint8Array>) =>
      run(async () => {
        const data = await build({ fonts: settings.documentFonts });
        const r = await bridge.filesSave({
          suggestedName: safeFileName(fileTitle, '.docx'),
          filters: [{ name: 'Word 文档', extensions: ['docx'] }],
          data,
        });
        if (r.saved) void message.success(`已生成：${r.path ?? fileTitle}`);
        return r.saved;
      }),
    [run, message, settings.documentFonts],
  );
}
