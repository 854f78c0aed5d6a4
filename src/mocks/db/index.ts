/** The seeded, stateful, in-memory dataset of the mock backend. */
export { getMockDb, resetMockDb, type ResetOptions } from './store';
export { createSeedDb, MOCK_SEED } from './seed';
export * from './tokens';
export * from './clients';
export * from './devices';
export type * from './types';
export * from './sessions';
export * from './tokenConfig';
export * from './tokenText';
export { changesBetween, creationChanges, findAuditLogs, recordAudit, snapshot, toAuditLogItem, type AuditEntryInput } from './audit';
export { clientStats } from './clientStats';
