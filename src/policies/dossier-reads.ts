import type { ApplicationFacts } from './relations';

/** The answer of a response in which every read was shown (one without errors): entries() then need not ask per read. */
export const everyReadShown = (): boolean => true;

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

/** A read at the top of the response (a root field): its parent in the sites list. */
const ROOT: ReadPath = Object.freeze({ prev: undefined, key: '' });

/**
 * Where one part of one application was read in a request. A page reads a part in thousands of fields, most of
 * them siblings in one object, so the sites are kept flat: a parent path, then the keys read under it, then the
 * next parent… The leaf paths graphql-js allocates per field are not retained (fewer objects promoted by the GC),
 * yet each read keeps its exact place, so a value an error nulled still does not count as shown.
 */
class PartReads {
  /** Parents (objects) and the keys read under each (strings, numbers); undefined: read outside GraphQL, always shown. */
  private sites: Array<ReadPath | string | number> | undefined = [];
  private lastParent: ReadPath | undefined;

  /** Notes one read, at its response path (none: outside GraphQL). */
  add(path?: ReadPath): void {
    const sites = this.sites;
    if (!sites) return;
    if (!path) {
      this.sites = undefined;
      return;
    }
    const parent = path.prev ?? ROOT;
    if (parent !== this.lastParent) sites.push((this.lastParent = parent));
    sites.push(path.key);
  }

  /** Whether any of the reads reached the client (without `shown`: whether there was any). */
  shownIn(shown?: (path: ReadPath) => boolean): boolean {
    const sites = this.sites;
    if (!shown || !sites) return true;
    let parent: ReadPath = ROOT;
    for (let at = 0; at < sites.length; at += 1) {
      const site = sites[at];
      if (typeof site === 'object') parent = site;
      else if (shown({ prev: parent === ROOT ? undefined : parent, key: site })) return true;
    }
    return false;
  }
}

/**
 * Adds a name to a sorted list, in the order Array#sort gives strings (UTF-16 code units, as `<` compares them):
 * an application has a handful of parts, and a page of 100 would otherwise pay the generic sort a hundred times.
 */
function insertInOrder(sorted: string[], name: string): void {
  let at = sorted.length;
  while (at > 0 && name < sorted[at - 1]) {
    sorted[at] = sorted[at - 1];
    at -= 1;
  }
  sorted[at] = name;
}

/** One application's reads within a request, per part. */
interface Reads {
  societyId: string;
  parts: Map<string, PartReads>;
}

/**
 * Collects, during one request, which dossier parts a viewer other than the applicant read; the request
 * writes them to the access log in its own transaction. Fed by the field policies and the file endpoint,
 * the two places every dossier read passes. A policy allows a read before the value is resolved, so each read
 * keeps its response path: a part whose every value was then nulled by an error was not shown and is not logged.
 */
export class DossierReadRecorder {
  private readonly reads = new Map<string, Reads>();
  /** The entry recorded last, for the next record of the same part of the same application (kept in fields: no object per change). */
  private lastApplicationId: string | undefined;
  private lastPart: string | undefined;
  private lastReads: PartReads | undefined;

  constructor(private readonly readerId: string | undefined) {}

  /** Notes that the viewer was shown a part of an application's dossier (the applicant's own reads are not logged). */
  record(application: ApplicationFacts, part: string, path?: ReadPath): void {
    // A page records the same part of the same application for field after field: the last entry serves them.
    if (application.id === this.lastApplicationId && part === this.lastPart) {
      this.lastReads?.add(path);
      return;
    }
    const reads = this.partReads(application, part);
    this.lastApplicationId = application.id;
    this.lastPart = part;
    this.lastReads = reads;
    reads?.add(path);
  }

  /** The reads of a part of an application; undefined when this viewer's reads are not logged (the applicant's own, or no one signed in). */
  private partReads(application: ApplicationFacts, part: string): PartReads | undefined {
    if (!this.readerId || this.readerId === application.applicantId) return undefined;
    let reads = this.reads.get(application.id);
    if (!reads) this.reads.set(application.id, (reads = { societyId: application.societyId, parts: new Map() }));
    let partReads = reads.parts.get(part);
    if (!partReads) reads.parts.set(part, (partReads = new PartReads()));
    return partReads;
  }

  /** What to write: one entry per application, parts sorted; with `shown`, only parts whose value reached the client. */
  entries(shown?: (path: ReadPath) => boolean): DossierRead[] {
    if (!this.readerId) return [];
    const readerId = this.readerId;
    const entries: DossierRead[] = [];
    // Every part read was shown: only the names are needed, not each part's reads (hundreds of objects a page
    // made long ago, out of the processor's caches).
    const everyPart = shown === undefined || shown === everyReadShown;
    // Once per request, so mostly not optimised code: forEach and plain loops, not for-of with destructuring
    // (the iterator protocol, run by the interpreter for each of hundreds of entries).
    this.reads.forEach((reads, applicationId) => {
      const parts: string[] = [];
      if (everyPart) reads.parts.forEach((_partReads, part) => insertInOrder(parts, part));
      else {
        reads.parts.forEach((partReads, part) => {
          if (partReads.shownIn(shown)) insertInOrder(parts, part);
        });
      }
      if (parts.length > 0) entries.push({ applicationId, societyId: reads.societyId, readerId, parts });
    });
    return entries;
  }
}
