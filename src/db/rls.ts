/**
 * The row-level-security statements of one tenant table: enabled, and visible and writable only inside the
 * request's societies (or to the federation). Every tenant table's migration uses them, so the rule is one.
 */
export function tenantRlsStatements(table: string): string[] {
  return [
    `alter table "${table}" enable row level security;`,
    `create policy ${table}_tenant on "${table}"
      using (app_is_federation() or society_id = any (app_society_ids()))
      with check (app_is_federation() or society_id = any (app_society_ids()));`,
  ];
}
