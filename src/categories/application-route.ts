import type { EntityManager } from '@mikro-orm/postgresql';
import { EngineeringField, Grade, type Application } from '../entities';
import type { CategoryPlugin, GradeRoute } from './category-plugin';
import { pluginForField } from './registry';

/** An application's plug-in, grade and the grade's route (the category decides who assesses, approves and registers). */
export async function loadGradeRoute(em: EntityManager, application: Application): Promise<{ plugin: CategoryPlugin; grade: Grade; field: EngineeringField; route: GradeRoute }> {
  // One after the other: both run on the request's one connection, where overlapping queries are queued by pg today
  // (with a deprecation warning) and refused by pg 9.
  const grade = await em.findOneOrFail(Grade, { id: application.grade.id });
  const field = await em.findOneOrFail(EngineeringField, { id: application.field.id });
  const plugin = pluginForField(field.code);
  const route = plugin.routes[grade.code];
  if (!route) throw new Error(`the ${plugin.code} category has no route for grade ${grade.code}`);
  return { plugin, grade, field, route };
}
