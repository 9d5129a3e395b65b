import { onMaintenanceDatabase } from './test-database';

/** Drops the template database and stops the embedded server, if this run started one. */
export default async function globalTeardown(): Promise<void> {
  const state = globalThis.__eceTestDatabase;
  if (!state) return;
  await onMaintenanceDatabase(state.serverUrl, `drop database if exists "${state.template}" with (force)`);
  await state.embedded?.stop();
}
