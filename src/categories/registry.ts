import type { CategoryPlugin, GradeRoute, LadderDefinition } from './category-plugin';
import { automotivePlugin } from './automotive';
import { generalPlugin } from './general';

/** Every category plug-in, listed explicitly (adding a category: one folder and one line here). */
export const CATEGORY_PLUGINS: readonly CategoryPlugin[] = [generalPlugin, automotivePlugin];

/** The plug-in serving an engineering field: the one that names it, else the catch-all. */
export function pluginForField(fieldCode: string): CategoryPlugin {
  const specific = CATEGORY_PLUGINS.find((plugin) => plugin.fieldCodes !== '*' && plugin.fieldCodes.includes(fieldCode));
  const fallback = CATEGORY_PLUGINS.find((plugin) => plugin.fieldCodes === '*');
  const plugin = specific ?? fallback;
  if (!plugin) throw new Error(`no category plug-in serves field ${fieldCode}`);
  return plugin;
}

/** The plug-in by its code (as stored with a field set). */
export function pluginByCode(code: string): CategoryPlugin | undefined {
  return CATEGORY_PLUGINS.find((plugin) => plugin.code === code);
}

/** Every ladder the plug-ins bring, each once (reference data seeds them all). */
export function allLadders(): LadderDefinition[] {
  return [...new Map(CATEGORY_PLUGINS.map((plugin) => [plugin.ladder.code, plugin.ladder])).values()];
}

/** The route of a grade in a field (a grade the field's ladder lacks has none: a programming error). */
export function gradeRoute(fieldCode: string, gradeCode: string): GradeRoute {
  const plugin = pluginForField(fieldCode);
  const route = plugin.routes[gradeCode];
  if (!route) throw new Error(`the ${plugin.code} category has no route for grade ${gradeCode}`);
  return route;
}
