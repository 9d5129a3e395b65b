import { databaseAtMigration } from '../helpers/migration-database';

// Migrations that move data are tested on data: a database at the migration before, rows in the old shape, then up.
describe('the written-exam sitting migration', () => {
  const db = databaseAtMigration('Migration20261122090000_interview_questionnaire');

  it('turns each free-text sitting of earlier marks into a numbered sitting and links the marks to it', async () => {
    const { rows: [ids] } = await db.client.query(`
      with s as (select id from society where code = 'CSEE'),
           f as (select id from engineering_field where code = 'ELECTRICAL'),
           sp as (select id from specialty where field_id = (select id from f) order by sort_order limit 1),
           g as (select id from grade where code = 'PROFESSIONAL'),
           accounts as (
             insert into account (id, email, password_hash, display_name, created_at)
             values (gen_random_uuid(), 'm-applicant@example.test', 'x', '申请人', now()), (gen_random_uuid(), 'm-judge1@example.test', 'x', '阅卷一', now()),
                    (gen_random_uuid(), 'm-judge2@example.test', 'x', '阅卷二', now())
             returning id, email)
      select (select id from s) as society, (select id from f) as field, (select id from sp) as specialty, (select id from g) as grade,
             (select id from accounts where email = 'm-applicant@example.test') as applicant,
             (select id from accounts where email = 'm-judge1@example.test') as judge1,
             (select id from accounts where email = 'm-judge2@example.test') as judge2`);
    const application = (await db.client.query(
      `insert into application (id, society_id, applicant_id, field_id, specialty_id, grade_id, channel, stage, category_fields, created_at, updated_at)
       values (gen_random_uuid(), $1, $2, $3, $4, $5, 'INDIVIDUAL', 'WRITTEN_EXAM', '{}', now(), now()) returning id`,
      [ids.society, ids.applicant, ids.field, ids.specialty, ids.grade],
    )).rows[0].id as string;
    const mark = async (judge: string, sitting: string, score: number, at: string) => {
      const grant = (await db.client.query(
        `insert into role_grant (id, account_id, role, society_id, examiner_grade, field_id, created_at) values (gen_random_uuid(), $1, 'EXAMINER', $2, 'FORMAL', $3, now()) returning id`,
        [judge, ids.society, ids.field],
      )).rows[0].id;
      const assignment = (await db.client.query(
        `insert into assignment (id, society_id, application_id, examiner_id, kind, chief, assigned_at) values (gen_random_uuid(), $1, $2, $3, 'PAPER_JUDGE', false, now()) returning id`,
        [ids.society, application, grant],
      )).rows[0].id;
      await db.client.query(
        `insert into written_exam_score (id, society_id, application_id, assignment_id, sitting, score, judged_at) values (gen_random_uuid(), $1, $2, $3, $4, $5, $6)`,
        [ids.society, application, assignment, sitting, score, at],
      );
    };
    // 09:00 and 10:00 UTC on the 20th are the afternoon of the 20th in Beijing.
    await mark(ids.judge1, '2026-11-20 北京', 80, '2026-11-20T09:00:00Z');
    await mark(ids.judge2, '2026-11-20 北京', 70, '2026-11-20T10:00:00Z');
    await mark(ids.judge2, '2026-11-27 上海', 75, '2026-11-27T17:30:00Z');

    await db.orm.getMigrator().up();

    const sittings = (await db.client.query(
      `select number, to_char(held_on, 'YYYY-MM-DD') as held_on, venue, (select count(*)::int from written_exam_score m where m.sitting_id = t.id) as marks
       from written_exam_sitting t where application_id = $1 order by number`,
      [application],
    )).rows;
    expect(sittings).toEqual([
      { number: 1, held_on: '2026-11-20', venue: '2026-11-20 北京', marks: 2 },
      // 17:30 UTC on the 27th is the 28th in Beijing: the date is the China date of the first mark.
      { number: 2, held_on: '2026-11-28', venue: '2026-11-27 上海', marks: 1 },
    ]);
    const columns = (await db.client.query(`select column_name from information_schema.columns where table_name = 'written_exam_score' order by column_name`)).rows.map((row) => row.column_name);
    expect(columns).toContain('sitting_id');
    expect(columns).not.toContain('sitting');
  });
});

describe('the abuse-limits migration', () => {
  const db = databaseAtMigration('Migration20261122110000_examiner_revocation');

  it("moves each stored file's bytes into one chunk and drops the old column", async () => {
    const bytes = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0, 1, 2, 255, 254])]);
    const { rows: [file] } = await db.client.query(
      `with a as (insert into account (id, email, password_hash, display_name, created_at) values (gen_random_uuid(), 'm-owner@example.test', 'x', '上传人', now()) returning id)
       insert into stored_file (id, society_id, owner_id, filename, content_type, size, sha256, content, created_at)
       values (gen_random_uuid(), (select id from society where code = 'CSEE'), (select id from a), 'a.pdf', 'application/pdf', $1, 'x', $2, now())
       returning id, society_id`,
      [bytes.length, bytes],
    );

    await db.orm.getMigrator().up();

    const chunks = (await db.client.query(`select seq, society_id, bytes from stored_file_chunk where file_id = $1`, [file.id])).rows;
    expect(chunks).toEqual([{ seq: 0, society_id: file.society_id, bytes }]);
    const columns = (await db.client.query(`select column_name from information_schema.columns where table_name = 'stored_file'`)).rows.map((row) => row.column_name);
    expect(columns).not.toContain('content');
  });
});
