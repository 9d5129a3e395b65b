import { catalogueCodeOf, createErrorFormatter } from '../../src/errors/format-error';

describe('catalogueCodeOf', () => {
  it.each([
    ['a catalogue code', { message: 'x', extensions: { code: 'NOT_FOUND' } }, 'NOT_FOUND'],
    ['an unknown operation name', { message: 'Unknown operation named "B".' }, 'BAD_REQUEST'],
    ['a document of several operations and no name', { message: 'Must provide operation name if query contains multiple operations.' }, 'BAD_REQUEST'],
    ['anything else without a code', { message: 'Cannot read properties of null' }, 'INTERNAL_SERVER_ERROR'],
    ['a code from outside the catalogue', { message: 'Unknown operation named "B".', extensions: { code: 'SOMETHING' } }, 'INTERNAL_SERVER_ERROR'],
  ])('%s', (_what, formatted, code) => {
    expect(catalogueCodeOf(formatted)).toBe(code);
  });

  it('reports a request mistake as BAD_REQUEST, not as an internal error to log', () => {
    const reported: string[] = [];
    const format = createErrorFormatter({ exposeInternals: false, report: (code) => reported.push(code) });
    expect(format({ message: 'Unknown operation named "B".' }).extensions).toMatchObject({ code: 'BAD_REQUEST' });
    expect(reported).toEqual(['BAD_REQUEST']);
  });
});
