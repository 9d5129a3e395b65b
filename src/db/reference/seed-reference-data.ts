import type { EntityManager } from '@mikro-orm/postgresql';
import { COMPETENCY_AREA_SEEDS, COMPETENCY_ITEM_SEEDS } from './competency-items.data';
import { ENGINEERING_FIELD_SEEDS } from './engineering-fields.data';
import { allLadders } from '../../categories/registry';
import { FEDERATION_COMPLAINT_CONTACTS, SOCIETY_SEEDS, type ContactSeed } from './societies.data';
import { PARTNER_BODY_SEEDS } from './partner-bodies.data';

/**
 * Upserts the reference data (fields, specialties, grades, competencies, the 14 societies, the mutual-recognition partners).
 * Idempotent: texts are refreshed on every start, while a society's status set by the federation is kept.
 * Contact people are seeded only where none are published yet: afterwards they are the society's (or federation's) to keep.
 */
export async function seedReferenceData(em: EntityManager): Promise<void> {
  await em.transactional(async (tx) => {
    const run = (sql: string, params: unknown[]) => tx.getConnection().execute(sql, params, 'run', tx.getTransactionContext());
    // A database migrated only part of the way (the migration tests) has no contact people yet.
    const [{ present: contactsTable }] = await tx.getConnection().execute<Array<{ present: boolean }>>(
      `select to_regclass('contact_person') is not null as present`, [], 'all', tx.getTransactionContext(),
    );
    for (const [fieldIndex, field] of ENGINEERING_FIELD_SEEDS.entries()) {
      await run(
        `insert into engineering_field (id, code, name_zh, name_en, sort_order) values (gen_random_uuid(), ?, ?, ?, ?)
         on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, sort_order = excluded.sort_order`,
        [field.code, field.nameZh, field.nameEn, fieldIndex],
      );
      for (const [index, specialty] of field.specialties.entries()) {
        await run(
          `insert into specialty (id, field_id, code, name_zh, name_en, scope_zh, sort_order)
           select gen_random_uuid(), f.id, ?, ?, ?, ?, ? from engineering_field f where f.code = ?
           on conflict (field_id, code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en,
             scope_zh = excluded.scope_zh, sort_order = excluded.sort_order`,
          [specialty.code, specialty.nameZh, specialty.nameEn, specialty.scopeZh, index, field.code],
        );
      }
    }
    // Every plug-in's ladder. A database migrated only part of the way (the migration tests) has the grade columns of
    // before 20261201020000: the general year counts as columns then.
    const [{ present: conditionsColumn }] = await tx.getConnection().execute<Array<{ present: boolean }>>(
      `select exists (select 1 from information_schema.columns where table_name = 'grade' and column_name = 'basic_conditions') as present`,
      [], 'all', tx.getTransactionContext(),
    );
    for (const ladder of allLadders()) {
      for (const grade of ladder.grades) {
        if (conditionsColumn) {
          await run(
            `insert into grade (id, ladder, code, name_zh, name_en, rank, education_requirement_zh, basic_conditions_zh, basic_conditions)
             values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?::jsonb)
             on conflict (ladder, code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, rank = excluded.rank,
               education_requirement_zh = excluded.education_requirement_zh, basic_conditions_zh = excluded.basic_conditions_zh,
               basic_conditions = excluded.basic_conditions`,
            [ladder.code, grade.code, grade.nameZh, grade.nameEn, grade.rank, grade.educationRequirementZh, grade.basicConditionsZh, JSON.stringify(grade.basicConditions)],
          );
        } else {
          await run(
            `insert into grade (id, ladder, code, name_zh, name_en, rank, min_relevant_work_years, min_major_work_years, education_requirement_zh)
             values (gen_random_uuid(), ?, ?, ?, ?, ?, ?, ?, ?)
             on conflict (ladder, code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, rank = excluded.rank,
               min_relevant_work_years = excluded.min_relevant_work_years, min_major_work_years = excluded.min_major_work_years,
               education_requirement_zh = excluded.education_requirement_zh`,
            [ladder.code, grade.code, grade.nameZh, grade.nameEn, grade.rank, grade.basicConditions.minRelevantWorkYears ?? 0,
              grade.basicConditions.minMajorWorkYears ?? 0, grade.educationRequirementZh],
          );
        }
      }
    }
    for (const area of COMPETENCY_AREA_SEEDS) {
      await run(
        `insert into competency_area (code, name_zh, name_en) values (?, ?, ?)
         on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en`,
        [area.code, area.nameZh, area.nameEn],
      );
    }
    for (const [index, item] of COMPETENCY_ITEM_SEEDS.entries()) {
      await run(
        `insert into competency_item (code, area_code, professional_zh, senior_zh, evidence_examples_zh, sort_order) values (?, ?, ?, ?, ?::jsonb, ?)
         on conflict (code) do update set area_code = excluded.area_code, professional_zh = excluded.professional_zh,
           senior_zh = excluded.senior_zh, evidence_examples_zh = excluded.evidence_examples_zh, sort_order = excluded.sort_order`,
        [item.code, item.areaCode, item.professionalZh, item.seniorZh, JSON.stringify(item.evidenceExamplesZh), index],
      );
    }
    for (const society of SOCIETY_SEEDS) {
      await run(
        `insert into society (id, code, name_zh, name_en, status, created_at) values (gen_random_uuid(), ?, ?, ?, 'ACTIVE', now())
         on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en`,
        [society.code, society.nameZh, society.nameEn],
      );
      await run(
        `insert into society_field (society_id, field_id)
         select s.id, f.id from society s, engineering_field f where s.code = ? and f.code = any(?::text[])
         on conflict do nothing`,
        [society.code, `{${society.fieldCodes.join(',')}}`],
      );
      if (contactsTable) await seedContacts(run, society.code, society.contacts);
    }
    if (contactsTable) await seedContacts(run, null, FEDERATION_COMPLAINT_CONTACTS);
    // Partner bodies arrive with migration 20261130072000: a database migrated only part of the way (the migration
    // tests seed at earlier steps) has no table for them yet.
    const partnerTable = await tx.getConnection().execute<Array<{ present: boolean }>>(
      `select to_regclass('partner_body') is not null as present`, [], 'all', tx.getTransactionContext(),
    );
    for (const [index, body] of partnerTable[0].present ? PARTNER_BODY_SEEDS.entries() : []) {
      await run(
        `insert into partner_body (id, code, name_zh, name_en, jurisdiction_zh, jurisdiction_en, sort_order) values (gen_random_uuid(), ?, ?, ?, ?, ?, ?)
         on conflict (code) do update set name_zh = excluded.name_zh, name_en = excluded.name_en, jurisdiction_zh = excluded.jurisdiction_zh,
           jurisdiction_en = excluded.jurisdiction_en, sort_order = excluded.sort_order`,
        [body.code, body.nameZh, body.nameEn, body.jurisdictionZh, body.jurisdictionEn, index],
      );
    }
  });
}

/** Inserts a society's (null: the federation's) seed contacts in one statement, unless it already publishes any. */
async function seedContacts(run: (sql: string, params: unknown[]) => Promise<unknown>, societyCode: string | null, contacts: readonly ContactSeed[]): Promise<void> {
  if (contacts.length === 0) return;
  const rows = contacts.map(() => '(?::int, ?, ?, ?, ?, ?, ?)').join(', ');
  const params = contacts.flatMap((contact, position) => [
    position, contact.organisation ?? null, contact.organisationEn ?? null, contact.name, contact.role, contact.phone ?? null, contact.email ?? null,
  ]);
  await run(
    `insert into contact_person (id, society_id, position, organisation, organisation_en, name, role, phone, email)
     select gen_random_uuid(), s.id, v.position, v.organisation, v.organisation_en, v.name, v.role, v.phone, v.email
     from (select (select id from society where code = ?) as id) s,
          (values ${rows}) as v(position, organisation, organisation_en, name, role, phone, email)
     where not exists (select 1 from contact_person c where c.society_id is not distinct from s.id)`,
    [societyCode, ...params],
  );
}
