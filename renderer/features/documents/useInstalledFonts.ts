import { useEffect, useMemo, useState } from 'react';
import type { DocumentFonts, FontsInstalled } from '@shared/ipc/contract';
import { bridge } from '../../bridge';
import { fontCandidates } from './fontStatus';

/** Asks the PC which of the document fonts (and their stand-ins) it has; undefined until it answers. */
export function useInstalledFonts(fonts: DocumentFonts): FontsInstalled | undefined {
  const names = useMemo(() => fontCandidates(fonts), [fonts]);
  const [answer, setAnswer] = useState<{ names: string[]; value: FontsInstalled }>();
  useEffect(() => {
    let live = true;
    const settle = (value: FontsInstalled) => live && setAnswer({ names, value });
    bridge.fontsInstalled({ names }).then(settle, () => settle({ known: false }));
    return () => {
      live = false;
    };
  }, [names]);
  return answer?.names === names ? answer.value : undefined;
}
