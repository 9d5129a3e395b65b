import { Migration } from '@mikro-orm/migrations';

/**
 * Grade columns that fit any ladder (issue 10): the general ladder's two year counts move into the basic conditions
 * as data (JSONB, each ladder's own shape, e.g. the automotive education × years matrix), next to the conditions as text.
 */
export class Migration20261201020000_grade_any_ladder extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table grade add column basic_conditions_zh text not null default '', add column basic_conditions jsonb not null default '{}'::jsonb;`);
    this.addSql(`update grade set basic_conditions = jsonb_build_object('minRelevantWorkYears', min_relevant_work_years, 'minMajorWorkYears', min_major_work_years),
      basic_conditions_zh = education_requirement_zh;`);
    this.addSql(`alter table grade drop column min_relevant_work_years, drop column min_major_work_years;`);
    this.addSql(`alter table grade alter column basic_conditions_zh drop default, alter column basic_conditions drop default;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table grade add column min_relevant_work_years integer not null default 0, add column min_major_work_years integer not null default 0;`);
    this.addSql(`update grade set min_relevant_work_years = coalesce((basic_conditions->>'minRelevantWorkYears')::int, 0),
      min_major_work_years = coalesce((basic_conditions->>'minMajorWorkYears')::int, 0);`);
    this.addSql(`alter table grade drop column basic_conditions_zh, drop column basic_conditions;`);
  }
}
