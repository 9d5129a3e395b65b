import type { ApplicationFacts } from './relations';

/** What the access log keeps of one application read in one request. */
export interface DossierRead {
  applicationId: string;
  societyId: string;
  readerId: string;
  parts: string[];
}

/** Where in a response a read value sits (graphql-js' info.path), so the log can keep only what was shown. */
export interface ReadPath {
  readonly prev: ReadPath | undefined;
  readonly key: string | number;
}

/** One application's reads within a request: per part, where it was read (none: read outside GraphQL, always shown). */
interface Reads {
  societyId: string;
  parts: Map<string, ReadPath[] | undefined>;
}

/**
 * Collects, during one request, which dossier parts a viewer other than the applicant read; the request
 * writes them to the access log in its own transaction. Fed by the field policies and the file endpoint,
 * the two places every dossier read passes. A policy allows a read before the value is resolved, so each read
 * keeps its response path: a part whose every value was then nulled by an error was not shown and is not logged.
 */
export class DossierReadRecorder {
  private readonly reads = new Map<string, Reads>();

  constructor(private readonly readerId: string | undefined) {}

  /** Notes that the viewer was shown a part of an application's dossier (the applicant's own reads are not logged). */
  record(application: ApplicationFacts, part: string, path?: ReadPath): void {
    if (!this.readerId || this.readerId === application.applicantId) return;
    let reads = this.reads.get(application.id);
    if (!reads) this.reads.set(application.id, (reads = { societyId: application.societyId, parts: new Map() }));
    if (!reads.parts.has(part)) {
      reads.parts.set(part, path ? [path] : undefined);
      return;
    }
    const paths = reads.parts.get(part);
    if (paths && path) paths.push(path);
    else if (paths) reads.parts.set(part, undefined);
  }

  /** What to write: one entry per application, parts sorted; with `shown`, only parts whose value reached the client. */
  entries(shown?: (path: ReadPath) => boolean): DossierRead[] {
    if (!this.readerId) return [];
    const entries: DossierRead[] = [];
    for (const [applicationId, reads] of this.reads) {
      const parts = [...reads.parts].filter(([, paths]) => !shown || !paths || paths.some(shown)).map(([part]) => part).sort();
      if (parts.length > 0) entries.push({ applicationId, societyId: reads.societyId, readerId: this.readerId, parts });
    }
    return entries;
  }
}
