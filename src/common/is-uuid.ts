const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client-given id is a UUID: anything else cannot name a row, and must not reach a uuid column (SQL error). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}
