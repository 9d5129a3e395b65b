import { databaseAtMigration } from '../helpers/migration-database';

// A migration that moves data is tested on data: a database at the migration before, rows in the old shape, then up.
describe('the comprehensive-review rounds migration', () => {
  const db = databaseAtMigration('Migration20261122110000_examiner_revocation');

  it('numbers the rounds from the steps that reopened the review, and each earlier decision by the round it concluded', async () => {
    const { rows: [ids] } = await db.client.query(`
      with account as (insert into account (id, email, password_hash, display_name, created_at) values (gen_random_uuid(), 'm-rounds@example.test', 'x', '审议', now()) returning id)
      select (select id from society where code = 'CSEE') as society, (select id from engineering_field where code = 'ELECTRICAL') as field,
             (select id from specialty where code = 'AUTOMATION' limit 1) as specialty, (select id from grade where code = 'PROFESSIONAL' limit 1) as grade,
             (select id from account) as account`);
    const application = (await db.client.query(
      `insert into application (id, society_id, applicant_id, field_id, specialty_id, grade_id, channel, stage, category_fields, created_at, updated_at)
       values (gen_random_uuid(), $1, $2, $3, $4, $5, 'INDIVIDUAL', 'COMPREHENSIVE_REVIEW', '{}', now(), now()) returning id`,
      [ids.society, ids.account, ids.field, ids.specialty, ids.grade],
    )).rows[0].id as string;
    const decision = (conclusion: string, at: string) => db.client.query(
      `insert into comprehensive_review (id, society_id, application_id, conclusion, decided_by_id, decided_at) values (gen_random_uuid(), $1, $2, $3, $4, $5)`,
      [ids.society, application, conclusion, ids.account, at],
    );
    const event = (action: string, from: string, to: string, at: string) => db.client.query(
      `insert into application_event (id, society_id, application_id, actor_id, action, from_stage, to_stage, at) values (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7)`,
      [ids.society, application, ids.account, action, from, to, at],
    );
    // Round 1 re-assessed the interview (decision and step at the same moment); round 2 registered; an objection reopened it.
    await decision('REASSESS', '2026-11-02T02:00:00Z');
    await event('reassessInterview', 'COMPREHENSIVE_REVIEW', 'INTERVIEW', '2026-11-02T02:00:00Z');
    await decision('REGISTER', '2026-11-04T02:00:00Z');
    await event('upholdObjectionRereview', 'PUBLIC_NOTICE', 'COMPREHENSIVE_REVIEW', '2026-11-06T02:00:00Z');

    await db.orm.getMigrator().up();

    expect((await db.client.query(`select comprehensive_review_round as round from application where id = $1`, [application])).rows[0].round).toBe(3);
    const rounds = (await db.client.query(`select round, conclusion from comprehensive_review where application_id = $1 order by decided_at`, [application])).rows;
    expect(rounds).toEqual([{ round: 1, conclusion: 'REASSESS' }, { round: 2, conclusion: 'REGISTER' }]);
    // One decision per application and round from now on.
    await expect(db.client.query(
      `insert into comprehensive_review (id, society_id, application_id, round, conclusion, decided_by_id, decided_at) values (gen_random_uuid(), $1, $2, 2, 'NOT_REGISTER', $3, now())`,
      [ids.society, application, ids.account],
    )).rejects.toThrow(/comprehensive_review_application_id_round_unique/);
  });
});
