/** Whether an issue stops submission or only warns. */
export type IssueSeverity = 'BLOCKING' | 'WARNING';

/** One thing a frontend shows on the applicant's checklist: a code, the field path, a message in both languages. */
export interface DossierIssue {
  code: string;
  field: string;
  severity: IssueSeverity;
  messageZh: string;
  messageEn: string;
}

/** Builds a blocking issue. */
export function blocking(code: string, field: string, messageZh: string, messageEn: string): DossierIssue {
  return { code, field, severity: 'BLOCKING', messageZh, messageEn };
}

/** Builds a warning. */
export function warning(code: string, field: string, messageZh: string, messageEn: string): DossierIssue {
  return { code, field, severity: 'WARNING', messageZh, messageEn };
}
