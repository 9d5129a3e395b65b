import { CATEGORY_PLUGINS } from '../categories/registry';
import { ACCESS_TABLE, type TypeAccess } from '../policies/access-table';

/**
 * The access table the API enforces: the policies' table plus each category plug-in's rows for its own field types
 * (the policies do not import the plug-ins; a plug-in's visibility is decided by the same matrix conditions).
 */
export const API_ACCESS_TABLE: Readonly<Record<string, TypeAccess>> = Object.assign(
  {},
  ...CATEGORY_PLUGINS.map((plugin) => plugin.fields.visibility),
  ACCESS_TABLE,
);
