import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { zipFiles } from './zipFiles';

const bytes = (n: number) => new Uint8Array([n]);

describe('zipFiles', () => {
  it('packs each file under its name, with its bytes', () => {
    const zip = unzipSync(zipFiles([{ name: '征求意见表.docx', data: bytes(1) }, { name: '工作方案.docx', data: bytes(2) }]));
    expect(zip).toEqual({ '征求意见表.docx': bytes(1), '工作方案.docx': bytes(2) });
  });

  it('keeps two files of the same name apart, as Windows names copies', () => {
    const zip = unzipSync(
      zipFiles([
        { name: '王伟.docx', data: bytes(1) },
        { name: '王伟.docx', data: bytes(2) },
        { name: '王伟.DOCX', data: bytes(3) },
        { name: 'README', data: bytes(4) },
        { name: 'README', data: bytes(5) },
      ]),
    );
    expect(Object.keys(zip)).toEqual(['王伟.docx', '王伟（2）.docx', '王伟（3）.DOCX', 'README', 'README（2）']);
    expect(zip['王伟（2）.docx']).toEqual(bytes(2));
  });
});
