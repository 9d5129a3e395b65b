import 'reflect-metadata';
import { MikroORM } from '@mikro-orm/postgresql';
import { print } from 'graphql';
import { Client } from 'pg';
import { hashPassword } from '../src/auth/password';
import { loadConfig } from '../src/config';
import { appRoleUrl, ensureAppRole } from '../src/db/app-role';
import { createOrmOptions } from '../src/db/orm-config';
import { migrateAndSeed } from '../src/db/prepare-database';
import { startServer } from '../src/http/server';
import { ComplaintsReportDocument, CpdComplianceReportDocument, CycleTimesReportDocument, ExaminerWorkloadReportDocument, FunnelReportDocument, RegistrationReportDocument } from '../test/generated/operations';

/**
 * The reports benchmark (issue 12): APPLICATIONS applications (default 1,000,000) across the 14 societies with
 * their history, examiners, material-review assignments and reviews, and the register, generated with
 * generate_series in a database of its own on the local server (DATABASE_URL's server, default
 * postgres://postgres@127.0.0.1:5432); the summaries are rebuilt from the history once after the bulk load
 * (the triggers are off while it runs, as for any bulk load). Then each report is asked RUNS times through the
 * HTTP API as a federation admin (all societies) and as one society's staff, and its p50 / p90 are printed.
 * `npm run bench:reports`; APPLICATIONS=100000 for a quicker run; KEEP_DATABASE=1 keeps the database; ONLY=<regexp>
 * measures only the reports whose label matches.
 */
const APPLICATIONS = Number(process.env.APPLICATIONS ?? 1_000_000);
const RUNS = Number(process.env.RUNS ?? 25);
const DATABASE = process.env.BENCH_DATABASE ?? 'ece_bench_reports';
const PASSWORD = 'bench-password-1';
const NOW = "timestamptz '2026-11-29 12:00:00+08'";

/**
 * The procedure paths generated applications follow: [to stage, days after the previous step, details]. Each
 * application takes one path (by its number) and goes as far along it as its submission date allows by NOW.
 */
const PATHS: Array<{ share: number; steps: Array<[string, number, string?]> }> = [
  { share: 60, steps: [['SUBMITTED', 0], ['FORM_CHECKED', 3], ['BASIC_CONDITIONS_MET', 5], ['ACCEPTED', 2, 'evaluation'], ['MATERIAL_REVIEW', 10], ['INTERVIEW', 30], ['COMPREHENSIVE_REVIEW', 40], ['PUBLIC_NOTICE', 20], ['FEDERATION_REVIEW', 8], ['REGISTERED', 30]] },
  { share: 15, steps: [['SUBMITTED', 0], ['RETURNED_FOR_COMPLETION', 2, 'return'], ['SUBMITTED', 8], ['FORM_CHECKED', 2], ['BASIC_CONDITIONS_MET', 4], ['ACCEPTED', 2, 'evaluation'], ['MATERIAL_REVIEW', 15], ['WRITTEN_EXAM', 20], ['INTERVIEW', 30], ['COMPREHENSIVE_REVIEW', 60], ['NOT_REGISTERED', 25]] },
  { share: 10, steps: [['SUBMITTED', 0], ['FORM_CHECKED', 4], ['NOT_ACCEPTED', 6]] },
  { share: 5, steps: [['SUBMITTED', 0], ['RETURNED_FOR_COMPLETION', 1, 'return'], ['LAPSED', 20]] },
  { share: 10, steps: [['SUBMITTED', 0], ['FORM_CHECKED', 3], ['BASIC_CONDITIONS_MET', 3], ['ACCEPTED', 2, 'evaluation'], ['MATERIAL_REVIEW', 20], ['WITHDRAWN', 40]] },
];

function pathRows(): string {
  const rows: string[] = [];
  let from = 0;
  PATHS.forEach((path, index) => {
    let previous = 'DRAFT';
    path.steps.forEach(([stage, days, kind], step) => {
      rows.push(`(${index}, ${from}, ${from + path.share}, ${step}, '${previous}', '${stage}', ${days}, ${kind ? `'${kind}'` : 'null'})`);
      previous = stage;
    });
    from += path.share;
  });
  return rows.join(',\n');
}

async function timed(client: Client, label: string, sql: string, params: unknown[] = []): Promise<void> {
  const started = Date.now();
  const result = await client.query(sql, params);
  process.stdout.write(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s${result.rowCount ? ` (${result.rowCount.toLocaleString('en')} rows)` : ''}\n`);
}

/** Generates the dataset with set-based SQL as the owner; answers the seconds it took. */
async function generate(ownerUrl: string): Promise<number> {
  const client = new Client({ connectionString: ownerUrl });
  await client.connect();
  const started = Date.now();
  const hash = await hashPassword(PASSWORD);
  await client.query('set maintenance_work_mem = \'512MB\'; set work_mem = \'256MB\'');
  // A bulk load of consistent rows: no per-row triggers (foreign-key checks, the report triggers) in this session;
  // the summaries are rebuilt from the history below.
  await client.query(`set session_replication_role = replica`);
  await timed(client, 'staff, federation admin, 1,400 examiners', `
    with people as (
      insert into account (id, email, password_hash, display_name, created_at)
      select gen_random_uuid(), e, $1, e, now() from (values ('bench-admin@example.test'), ('bench-staff@example.test')) v(e)
      union all
      select gen_random_uuid(), 'bench-examiner-' || s.code || '-' || n || '@example.test', $1, '考官' || s.code || n, now()
        from society s, generate_series(1, 100) n
      returning id, email)
    insert into role_grant (id, account_id, role, society_id, examiner_grade, field_id, specialty_codes, created_at)
    select gen_random_uuid(), p.id,
           case when p.email = 'bench-admin@example.test' then 'FEDERATION_ADMIN' when p.email = 'bench-staff@example.test' then 'SOCIETY_STAFF' else 'EXAMINER' end::grant_role,
           case when p.email = 'bench-admin@example.test' then null when p.email = 'bench-staff@example.test' then (select id from society where code = 'CSEE')
                else (select id from society where code = split_part(p.email, '-', 3)) end,
           case when p.email like 'bench-examiner-%' then 'FORMAL'::examiner_grade end,
           case when p.email like 'bench-examiner-%' then (select sf.field_id from society_field sf join society s on s.id = sf.society_id where s.code = split_part(p.email, '-', 3) limit 1) end,
           '{}', now()
      from people p`, [hash]);
  await timed(client, 'plan (societies, fields, grades, channels, paths, dates)', `
    create unlogged table bench_app as
    select g, gen_random_uuid() as id, gen_random_uuid() as account_id, s.id as society_id, s.field_id, s.specialty_id,
           (select id from grade where ladder = 'GENERAL' and code = (array['TRAINEE','PROFESSIONAL','SENIOR'])[1 + g % 3]) as grade_id,
           case when g % 5 = 0 then 'ENTERPRISE' else 'INDIVIDUAL' end::application_channel as channel,
           (g::bigint * 7919) % 100 as pick,
           timestamptz '2024-01-01 09:00:00+08' + ((${NOW} - timestamptz '2024-01-01 09:00:00+08') * (g::float / $1)) as submitted_at
      from generate_series(1, $1::int) g
      join (select row_number() over (order by s.code) - 1 as n, s.id, sf.field_id,
                   (select sp.id from specialty sp where sp.field_id = sf.field_id order by sp.sort_order limit 1) as specialty_id
              from society s join lateral (select field_id from society_field where society_id = s.id limit 1) sf on true) s on s.n = g % 14`, [APPLICATIONS]);
  await timed(client, 'path steps', `create unlogged table bench_path (path int, pick_from int, pick_to int, step int, from_stage application_stage, to_stage application_stage, days int, kind text);
    insert into bench_path values ${pathRows()}`);
  await timed(client, 'steps in time', `
    create unlogged table bench_step as
    select a.id as application_id, a.society_id, a.channel, p.step, p.from_stage, p.to_stage, p.kind,
           a.submitted_at + make_interval(hours => (sum(p.days * (1 + ((a.g * 31 + p.step) % 10) / 10.0) * 24) over (partition by a.id order by p.step))::int) as at
      from bench_app a join bench_path p on a.pick >= p.pick_from and a.pick < p.pick_to`);
  await timed(client, 'drop future steps', `delete from bench_step where at > ${NOW}`);
  await timed(client, 'index steps', `create index on bench_step (application_id, step)`);
  await timed(client, 'applicant accounts', `insert into account (id, email, password_hash, display_name, created_at)
    select account_id, 'bench-' || g || '@example.test', $1, '申请人' || g, submitted_at from bench_app`, [hash]);
  await timed(client, 'applicant grants', `insert into role_grant (id, account_id, role, society_id, specialty_codes, created_at)
    select gen_random_uuid(), account_id, 'APPLICANT', society_id, '{}', submitted_at from bench_app`);
  await timed(client, 'applications', `
    insert into application (id, society_id, applicant_id, field_id, specialty_id, grade_id, channel, stage, version, name, name_pinyin, employer,
      category_fields, submitted_at, accepted_at, evaluation_deadline, created_at, updated_at)
    select a.id, a.society_id, a.account_id, a.field_id, a.specialty_id, a.grade_id, a.channel, last.to_stage, 2 + last.step, '申请人' || a.g, 'Shenqingren ' || a.g,
           '某工程公司' || (a.g % 97), '{"category":"general"}', a.submitted_at, acc.at, (acc.at + interval '12 months')::date, a.submitted_at, last.at
      from bench_app a
      join lateral (select to_stage, step, at from bench_step s where s.application_id = a.id order by step desc limit 1) last on true
      left join lateral (select at from bench_step s where s.application_id = a.id and s.kind = 'evaluation') acc on true`);
  await timed(client, 'history (application_event)', `
    insert into application_event (id, society_id, application_id, actor_id, action, from_stage, to_stage, details, at)
    select gen_random_uuid(), s.society_id, s.application_id, (select account_id from role_grant where role = 'SOCIETY_STAFF' limit 1), 'bench', s.from_stage, s.to_stage,
           case s.kind when 'evaluation' then jsonb_build_object('evaluationDeadline', ((s.at at time zone 'Asia/Shanghai')::date + interval '12 months')::date)
                       when 'return' then jsonb_build_object('stageDeadline', ((s.at at time zone 'Asia/Shanghai')::date + 14)) end, s.at
      from bench_step s order by s.at`);
  await timed(client, 'material-review assignments (2 per application reaching it)', `
    insert into assignment (id, society_id, application_id, examiner_id, kind, assigned_at)
    with examiner as (select g.id, g.society_id, row_number() over (partition by g.society_id order by g.id) - 1 as n from role_grant g where g.role = 'EXAMINER')
    select gen_random_uuid(), s.society_id, s.application_id, e.id, 'MATERIAL_REVIEW', s.at
      from bench_step s cross join generate_series(0, 1) k
      join examiner e on e.society_id = s.society_id and e.n = (abs(hashtext(s.application_id::text)) + k) % 100
     where s.to_stage = 'MATERIAL_REVIEW'`);
  await timed(client, 'material reviews (when the review stage ended)', `
    insert into material_review (id, society_id, application_id, assignment_id, round, conclusion, submitted_at)
    select gen_random_uuid(), a.society_id, a.application_id, a.id, 1, 'RECOMMEND', a.assigned_at + (done.at - a.assigned_at) * 0.6
      from assignment a join bench_step done on done.application_id = a.application_id and done.from_stage = 'MATERIAL_REVIEW'`);
  await timed(client, 'register', `
    insert into registration (id, society_id, application_id, member_id, registration_number, name, field_name_zh, field_name_en, grade_name_zh, grade_name_en,
      valid_from, valid_until, confirmed_by_id, registered_at)
    select gen_random_uuid(), a.society_id, a.id, a.applicant_id, 'BENCH-' || row_number() over (order by s.at), a.name, f.name_zh, f.name_en, gr.name_zh, gr.name_en,
           (s.at at time zone 'Asia/Shanghai')::date, ((s.at at time zone 'Asia/Shanghai')::date + interval '5 years')::date,
           (select account_id from role_grant where role = 'SOCIETY_STAFF' limit 1), s.at
      from bench_step s join application a on a.id = s.application_id join engineering_field f on f.id = a.field_id join grade gr on gr.id = a.grade_id
     where s.to_stage = 'REGISTERED'`);
  await timed(client, 'summaries rebuilt from the history', 'select report_rebuild_summaries(), report_rebuild_registration_expiry()');
  await generateCpdAndComplaints(client);
  await client.query(`set session_replication_role = origin`);
  await client.query('drop table bench_app, bench_path, bench_step');
  await timed(client, 'analyze', 'analyze');
  // Index-only scans of the summaries need their visibility maps (autovacuum keeps them in production).
  await timed(client, 'vacuum the summaries', 'vacuum report_stage_entry, report_cycle_histogram, report_stage_flow, report_examiner_activity, report_cycle_rollup, report_examiner_rollup, report_examiner_standing, report_stage_count');
  const seconds = (Date.now() - started) / 1000;
  await client.end();
  return seconds;
}

/**
 * CPD and complaints on top of the register (set-based, as the owner, triggers off): one activity per registration
 * and calendar year of its validity up to NOW (10–69 hours, so some fall short), two societies with a minimum of 40
 * hours, a 2025 audit draw of each society with 10 % of its registrations audited; and 60,000 complaints over
 * 2024-01 – 2026-11 (7 in 10 handled by the society, the rest by the federation), most fed back in 5–44 days.
 * Then the CPD summary's scheduled refresh, timed (how long a refresh takes at this size).
 */
async function generateCpdAndComplaints(client: Client): Promise<void> {
  const staffId = `(select account_id from role_grant where role = 'SOCIETY_STAFF' limit 1)`;
  await timed(client, 'CPD settings (two societies at 40 hours)', `insert into cpd_setting (id, society_id, minimum_hours, audit_rate_percent, updated_by_id, updated_at)
    select gen_random_uuid(), id, 40, 10, ${staffId}, now() from society where code in ('CSEE', 'CES') on conflict do nothing`);
  await timed(client, 'CPD activities (one per registration and year)', `
    insert into cpd_activity (id, society_id, registration_id, kind, title, provider, started_on, ended_on, hours, created_at)
    select gen_random_uuid(), r.society_id, r.id, 'TRAINING', '继续教育培训', '学会', d, d, 10 + abs(hashtext(r.id::text || y)) % 60, now()
      from registration r, generate_series(extract(year from r.valid_from)::int, 2026) y,
           lateral (select least(make_date(y, 1 + abs(hashtext(r.id::text)) % 11, 1 + abs(hashtext(r.id::text || 'd')) % 28), date '2026-11-28') as d) day
     where d >= r.valid_from`);
  await timed(client, 'CPD audit draws and audits (2025, 10 %)', `
    with draw as (insert into cpd_audit_draw (id, society_id, year, rate_percent, seed, population, drawn_by_id, drawn_at)
                  select gen_random_uuid(), id, 2025, 10, 'bench', '[]', ${staffId}, timestamptz '2026-01-15 10:00+08' from society returning id, society_id)
    insert into cpd_audit (id, society_id, registration_id, draw_id, year, status, requested_at)
    select gen_random_uuid(), r.society_id, r.id, draw.id, 2025,
           (array['EVIDENCE_REQUESTED', 'EVIDENCE_SUBMITTED', 'ACCEPTED', 'ACCEPTED', 'REJECTED'])[1 + abs(hashtext(r.id::text || 'a')) % 5]::cpd_audit_status,
           timestamptz '2026-01-15 10:00+08'
      from registration r join draw on draw.society_id = r.society_id
     where r.valid_from <= date '2025-12-31' and abs(hashtext(r.id::text || 'audit')) % 10 = 0`);
  await timed(client, 'complaints (60,000)', `
    insert into complaint (id, kind, handler, status, round, society_id, complainant_name, subject, content, received_on, target_working_days, due_on,
      outcome, feedback, feedback_on, created_at)
    select gen_random_uuid(), case when h = 'SOCIETY' then 'RESULT' when h = 'QUALITY_SUPERVISION' then 'PROCEDURE_BREACH' else 'MISMANAGEMENT' end::complaint_kind,
           h::complaint_handler, st::complaint_status, case when h = 'SECRETARIAT' then 2 else 1 end, s.id, '投诉人' || g, '投诉事项', '投诉内容',
           received, 20, received + 28, case when st in ('DECIDED', 'FEEDBACK_GIVEN') then 'DISMISSED'::complaint_outcome end,
           case when st = 'FEEDBACK_GIVEN' then '已反馈' end, case when st = 'FEEDBACK_GIVEN' then received + 5 + g % 40 end, received::timestamptz
      from generate_series(1, 60000) g
      join (select row_number() over (order by code) - 1 as n, id from society) s on s.n = g % 14
      cross join lateral (select (date '2024-01-01' + (g::bigint * 1062 / 60000)::int) as received,
                                 case when g % 10 < 7 then 'SOCIETY' when g % 10 < 9 then 'QUALITY_SUPERVISION' else 'SECRETARIAT' end as h) x
      cross join lateral (select case when received < date '2026-09-28' and g % 20 <> 0 then 'FEEDBACK_GIVEN'
                                      else (array['RECEIVED', 'ASSIGNED', 'INVESTIGATING', 'DECIDED', 'FEEDBACK_GIVEN'])[1 + g % 5] end as st) y`);
  await timed(client, 'CPD summary refresh (the scheduled work)', `select report_refresh_cpd(date '2026-11-29')`);
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
}

async function main(): Promise<void> {
  const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const maintenance = new Client({ connectionString: serverUrl });
  await maintenance.connect();
  // REUSE_DATABASE=1 measures again on the database a KEEP_DATABASE=1 run left (new migrations are applied).
  const reuse = process.env.REUSE_DATABASE === '1';
  if (!reuse) {
    await maintenance.query(`drop database if exists ${DATABASE} with (force)`);
    await maintenance.query(`create database ${DATABASE}`);
  }
  const ownerUrl = Object.assign(new URL(serverUrl), { pathname: `/${DATABASE}` }).toString();
  await ensureAppRole(ownerUrl, config.appDbPassword);
  await migrateAndSeed(ownerUrl);

  if (!reuse) process.stdout.write(`generating ${APPLICATIONS.toLocaleString('en')} applications…\n`);
  const generatorSeconds = reuse ? Number.NaN : await generate(ownerUrl);
  if (reuse) {
    // A database kept from before CPD and complaints were generated: add them (and refresh the CPD summary).
    const kept = new Client({ connectionString: ownerUrl });
    await kept.connect();
    if (Number((await kept.query('select count(*) as n from cpd_activity')).rows[0].n) === 0) {
      await kept.query(`set session_replication_role = replica`);
      await generateCpdAndComplaints(kept);
      await kept.query(`set session_replication_role = origin`);
      await kept.query('analyze cpd_activity; analyze cpd_audit; analyze complaint; analyze report_cpd_year');
    }
    // Index-only scans of the summaries need their visibility maps (autovacuum keeps them in production).
    await kept.query('vacuum (analyze) report_stage_entry, report_cycle_histogram, report_stage_flow, report_examiner_activity, report_cycle_rollup, report_examiner_rollup, report_examiner_standing, report_stage_count');
    await kept.end();
  }
  const sizes = (await maintenance.query(`select pg_size_pretty(pg_database_size($1)) as size,
      (select count(*) from pg_stat_activity) as _ from pg_database limit 1`, [DATABASE])).rows[0];
  const owner = new Client({ connectionString: ownerUrl });
  await owner.connect();
  const counts = (await owner.query(`select (select count(*) from application) as applications, (select count(*) from application_event) as events,
      (select count(*) from registration) as registrations, (select count(*) from assignment) as assignments,
      (select count(*) from report_stage_flow) as flow_rows, (select count(*) from report_cycle_histogram) as histogram_rows,
      (select count(*) from cpd_activity) as cpd_activities, (select count(*) from report_cpd_year) as cpd_rows, (select count(*) from complaint) as complaints`)).rows[0];
  await owner.end();

  const orm = await MikroORM.init(createOrmOptions(appRoleUrl(ownerUrl, config.appDbPassword), { poolMax: 10 }));
  const server = await startServer(orm, config, 0);
  const post = async (body: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown };
  };
  const login = async (email: string) =>
    ((await post({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: PASSWORD } })).data!.login as { token: string }).token;
  const admin = { authorization: `Bearer ${await login('bench-admin@example.test')}` };
  const staff = { authorization: `Bearer ${await login('bench-staff@example.test')}`, 'x-society': 'CSEE' };
  const filter = { from: '2025-12-01', to: '2026-11-30' };
  const cpdFilter = { from: '2025-01-01', to: '2025-12-31' };
  const cases: Array<[string, () => Promise<unknown>]> = [
    ['funnel, federation, by society', () => post({ query: print(FunnelReportDocument), variables: { filter } }, admin)],
    ['funnel, federation, society×field×grade×channel', () => post({ query: print(FunnelReportDocument), variables: { filter, groupBy: ['SOCIETY', 'FIELD', 'GRADE', 'CHANNEL'] } }, admin)],
    ['funnel, federation, by month', () => post({ query: print(FunnelReportDocument), variables: { filter, groupBy: ['PERIOD'] } }, admin)],
    ['funnel, CSEE staff', () => post({ query: print(FunnelReportDocument), variables: { filter } }, staff)],
    ['cycle times, federation, by society', () => post({ query: print(CycleTimesReportDocument), variables: { filter } }, admin)],
    ['cycle times, federation, society×grade×channel', () => post({ query: print(CycleTimesReportDocument), variables: { filter, groupBy: ['SOCIETY', 'GRADE', 'CHANNEL'] } }, admin)],
    ['cycle times, CSEE staff', () => post({ query: print(CycleTimesReportDocument), variables: { filter } }, staff)],
    ['examiner workload, federation', () => post({ query: print(ExaminerWorkloadReportDocument), variables: { filter } }, admin)],
    ['examiner workload, CSEE staff', () => post({ query: print(ExaminerWorkloadReportDocument), variables: { filter } }, staff)],
    ['registrations + expiries (6 months), federation', () => post({ query: print(RegistrationReportDocument), variables: { filter, expiringWithinMonths: 6 } }, admin)],
    ['registrations + expiries (60 months), federation', () => post({ query: print(RegistrationReportDocument), variables: { filter, expiringWithinMonths: 60 } }, admin)],
    ['registrations, CSEE staff', () => post({ query: print(RegistrationReportDocument), variables: { filter } }, staff)],
    ['CPD compliance, federation, by society (2025)', () => post({ query: print(CpdComplianceReportDocument), variables: { filter: cpdFilter } }, admin)],
    ['CPD compliance, federation, society×field×grade×channel (2024–2026)', () => post({ query: print(CpdComplianceReportDocument), variables: { filter: { from: '2024-01-01', to: '2026-11-30' }, groupBy: ['SOCIETY', 'FIELD', 'GRADE', 'CHANNEL'] } }, admin)],
    ['CPD compliance, CSEE staff', () => post({ query: print(CpdComplianceReportDocument), variables: { filter: cpdFilter } }, staff)],
    ['complaints, federation, by society', () => post({ query: print(ComplaintsReportDocument), variables: { filter } }, admin)],
    ['complaints, federation, society×month', () => post({ query: print(ComplaintsReportDocument), variables: { filter, groupBy: ['SOCIETY', 'PERIOD'] } }, admin)],
    ['complaints, CSEE staff', () => post({ query: print(ComplaintsReportDocument), variables: { filter } }, staff)],
    ['export funnel.csv, federation', async () => (await fetch(new URL('/reports/funnel.csv?from=2025-12-01&to=2026-11-30&groupBy=SOCIETY,FIELD,GRADE,CHANNEL', server.url), { headers: admin })).text()],
    ['export cycle-times.xlsx, federation', async () => (await fetch(new URL('/reports/cycle-times.xlsx?from=2025-12-01&to=2026-11-30', server.url), { headers: admin })).arrayBuffer()],
    ['export cpd-compliance.xlsx, federation', async () => (await fetch(new URL('/reports/cpd-compliance.xlsx?from=2024-01-01&to=2026-11-30&groupBy=SOCIETY,FIELD,GRADE', server.url), { headers: admin })).arrayBuffer()],
    ['export complaints.csv, federation', async () => (await fetch(new URL('/reports/complaints.csv?from=2025-12-01&to=2026-11-30&groupBy=SOCIETY,PERIOD', server.url), { headers: admin })).text()],
  ];
  const results: string[] = [];
  // ONLY=<regular expression> measures the reports whose label matches (while working on one of them).
  const only = process.env.ONLY ? new RegExp(process.env.ONLY) : null;
  for (const [label, run] of cases.filter(([label]) => !only || only.test(label))) {
    const first = await run();
    if (typeof first === 'object' && first !== null && 'errors' in first && (first as { errors?: unknown }).errors) throw new Error(`${label}: ${JSON.stringify((first as { errors: unknown }).errors)}`);
    for (let i = 0; i < 2; i += 1) await run();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const started = process.hrtime.bigint();
      await run();
      times.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    times.sort((a, b) => a - b);
    results.push(`| ${label} | ${percentile(times, 0.5).toFixed(1)} | ${percentile(times, 0.9).toFixed(1)} |`);
    process.stdout.write(`${results.at(-1)}\n`);
  }
  await server.close();
  await orm.close(true);
  if (!process.env.KEEP_DATABASE) await maintenance.query(`drop database if exists ${DATABASE} with (force)`);
  await maintenance.end();

  process.stdout.write(`\n${Number(counts.applications).toLocaleString('en')} applications, ${Number(counts.events).toLocaleString('en')} history events, `
    + `${Number(counts.assignments).toLocaleString('en')} assignments, ${Number(counts.registrations).toLocaleString('en')} registrations; `
    + `${Number(counts.cpd_activities).toLocaleString('en')} CPD activities, ${Number(counts.complaints).toLocaleString('en')} complaints; `
    + `summaries: ${counts.flow_rows} flow rows, ${counts.histogram_rows} histogram rows, ${counts.cpd_rows} CPD rows\n`);
  process.stdout.write(`generator: ${reuse ? 'not run (REUSE_DATABASE)' : `${generatorSeconds.toFixed(1)} s`}; database size: ${sizes.size}\n\n`);
  process.stdout.write(`| report (HTTP, ${RUNS} runs after warm-up) | p50 ms | p90 ms |\n| --- | ---: | ---: |\n${results.join('\n')}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
