import { call, onChanges } from './client';
import { createReadCache } from './readCache';

/**
 * The window's one read cache: every view reads through it (useQuery), and every call that
 * changed the map makes stale what it touched, before the call's caller goes on.
 */
export const reads = createReadCache(call);
onChanges((changed) => reads.apply(changed));
