import type { ApplicationFacts } from '../../policies/relations';

/**
 * A GraphQL object that shows part of a dossier. It carries its application's facts (not a GraphQL field), so
 * the field policies decide each of its fields from the visibility matrix wherever the object is reached.
 */
export abstract class DossierPartObject {
  applicationFacts!: ApplicationFacts;
}
