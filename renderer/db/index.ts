/** The data layer's public API: the database and its repositories. */
export { openDb, PytDb, DEFAULT_DB_NAME, type ThresholdOverride } from './db';
export * from './repos/audit';
export * from './repos/units';
export * from './repos/members';
export * from './repos/snapshot';
export * from './repos/campaign';
export type { CampaignContext } from './repos/context';
export * from './repos/demo';
