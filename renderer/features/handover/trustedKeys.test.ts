import { describe, expect, it } from 'vitest';
import { generateKeyPair, signerOf } from '@shared/bundle/keys';
import { encodeKeyFile, readKeyFile } from '@shared/bundle/receipt';
import { sameGroupOtherKey, withoutTrustedKey, withTrustedKey } from './trustedKeys';

async function keyOf(group: string) {
  const r = readKeyFile(encodeKeyFile(group, (await signerOf(await generateKeyPair())).publicKey));
  if (!r.ok) throw new Error(r.error.join());
  return r.value;
}

describe('trusted 督导组 keys', () => {
  it('keeps several keys, each once, and removes one without touching the others', async () => {
    const third = await keyOf('第三督导组');
    const fifth = await keyOf('第五督导组');
    const one = withTrustedKey([], third, '2005-09-01T10:00:00.000+08:00')!;
    expect(one).toEqual([{ ...third, trustedAt: '2005-09-01T10:00:00.000+08:00' }]);
    expect(withTrustedKey(one, third, '2005-09-02T10:00:00.000+08:00')).toBeNull();
    const two = withTrustedKey(one, fifth, '2005-09-02T10:00:00.000+08:00')!;
    expect(two.map((k) => k.group)).toEqual(['第三督导组', '第五督导组']);
    expect(withoutTrustedKey(two, third.publicKey)).toEqual([two[1]]);
  });

  it('notices another key under a group name already trusted', async () => {
    const old = await keyOf('第三督导组');
    const renewed = await keyOf('第三督导组');
    const list = withTrustedKey([], old, '2005-09-01T10:00:00.000+08:00')!;
    expect(sameGroupOtherKey(list, renewed)?.fingerprint).toBe(old.fingerprint);
    expect(sameGroupOtherKey(list, old)).toBeUndefined();
  });
});
