import { databaseAtMigration } from '../helpers/migration-database';

// The one-active-grant migration on data made before it: duplicates that concurrent grants left behind.
describe('the one-active-grant migration', () => {
  const db = databaseAtMigration('Migration20261122110000_examiner_revocation');

  it('keeps the oldest active grant, ends the others, and moves their assignments and conflicts to it', async () => {
    const { rows: [ids] } = await db.client.query(`
      with accounts as (
        insert into account (id, email, password_hash, display_name, created_at)
        values (gen_random_uuid(), 'd-applicant@example.test', 'x', '申请人', now()), (gen_random_uuid(), 'd-examiner@example.test', 'x', '考官', now()),
               (gen_random_uuid(), 'd-admin@example.test', 'x', '管理员', now())
        returning id, email)
      select (select id from society where code = 'CSEE') as society, (select id from engineering_field where code = 'ELECTRICAL') as field,
             (select id from specialty where field_id = (select id from engineering_field where code = 'ELECTRICAL') order by sort_order limit 1) as specialty,
             (select id from grade where code = 'PROFESSIONAL') as grade,
             (select id from accounts where email = 'd-applicant@example.test') as applicant,
             (select id from accounts where email = 'd-examiner@example.test') as examiner,
             (select id from accounts where email = 'd-admin@example.test') as admin`);
    const application = (await db.client.query(
      `insert into application (id, society_id, applicant_id, field_id, specialty_id, grade_id, channel, stage, category_fields, created_at, updated_at)
       values (gen_random_uuid(), $1, $2, $3, $4, $5, 'INDIVIDUAL', 'MATERIAL_REVIEW', '{}', now(), now()) returning id`,
      [ids.society, ids.applicant, ids.field, ids.specialty, ids.grade],
    )).rows[0].id as string;
    const grant = async (account: string, createdAt: string, role = 'EXAMINER', revokedAt: string | null = null) => (await db.client.query(
      `insert into role_grant (id, account_id, role, society_id, examiner_grade, field_id, created_at, revoked_at)
       values (gen_random_uuid(), $1, $2::grant_role, case when $2::grant_role = 'FEDERATION_ADMIN' then null else $3::uuid end,
               case when $2::grant_role = 'EXAMINER' then 'FORMAL'::examiner_grade end, case when $2::grant_role = 'EXAMINER' then $4::uuid end, $5, $6) returning id`,
      [account, role, ids.society, ids.field, createdAt, revokedAt],
    )).rows[0].id as string;
    const oldest = await grant(ids.examiner, '2026-11-01T00:00:00Z');
    const second = await grant(ids.examiner, '2026-11-01T00:00:01Z');
    const third = await grant(ids.examiner, '2026-11-01T00:00:02Z');
    const revokedEarlier = await grant(ids.examiner, '2026-10-01T00:00:00Z', 'EXAMINER', '2026-10-15T00:00:00Z');
    const admin1 = await grant(ids.admin, '2026-11-01T00:00:00Z', 'FEDERATION_ADMIN');
    const admin2 = await grant(ids.admin, '2026-11-02T00:00:00Z', 'FEDERATION_ADMIN');
    const assign = async (examiner: string, kind: string) => (await db.client.query(
      `insert into assignment (id, society_id, application_id, examiner_id, kind, chief, assigned_at) values (gen_random_uuid(), $1, $2, $3, $4, false, now()) returning id`,
      [ids.society, application, examiner, kind],
    )).rows[0].id as string;
    // The bug: two grants of one person assigned as two material reviewers; the second one also judges a paper.
    const reviewAsOldest = await assign(oldest, 'MATERIAL_REVIEW');
    const reviewAsSecond = await assign(second, 'MATERIAL_REVIEW');
    const judgeAsThird = await assign(third, 'PAPER_JUDGE');
    await db.client.query(`insert into conflict_declaration (id, society_id, application_id, examiner_id, reason, declared_at) values (gen_random_uuid(), $1, $2, $3, '亲属', now())`, [ids.society, application, second]);

    await db.orm.getMigrator().up();

    const grants = (await db.client.query(`select id, revoked_at is null as active, revocation_reason from role_grant where account_id in ($1, $2) order by created_at`, [ids.examiner, ids.admin])).rows;
    expect(Object.fromEntries(grants.map((row) => [row.id, [row.active, row.revocation_reason]]))).toEqual({
      [revokedEarlier]: [false, null],
      [oldest]: [true, null],
      [second]: [false, 'DUPLICATE_GRANT'],
      [third]: [false, 'DUPLICATE_GRANT'],
      [admin1]: [true, null],
      [admin2]: [false, 'DUPLICATE_GRANT'],
    });
    const assignments = (await db.client.query(`select id, examiner_id, removed_at is null as standing, removal_reason from assignment where application_id = $1`, [application])).rows;
    expect(Object.fromEntries(assignments.map((row) => [row.id, [row.examiner_id, row.standing, row.removal_reason]]))).toEqual({
      [reviewAsOldest]: [oldest, true, null],
      // The same person already stands as reviewer through the kept grant: the duplicate ends.
      [reviewAsSecond]: [second, false, 'DUPLICATE_GRANT'],
      // A role only the duplicate held moves to the kept grant, so the person keeps their work.
      [judgeAsThird]: [oldest, true, null],
    });
    expect((await db.client.query(`select examiner_id from conflict_declaration where application_id = $1`, [application])).rows).toEqual([{ examiner_id: oldest }]);
    await expect(db.client.query(`insert into role_grant (id, account_id, role, created_at) values (gen_random_uuid(), $1, 'FEDERATION_ADMIN', now())`, [ids.admin]))
      .rejects.toThrow(/role_grant_one_active_per_scope/);
  });
});
