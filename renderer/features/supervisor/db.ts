/** The 督导组's database, opened by SupervisorRoot's DbGate before any page reads it. */
import { SupervisorDb } from '../../db/supervisorDb';

export const supervisorDb = new SupervisorDb();
