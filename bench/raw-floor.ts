import http from 'node:http';
import { Pool } from 'pg';
import { QUEUE_STAGES } from '../src/policies/queue-filters.policy';

/**
 * The raw-SQL floor of the work-queue benchmark: plain node:http and pg, the API's role and RLS settings, and one
 * statement (json_agg) that renders the same JSON as the API's WorkQueue response for the same page. Nothing
 * is checked but the statement itself: it is what the database and Node's HTTP cost at least, the bar the API is
 * measured against. `viewerCan` per application comes from the API's own answer (BENCH_VIEWER_CAN: the action table
 * and its guards are not SQL), sent as one jsonb parameter, which only makes the floor slower; the orchestrator compares both responses before timing.
 */
const PAGE_SQL = `
with page as (
  select a.* from application a
  where a.society_id = $1 and a.stage = any ($2::application_stage[])
  order by a.submitted_at, a.id
  limit $3 + 1
), shown as (
  select *, to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as submitted_iso,
    -- The API's cursors carry the instant to the microsecond (src/common/cursor-instant.ts).
    to_char(submitted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at from page order by submitted_at, id limit $3
), cursors as (
  select shown.*, translate(encode(convert_to(format('["%s","%s"]', cursor_at, id), 'UTF8'), 'base64'), E'+/=\\n', '-_') as cursor from shown
)
select json_build_object('data', json_build_object('applications', json_build_object(
  'edges', coalesce((select json_agg(json_build_object('cursor', c.cursor, 'node', json_build_object(
      'id', c.id, 'stage', c.stage, 'version', c.version, 'submittedAt', c.submitted_iso,
      'acceptedAt', to_char(c.accepted_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
      'stageDeadline', c.stage_deadline, 'evaluationDeadline', c.evaluation_deadline, 'societyMember', c.society_member,
      'returnRequest', c.return_request, 'viewerCan', coalesce($4::jsonb -> c.id::text, '[]'::jsonb),
      'grade', (select json_build_object('code', g.code) from grade g where g.id = c.grade_id),
      'specialty', (select json_build_object('code', s.code) from specialty s where s.id = c.specialty_id),
      'basicInformation', json_build_object('name', c.name, 'employer', c.employer),
      'education', coalesce((select json_agg(json_build_object('school', e.school, 'level', e.level) order by e.from_date, e.id)
                             from education_entry e where e.application_id = c.id), '[]'),
      'workHistory', coalesce((select json_agg(json_build_object('employer', w.employer, 'fromDate', w.from_date, 'toDate', w.to_date) order by w.from_date, w.id)
                               from work_history_entry w where w.application_id = c.id), '[]'),
      'files', coalesce((select json_agg(json_build_object('purpose', f.purpose, 'filename', f.filename, 'size', f.size) order by f.created_at, f.id)
                         from stored_file f where f.application_id = c.id and f.purpose is distinct from 'SUPPLEMENT'), '[]')
    )) order by c.submitted_at, c.id) from cursors c), '[]'),
  'pageInfo', json_build_object('hasNextPage', (select count(*) from page) > $3,
                                'endCursor', (select cursor from cursors order by submitted_at desc, id desc limit 1))
)))::text as body`;

async function main(): Promise<void> {
  const pool = new Pool({ connectionString: process.env.BENCH_APP_URL, max: 20 });
  const societyId = process.env.BENCH_SOCIETY_ID!;
  const accountId = process.env.BENCH_ACCOUNT_ID!;
  const viewerCan = process.env.BENCH_VIEWER_CAN ?? '{}';
  const stages = `{${QUEUE_STAGES.join(',')}}`;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const client = await pool.connect();
      try {
        const first = Number((JSON.parse(Buffer.concat(chunks).toString('utf8')) as { variables: { first: number } }).variables.first);
        await client.query('begin');
        await client.query(`select set_config('app.account_id', $1, true), set_config('app.society_ids', $2, true), set_config('app.federation', 'off', true)`, [accountId, `{${societyId}}`]);
        const { rows } = await client.query(PAGE_SQL, [societyId, stages, first, viewerCan]);
        await client.query('commit');
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(rows[0].body);
      } catch (error) {
        await client.query('rollback').catch(() => undefined);
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ errors: [{ message: String(error) }] }));
      } finally {
        client.release();
      }
    });
  });
  server.listen(0, () => {
    const { port } = server.address() as { port: number };
    process.send!({ kind: 'ready', url: `http://localhost:${port}/graphql` });
  });
  process.on('message', async (message: { kind: string }) => {
    if (message.kind !== 'stop') return;
    server.close();
    await pool.end();
    process.exit(0);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
