import type { CategoryPlugin } from './category-plugin';
import { generalPlugin } from './general';

/** Every category plug-in, listed explicitly (adding a category: one folder and one line here). */
export const CATEGORY_PLUGINS: readonly CategoryPlugin[] = [generalPlugin];

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
