/** The supervisor pages' live reads: each over its own small table. */
import { useLiveQuery } from 'dexie-react-hooks';
import { listBoard, listIssued, getProfile } from '../../db/repos/supervisor';
import { supervisorDb } from './db';

export const useBoard = () => useLiveQuery(() => listBoard(supervisorDb), []);
export const useProfile = () => useLiveQuery(async () => (await getProfile(supervisorDb)) ?? null, []);
export const useIssued = () => useLiveQuery(() => listIssued(supervisorDb), []);
export const useHeld = () => useLiveQuery(() => supervisorDb.supervisorBundles.where('role').equals('held').toArray(), []);
export const useImports = () => useLiveQuery(() => supervisorDb.supervisorImports.toArray(), []);
