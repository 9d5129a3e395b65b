import type { Registration, Society } from '../entities';
import type { CommandContext } from '../workflow/command-context';
import { readModelOf } from '../loaders/read-model';

/**
 * Entries of the public register as read models (issue 14): each registration with its society in one statement,
 * no entity factory or identity map. The register is public and not a tenant table (no tenant wall to add);
 * row-level security still applies. `where` and `tail` use MikroORM's `?` placeholders on the alias `r`.
 */
export async function readRegister(ctx: CommandContext, where: string, params: unknown[], tail = ''): Promise<Registration[]> {
  const rows = await ctx.em.execute<Array<{ registration: Record<string, unknown>; society: Record<string, unknown> }>>(
    `select row_to_json(r) as registration, row_to_json(s) as society
     from registration r join society s on s.id = r.society_id
     where ${where} ${tail}`,
    params,
  );
  return rows.map((row) => {
    const registration = readModelOf<Registration>(ctx.em, 'Registration', row.registration);
    registration.society = readModelOf<Society>(ctx.em, 'Society', row.society);
    return registration;
  });
}
