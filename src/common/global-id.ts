import { isUuid } from './is-uuid';

/**
 * The object types that implement `Node`, with the shape of the key their global id wraps. Most are keyed by
 * their UUID; a society by its code and a register entry by its registration number, the keys their own root
 * queries (`society(code:)`, `registeredMember(registrationNumber:)`) take.
 */
export const NODE_KEY_FORMATS = {
  Application: 'uuid',
  Complaint: 'uuid',
  Examiner: 'uuid',
  Notification: 'uuid',
  PublicNotice: 'uuid',
  RegisteredMember: 'registrationNumber',
  Society: 'societyCode',
} as const;

/** A type that has global ids. */
export type NodeTypeName = keyof typeof NODE_KEY_FORMATS;

/** What a global id stands for: the type and the key its own root query takes. */
export interface GlobalId {
  type: NodeTypeName;
  key: string;
}

const KEY_PATTERNS: Record<(typeof NODE_KEY_FORMATS)[NodeTypeName], (key: string) => boolean> = {
  uuid: isUuid,
  // Registration numbers follow REGISTRATION_NUMBER_FORMAT (letters, digits, separators); society codes are upper-case letters.
  registrationNumber: (key) => /^[\p{L}\p{N}][\p{L}\p{N}._/-]{0,63}$/u.test(key),
  societyCode: (key) => /^[A-Z][A-Z0-9_-]{0,31}$/.test(key),
};

/** Whether a name is a type with global ids. */
export function isNodeType(name: string): name is NodeTypeName {
  return Object.prototype.hasOwnProperty.call(NODE_KEY_FORMATS, name);
}

/**
 * The global id of an object: base64url of `Type:key`. Opaque to clients (they only pass it back to `node`), stable
 * (the key never changes), and unique across types, which a bare UUID is not guaranteed to be for a Relay store.
 */
export function encodeGlobalId(type: NodeTypeName, key: string): string {
  return Buffer.from(`${type}:${key}`, 'utf8').toString('base64url');
}

/** Reads a global id; undefined when the server could not have made it (unknown type, malformed key, not base64url). */
export function decodeGlobalId(value: string): GlobalId | undefined {
  if (value.length === 0 || value.length > 200 || !/^[A-Za-z0-9_-]+$/.test(value)) return undefined;
  const text = Buffer.from(value, 'base64url').toString('utf8');
  const colon = text.indexOf(':');
  const [type, key] = [text.slice(0, colon), text.slice(colon + 1)];
  if (colon < 1 || !isNodeType(type) || !KEY_PATTERNS[NODE_KEY_FORMATS[type]](key)) return undefined;
  // Only the canonical spelling: one object, one id (base64url has no padding, and trailing bits must be zero).
  return encodeGlobalId(type, key) === value ? { type, key } : undefined;
}
