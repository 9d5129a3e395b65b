import type { EntityManager } from '@mikro-orm/postgresql';
import type { AppConfig } from '../config';
import type { PolicySubject } from '../policies/policy-subject';

/**
 * What a command works with: the request's unit of work, who is acting (principal, tenant scope and relations, as
 * the policies see them) and the clock. Nothing of HTTP: resolvers hand their RequestContext over as this (it is
 * one structurally), jobs and tests can build one without a request.
 */
export interface CommandContext extends PolicySubject {
  /** A fork in an open transaction: everything the command writes commits with the request, or not at all. */
  em: EntityManager;
  /** The time source (tests pin it). */
  clock: () => Date;
  /** The validated settings (the federation's sampling rate, the registration-number format…). */
  config: AppConfig;
}
