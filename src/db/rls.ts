/**
 * The row-level-security statements of one tenant table: enabled, and visible and writable only inside the
 * request's societies (or to the federation). Every tenant table's migration uses them, so the rule is one.
 * The federation flag is a sub-select: app_is_federation() checks the account's federation grant (a SECURITY
 * DEFINER look-up), and as an InitPlan it runs once per statement instead of once per row.
 */
export function tenantRlsStatements(table: string): string[] {
  return [
    `alter table "${table}" enable row level security;`,
    `create policy ${table}_tenant on "${table}"
      using ((select app_is_federation()) or society_id = any (app_society_ids()))
      with check ((select app_is_federation()) or society_id = any (app_society_ids()));`,
  ];
}
