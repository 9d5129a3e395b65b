import { Migration } from '@mikro-orm/migrations';

/**
 * The register is published on the federation's Chinese and English websites (seed 000: "在联合体中文和英文网站上
 * 公告"): each row keeps the member's name in pinyin and the English names of field and grade, as registered.
 * Rows registered before take them from their application and the reference data.
 */
export class Migration20261129008100_bilingual_register extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table "registration" add column "name_pinyin" text null, add column "field_name_en" text null, add column "grade_name_en" text null;`);
    this.addSql(`update "registration" r set "name_pinyin" = a.name_pinyin, "field_name_en" = f.name_en, "grade_name_en" = g.name_en
      from "application" a join "engineering_field" f on f.id = a.field_id join "grade" g on g.id = a.grade_id where a.id = r.application_id;`);
    this.addSql(`alter table "registration" alter column "field_name_en" set not null, alter column "grade_name_en" set not null;`);
  }
}
