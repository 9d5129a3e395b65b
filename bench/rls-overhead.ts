import 'reflect-metadata';
import { beginAsStaff, explainMs, withRlsBenchDatabase } from './rls-database';

/**
 * What the third wall costs the work queue's statements, as the application role with a staff member's settings:
 * the page and its education, work history and files, timed (median of EXPLAIN ANALYZE execution times) with the
 * federation flag as it is (a SECURITY DEFINER grant check, asked once per statement) and with the old flag (a bare
 * setting). Usage: DATABASE_URL=postgres://… npx ts-node --transpile-only bench/rls-overhead.ts
 */
const PER_SOCIETY = Number(process.env.BENCH_PER_SOCIETY ?? 3000);
const RUNS = 15;

async function main(): Promise<void> {
  await withRlsBenchDatabase('ece_rls_overhead', PER_SOCIETY, async ({ owner, app, staff }) => {
    const statements = [
      `select * from application where society_id = any($1::uuid[]) and stage <> 'DRAFT' order by submitted_at desc, id desc limit 100`,
      `select e.* from education_entry e where e.application_id in (select id from application where society_id = any($1::uuid[]) order by submitted_at desc limit 100)`,
      `select w.* from work_history_entry w where w.application_id in (select id from application where society_id = any($1::uuid[]) order by submitted_at desc limit 100)`,
      `select f.id, f.purpose, f.application_id from stored_file f where f.application_id in (select id from application where society_id = any($1::uuid[]) order by submitted_at desc limit 100)`,
    ];
    const timeAll = async (): Promise<number> => {
      const totals: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        await beginAsStaff(app, staff);
        let total = 0;
        for (const sql of statements) total += await explainMs(app, sql, [[staff.society_id]]);
        await app.query('rollback');
        totals.push(total);
      }
      return totals.sort((a, b) => a - b)[Math.floor(RUNS / 2)];
    };
    const withGrantCheck = await timeAll();
    const current = (await owner.query(`select pg_get_functiondef('app_is_federation()'::regprocedure) as def`)).rows[0].def as string;
    await owner.query(`create or replace function app_is_federation() returns boolean language sql stable security invoker as $$ select current_setting('app.federation')::boolean $$`);
    const bareSetting = await timeAll();
    await owner.query(current);
    console.log(JSON.stringify({ applications: 3 * PER_SOCIETY, statements: statements.length, medianMs: { withGrantCheck, bareSetting }, ratio: withGrantCheck / bareSetting }, null, 2));
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
