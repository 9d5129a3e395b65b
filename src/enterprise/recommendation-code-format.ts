import { createHash, randomBytes } from 'node:crypto';

/** Crockford's base-32 alphabet: no I, L, O or U, so a code read aloud or retyped is not misread. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** 20 characters of 5 bits: 100 bits of randomness (the issue asks for at least 80). */
export const CODE_CHARACTERS = 20;
/** The randomness of one code, in bits. */
export const CODE_ENTROPY_BITS = CODE_CHARACTERS * 5;

/** A new code, `XXXXX-XXXXX-XXXXX-XXXXX`, from the operating system's cryptographic generator. */
export function generateRecommendationCode(): string {
  const bytes = randomBytes(CODE_CHARACTERS);
  // One byte per character, its low 5 bits: 256 is a multiple of 32, so every character is uniform.
  const characters = [...bytes].map((byte) => ALPHABET[byte & 31]).join('');
  return characters.match(/.{5}/g)!.join('-');
}

/** The canonical form of what someone typed: upper case, no separators, the look-alikes Crockford maps. */
export function normalizeRecommendationCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** Whether a typed code can be one at all (length and alphabet), before any look-up. */
export function wellFormedRecommendationCode(normalized: string): boolean {
  return normalized.length === CODE_CHARACTERS && [...normalized].every((character) => ALPHABET.includes(character));
}

/** What is stored: the SHA-256 digest of the canonical code (100 random bits need no salt or slow hash). */
export function recommendationCodeDigest(normalized: string): string {
  return createHash('sha256').update(normalized).digest('hex');
}
