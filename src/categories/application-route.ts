import type { EntityManager } from '@mikro-orm/postgresql';
import { EngineeringField, Grade, type Application } from '../entities';
import type { CategoryPlugin, GradeRoute } from './category-plugin';
import { pluginForField } from './registry';

/** An application's plug-in, grade and the grade's route (the category decides who assesses, approves and registers). */
export async function loadGradeRoute(em: EntityManager, application: Application): Promise<{ plugin: CategoryPlugin; grade: Grade; field: EngineeringField; route: GradeRoute }> {
  const [grade, field] = await Promise.all([em.findOneOrFail(Grade, { id: application.grade.id }), em.findOneOrFail(EngineeringField, { id: application.field.id })]);
  const plugin = pluginForField(field.code);
  const route = plugin.routes[grade.code];
  if (!route) throw new Error(`the ${plugin.code} category has no route for grade ${grade.code}`);
  return { plugin, grade, field, route };
}
