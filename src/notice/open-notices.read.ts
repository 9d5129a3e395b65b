import type { Application, EngineeringField, Grade, PublicNotice } from '../entities';
import { ApplicationStage } from '../entities/enums';
import { AppError } from '../errors/app-error';
import type { Loaders } from '../loaders';
import type { CommandContext } from '../workflow/command-context';
import { DOSSIER_TEXT } from '../dossier/dossier-text';
import { readModelOf, valuesReader } from '../loaders/read-model';
import { tenantSql } from '../tenancy/tenant-filter';
import { chinaToday } from '../workflow/working-day-calendar';

/**
 * The society's notices open today, newest first, with the applicants still proposed (read models, issue 14): the
 * notices, their entries' applications and those applications' fields and grades in ONE statement, where the
 * entities took three (and the field and grade loaders two more). The conditions the entity find had, the tenant wall on every table as the ORM filter would apply it, row-level
 * security underneath; the fields and grades prime their loaders, so the notice renders without another statement.
 */
export async function readOpenNotices(ctx: CommandContext & { loaders: Loaders }): Promise<Array<{ notice: PublicNotice; applications: Application[] }>> {
  if (!ctx.scope.society) throw new AppError('SOCIETY_REQUIRED');
  const { em, loaders } = ctx;
  const today = chinaToday(ctx.clock());
  const [entryWall, applicationWall, noticeWall] = [tenantSql(ctx.scope, 'e'), tenantSql(ctx.scope, 'a'), tenantSql(ctx.scope, 'n')];
  // A notice shows no applicant's long texts (DOSSIER_TEXT): they are not read, as on a work queue that shows none.
  const applications = valuesReader<Application>(em, 'Application', [], DOSSIER_TEXT);
  const rows = await em.execute<Array<{ notice: Record<string, unknown>; entries: Array<{ application: unknown[]; field: Record<string, unknown>; grade: Record<string, unknown> }> }>>(
    `select row_to_json(n) as notice,
       (select coalesce(json_agg(json_build_object('application', ${applications.sql('a')}, 'field', row_to_json(f), 'grade', row_to_json(g))), '[]')
        from public_notice_entry e join application a on a.id = e.application_id
        left join engineering_field f on f.id = a.field_id left join grade g on g.id = a.grade_id
        where e.notice_id = n.id and a.stage = ?::application_stage and ${entryWall.sql} and ${applicationWall.sql}) as entries
     from public_notice n
     where n.society_id = ?::uuid and n.closed_at is null and n.starts_on <= ?::date and n.ends_on >= ?::date and ${noticeWall.sql}
     order by n.starts_on desc`,
    [ApplicationStage.PUBLIC_NOTICE, ...entryWall.params, ...applicationWall.params, ctx.scope.society.id, today, today, ...noticeWall.params],
  );
  return rows
    .map((row) => ({
      notice: readModelOf<PublicNotice>(em, 'PublicNotice', row.notice),
      applications: row.entries.map((entry) => {
        const application = applications.read(entry.application);
        if (entry.field) loaders.fieldById.prime(application.field.id, readModelOf<EngineeringField>(em, 'EngineeringField', entry.field));
        if (entry.grade) loaders.gradeById.prime(application.grade.id, readModelOf<Grade>(em, 'Grade', entry.grade));
        return application;
      }),
    }))
    .filter(({ applications }) => applications.length > 0);
}
