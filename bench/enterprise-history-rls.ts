import 'reflect-metadata';
import type { Client } from 'pg';
import { beginAsStaff, explainMs, withRlsBenchDatabase } from './rls-database';

/**
 * What the enterprise's read of history entries (policy application_event_enterprise_read) costs everyone else:
 * a society staff member's history reads (one application's entries, and a page of 100 applications' entries), as
 * the application role, timed (median of EXPLAIN ANALYZE planning + execution) with the policy as migrated, with
 * a once-per-statement enterprise-scope test in front of it (a variant tried), and without the policy.
 * Usage: DATABASE_URL=postgres://… npx ts-node --transpile-only bench/enterprise-history-rls.ts
 */
const PER_SOCIETY = Number(process.env.BENCH_PER_SOCIETY ?? 3000);
const EVENTS_PER_APPLICATION = 6;
const RUNS = 15;

async function main(): Promise<void> {
  const addHistory = async (owner: Client) => {
    await owner.query(
      `insert into application_event (id, society_id, application_id, actor_id, action, from_stage, to_stage, at)
       select gen_random_uuid(), a.society_id, a.id, a.applicant_id, 'submit', 'DRAFT', 'SUBMITTED', now() - make_interval(days => g)
       from application a, generate_series(1, $1::int) g`,
      [EVENTS_PER_APPLICATION],
    );
  };
  await withRlsBenchDatabase('ece_enterprise_rls', PER_SOCIETY, async ({ owner, app, staff }) => {
    const one = (await owner.query(`select id from application where society_id = $1 limit 1`, [staff.society_id])).rows[0].id as string;
    const statements: Array<[string, unknown[]]> = [
      [`select * from application_event where application_id = $1 order by seq`, [one]],
      [`select e.* from application_event e where e.application_id in (select id from application where society_id = any($1::uuid[]) order by submitted_at desc limit 100)`, [[staff.society_id]]],
    ];
    const timeAll = async (): Promise<number[]> => {
      const totals: number[][] = statements.map(() => []);
      for (let run = 0; run < RUNS; run += 1) {
        await beginAsStaff(app, staff);
        for (const [index, [sql, params]] of statements.entries()) totals[index].push(await explainMs(app, sql, params));
        await app.query('rollback');
      }
      return totals.map((times) => Number(times.sort((a, b) => a - b)[Math.floor(RUNS / 2)].toFixed(3)));
    };
    const asMigrated = await timeAll();
    await owner.query(`drop policy application_event_enterprise_read on application_event`);
    await owner.query(`create policy application_event_enterprise_read on application_event for select using ((select cardinality(app_enterprise_ids()) > 0) and exists (
      select 1 from application a where a.id = application_event.application_id and a.recommending_enterprise_id in (select unnest(app_enterprise_ids()))))`);
    const withScopeTest = await timeAll();
    await owner.query(`drop policy application_event_enterprise_read on application_event`);
    const withoutPolicy = await timeAll();
    console.log(JSON.stringify({
      applications: 3 * PER_SOCIETY, events: 3 * PER_SOCIETY * EVENTS_PER_APPLICATION, statements: ['one application', 'a page of 100'],
      medianMs: { asMigrated, withScopeTest, withoutPolicy },
    }, null, 2));
  }, addHistory);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
