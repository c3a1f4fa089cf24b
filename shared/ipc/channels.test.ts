import { describe, expect, it } from 'vitest';
import { CHANNEL_METHODS, CHANNELS, bridgeMethodName } from './channels';
import { contract } from './contract';

describe('IPC channel table', () => {
  it('lists exactly the channels of the contract', () => {
    expect([...CHANNELS].sort()).toEqual(Object.keys(contract).sort());
  });

  it('names each bridge function after its channel: app:files.save → filesSave', () => {
    for (const channel of CHANNELS) {
      const [area, verb] = channel.slice('app:'.length).split('.');
      expect(channel).toMatch(/^app:[a-z]+\.[a-z][a-zA-Z]*$/);
      expect(bridgeMethodName(channel)).toBe(area + verb.charAt(0).toUpperCase() + verb.slice(1));
    }
  });

  it('gives every channel its own function name', () => {
    const names = Object.values(CHANNEL_METHODS);
    expect(new Set(names).size).toBe(names.length);
  });
});
