import { zipSync } from 'fflate';

export interface NamedFile {
  name: string;
  data: Uint8Array;
}

/**
 * One .zip of the files, each under its own name: a second file of the same name (two members
 * called 王伟) becomes “王伟（2）.docx”, as Windows names copies. Names compare without case,
 * as Windows does when the zip is unpacked.
 */
export function zipFiles(files: readonly NamedFile[]): Uint8Array {
  const taken = new Set<string>();
  const entries: Record<string, Uint8Array> = {};
  for (const file of files) {
    const dot = file.name.lastIndexOf('.');
    const [stem, ext] = dot > 0 ? [file.name.slice(0, dot), file.name.slice(dot)] : [file.name, ''];
    let name = file.name;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}（${n}）${ext}`;
    taken.add(name.toLowerCase());
    entries[name] = file.data;
  }
  // A .docx is compressed already: storing it is as small and much faster.
  return zipSync(entries, { level: 0 });
}
