import { isUuid } from '../common/is-uuid';

/** The PostgreSQL channel the database announces committed writes on (migration Migration20261201050000_live_progress). */
export const LIVE_CHANNEL = 'ece_live';

/**
 * What the database announces: ids only. Nothing in it is shown to anyone; each subscriber reads the row again
 * through the policies, as itself, before anything leaves the server.
 */
export type LiveSignal =
  | { kind: 'APPLICATION_EVENT'; id: string; applicationId: string; societyId: string }
  | { kind: 'NOTIFICATION'; id: string; recipientId: string; societyId: string | null };

/** Reads a NOTIFY payload; undefined for anything that is not a well-formed signal (it is ignored). */
export function parseLiveSignal(payload: string | undefined): LiveSignal | undefined {
  if (!payload) return undefined;
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(payload) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const id = (key: string) => (typeof value[key] === 'string' && isUuid(value[key] as string) ? (value[key] as string) : undefined);
  if (value.kind === 'APPLICATION_EVENT' && id('id') && id('applicationId') && id('societyId')) {
    return { kind: 'APPLICATION_EVENT', id: id('id')!, applicationId: id('applicationId')!, societyId: id('societyId')! };
  }
  if (value.kind === 'NOTIFICATION' && id('id') && id('recipientId') && (value.societyId === null || id('societyId'))) {
    return { kind: 'NOTIFICATION', id: id('id')!, recipientId: id('recipientId')!, societyId: id('societyId') ?? null };
  }
  return undefined;
}
