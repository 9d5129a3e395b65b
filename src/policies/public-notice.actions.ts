import type { ScopeActionRule } from './scope-action';

/**
 * The public notice action table. The notice's own commands; what each does to an application listed in it is the
 * application table's (publishInNotice, upholdObjection…, closeNoticeTo…), checked per application by the runner.
 */
export const PUBLIC_NOTICE_ACTION_TABLE = {
  publishNotice: { who: ['societyStaff'] },
  closeNotice: { who: ['societyStaff'], on: 'PublicNotice' },
  resolveObjection: { who: ['societyStaff'] },
  // Anyone may object to a notice, signed in or not (seed 000: 公示期内…均可提出异议).
  lodgeObjection: { who: ['public'], on: 'PublicNotice' },
} as const satisfies Record<string, ScopeActionRule>;
