import type { Client } from 'pg';

/** What to generate: how many applications in which society, marked with a tag so runs do not collide. */
export interface DatasetOptions {
  society: string;
  count: number;
  tag: string;
  passwordHash: string;
}

/**
 * The SQL of a generated self-statement for the application `id` (an SQL expression): 3,000–5,000 characters, the
 * length seed 000 recommends and every submitted dossier carries, different for each application. Without it the
 * work queue looked cheaper than it is: the texts are most of an application's row (issue 14).
 */
function selfStatementSql(id: string): string {
  return `left(repeat('本人自2012年起从事电力系统自动化工作，在变电站自动化改造项目中负责方案设计与实施，协调多方资源，按期完成投运（' || ${id}::text || '）。', 60), 3000 + abs(hashtext(${id}::text)) % 2001)`;
}

/** The three career plans of a generated dossier (short, as applicants write them). */
const CAREER_PLANS_SQL = `'三年内主持完成一项地区电网自动化升级项目。', '七年内成为电力系统自动化领域的技术带头人。', '十年内推动行业标准制定并培养青年工程师。'`;

/**
 * Gives the generated applications of a database kept from before the dossier texts were generated (BENCH_DATABASE)
 * their self-statement and career plans; does nothing once they have them.
 */
export async function completeDossierTexts(client: Client): Promise<void> {
  await client.query(
    `update application set (self_statement, career_plan_short_term, career_plan_mid_term, career_plan_long_term) = (${selfStatementSql('id')}, ${CAREER_PLANS_SQL})
     where self_statement is null and email like 'gen-%@example.test'`,
  );
}

/**
 * Inserts `count` submitted applications (stages, grades and specialties spread round robin) with their applicants, a
 * self-statement of 3,000–5,000 characters and career plans, two education entries, two posts and two files each, in
 * a handful of set-based statements (tens of thousands in seconds). Runs as the owner.
 */
export async function insertApplications(client: Client, options: DatasetOptions): Promise<void> {
  const { society, count, tag, passwordHash } = options;
  await client.query('begin');
  try {
    await client.query(
      `create temporary table gen on commit drop as
       select g, gen_random_uuid() as account_id, gen_random_uuid() as application_id,
              (select id from society where code = $1) as society_id,
              (array['SUBMITTED','FORM_CHECKED','RETURNED_FOR_COMPLETION','BASIC_CONDITIONS_MET','ACCEPTED'])[1 + g % 5]::application_stage as stage,
              (array['TRAINEE','PROFESSIONAL','SENIOR'])[1 + g % 3] as grade_code
       from generate_series(1, $2::int) g`,
      [society, count],
    );
    await client.query(
      `insert into account (id, email, password_hash, display_name, created_at)
       select account_id, 'gen-' || $1 || '-' || g || '@example.test', $2, '申请人' || g, now() from gen`,
      [tag, passwordHash],
    );
    await client.query(
      `insert into role_grant (id, account_id, role, society_id, specialty_codes, created_at)
       select gen_random_uuid(), account_id, 'APPLICANT', society_id, '{}', now() from gen`,
    );
    await client.query(
      `insert into application (id, society_id, applicant_id, field_id, specialty_id, grade_id, channel, stage, version, name, name_pinyin,
         employer, mobile, email, category_fields, self_statement, career_plan_short_term, career_plan_mid_term, career_plan_long_term,
         submitted_at, stage_deadline, evaluation_deadline, accepted_at, created_at, updated_at)
       select gen.application_id, gen.society_id, gen.account_id, f.id, sp.id, gr.id, 'INDIVIDUAL', gen.stage, 3, '申请人' || g, 'Shenqingren ' || g,
         '某工程公司' || (g % 97), '138' || lpad((g % 100000000)::text, 8, '0'), 'gen-' || $1 || '-' || g || '@example.test', '{"category":"general"}',
         ${selfStatementSql('gen.application_id')}, ${CAREER_PLANS_SQL},
         now() - make_interval(mins => g),
         case when gen.stage = 'RETURNED_FOR_COMPLETION' then (current_date + (g % 20) - 5) end,
         case when gen.stage = 'ACCEPTED' then (current_date + 365 - (g % 400)) end,
         case when gen.stage = 'ACCEPTED' then now() end,
         now(), now()
       from gen
       join lateral (select sf.field_id from society_field sf join engineering_field ef on ef.id = sf.field_id
                     where sf.society_id = gen.society_id order by ef.sort_order limit 1) sfield on true
       join engineering_field f on f.id = sfield.field_id
       -- Specialties vary (the g-th of the field's, round robin): the queue's specialty filter has something to filter.
       join lateral (select ranked.id from (select id, row_number() over (order by sort_order) - 1 as n, count(*) over () as total
                                            from specialty where field_id = f.id) ranked
                     where ranked.n = g % ranked.total) sp on true
       join grade gr on gr.ladder = 'GENERAL' and gr.code = gen.grade_code`,
      [tag],
    );
    await client.query(
      `insert into education_entry (id, society_id, application_id, from_date, to_date, school, major, level, degree, qualifying)
       select gen_random_uuid(), society_id, application_id, date '2000-09-01', date '2003-07-01', '第' || (g % 50) || '中学', null, 'SENIOR_HIGH'::education_level, '无', false from gen
       union all
       select gen_random_uuid(), society_id, application_id, date '2003-09-01', date '2007-07-01', '某大学', '工程', 'BACHELOR'::education_level, '工学学士', true from gen`,
    );
    await client.query(
      `insert into work_history_entry (id, society_id, application_id, from_date, to_date, employer, position, referee_name, referee_contact, major_engineering_work, major_work_kind)
       select gen_random_uuid(), society_id, application_id, date '2007-08-01', date '2012-12-31', '某设计院', '工程师', '李工', '13900000000', false, null::major_work_kind from gen
       union all
       select gen_random_uuid(), society_id, application_id, date '2013-01-01', null, '某工程公司', '项目经理', '王工', '13900000001', true, 'LARGE_PROJECT_PART'::major_work_kind from gen`,
    );
    await client.query(
      `with files as (
         insert into stored_file (id, society_id, owner_id, application_id, purpose, filename, content_type, size, sha256, created_at, attached_at)
         select gen_random_uuid(), society_id, account_id, application_id, p.purpose::file_purpose, lower(p.purpose) || '.pdf', 'application/pdf', 9,
                'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', now(), now()
         from gen cross join (values ('PLEDGE'), ('ID_COPY')) p(purpose)
         returning id, society_id)
       insert into stored_file_chunk (file_id, seq, society_id, bytes) select id, 0, society_id, '\\x255044462d312e340a'::bytea from files`,
    );
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  }
}
