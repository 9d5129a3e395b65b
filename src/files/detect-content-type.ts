/** A file type the platform accepts, recognised by its leading bytes. */
interface Signature {
  contentType: string;
  matches(bytes: Buffer): boolean;
}

const SIGNATURES: readonly Signature[] = [
  { contentType: 'application/pdf', matches: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
  { contentType: 'image/png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { contentType: 'image/jpeg', matches: (b) => b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
];

/** The accepted types, for error messages. */
export const ACCEPTED_CONTENT_TYPES = SIGNATURES.map((signature) => signature.contentType);

/** The content type the bytes really are (never the name or the client's header), or undefined when not accepted. */
export function detectContentType(bytes: Buffer): string | undefined {
  return SIGNATURES.find((signature) => signature.matches(bytes))?.contentType;
}
