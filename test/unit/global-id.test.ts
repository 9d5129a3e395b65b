import fc from 'fast-check';
import { decodeGlobalId, encodeGlobalId, NODE_KEY_FORMATS, type NodeTypeName } from '../../src/common/global-id';
import { decodeCursor, encodeCursor } from '../../src/resolvers/common/connection';

const TYPES = Object.keys(NODE_KEY_FORMATS) as NodeTypeName[];
const UUID_TYPES = TYPES.filter((type) => NODE_KEY_FORMATS[type] === 'uuid');

describe('global ids', () => {
  it('decode to the type and key they were made of (every UUID-keyed type)', () => {
    fc.assert(fc.property(fc.constantFrom(...UUID_TYPES), fc.uuid({ version: 4 }), (type, key) => {
      expect(decodeGlobalId(encodeGlobalId(type, key))).toEqual({ type, key });
    }));
  });

  it('a society by its code, a register entry by its registration number', () => {
    expect(decodeGlobalId(encodeGlobalId('Society', 'CSEE'))).toEqual({ type: 'Society', key: 'CSEE' });
    expect(decodeGlobalId(encodeGlobalId('RegisteredMember', 'CSE-P-2026-000001'))).toEqual({ type: 'RegisteredMember', key: 'CSE-P-2026-000001' });
  });

  it('never decodes what the server could not have made', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const decoded = decodeGlobalId(text);
      // Whatever decodes is canonical: encoding it again gives the very same string.
      if (decoded) expect(encodeGlobalId(decoded.type, decoded.key)).toBe(text);
    }));
    for (const bad of ['', 'x', '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5', Buffer.from('Account:6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5').toString('base64url'),
      Buffer.from('Examiner:not-a-uuid').toString('base64url'), Buffer.from('Society:csee').toString('base64url'), `${encodeGlobalId('Society', 'CSEE')}=`]) {
      expect(decodeGlobalId(bad)).toBeUndefined();
    }
  });
});

describe('cursors', () => {
  it('keep an instant to the microsecond, and still read the millisecond cursors of earlier versions', () => {
    const id = '6f1c2d3e-4a5b-4c6d-8e7f-8091a2b3c4d5';
    expect(decodeCursor(encodeCursor({ sortValue: '2026-03-01T08:00:00.123456Z', id }))).toEqual({ sortValue: '2026-03-01T08:00:00.123456Z', id });
    expect(decodeCursor(encodeCursor({ sortValue: '2026-03-01T08:00:00.123Z', id }))).toEqual({ sortValue: '2026-03-01T08:00:00.123Z', id });
    expect(() => decodeCursor(encodeCursor({ sortValue: '2026-03-01T08:00:00.1234567Z', id }))).toThrow();
  });
});
