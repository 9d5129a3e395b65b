import type { ApplicationFacts } from './relations';

/** What the access log keeps of one application read in one request. */
export interface DossierRead {
  applicationId: string;
  societyId: string;
  readerId: string;
  parts: string[];
}

/** One application's reads within a request. */
interface Reads {
  societyId: string;
  parts: Set<string>;
}

/**
 * Collects, during one request, which dossier parts a viewer other than the applicant read; the request
 * writes them to the access log in its own transaction. Fed by the field policies and the file endpoint,
 * the two places every dossier read passes.
 */
export class DossierReadRecorder {
  private readonly reads = new Map<string, Reads>();

  constructor(private readonly readerId: string | undefined) {}

  /** Notes that the viewer was shown a part of an application's dossier (the applicant's own reads are not logged). */
  record(application: ApplicationFacts, part: string): void {
    if (!this.readerId || this.readerId === application.applicantId) return;
    let reads = this.reads.get(application.id);
    if (!reads) this.reads.set(application.id, (reads = { societyId: application.societyId, parts: new Set() }));
    reads.parts.add(part);
  }

  /** What to write: one entry per application, parts sorted. */
  entries(): DossierRead[] {
    if (!this.readerId) return [];
    return [...this.reads].map(([applicationId, reads]) => ({ applicationId, societyId: reads.societyId, readerId: this.readerId!, parts: [...reads.parts].sort() }));
  }
}
