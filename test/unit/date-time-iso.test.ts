import { GraphQLDateTimeISO } from 'graphql-scalars';
import { DateTimeISO } from '../../src/graphql/scalars';

/** What a scalar answers for a value: its string, or the message it refuses with. */
function written(scalar: typeof DateTimeISO, value: unknown): string {
  try {
    return String(scalar.serialize(value));
  } catch (error) {
    return `refused: ${(error as Error).message}`;
  }
}

describe('DateTimeISO writes what graphql-scalars writes', () => {
  const edges = [
    0, -1, 1, 999, 1000, 59_999, 60_000, 3_599_999, 86_399_999, 86_400_000, -86_400_001,
    Date.UTC(0, 0, 1) - 1, Date.UTC(2000, 0, 1), Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(9999, 11, 31, 23, 59, 59, 999) + 1,
    8.64e15, -8.64e15, Date.UTC(2026, 10, 28, 5, 54, 57, 6),
  ];

  it.each(edges)('at %d ms', (time) => {
    expect(written(DateTimeISO, new Date(time))).toBe(written(GraphQLDateTimeISO, new Date(time)));
  });

  it('for timestamps on the same days and on days far apart', () => {
    let seed = 14;
    const random = () => (seed = (seed * 16_807) % 2_147_483_647) / 2_147_483_647;
    const times = [
      ...Array.from({ length: 2000 }, () => Date.UTC(2026, 10, 28) + Math.floor(random() * 3 * 86_400_000)),
      ...Array.from({ length: 2000 }, () => Math.floor((random() - 0.5) * 2 * 8.64e15)),
    ];
    for (const time of times) expect(written(DateTimeISO, new Date(time))).toBe(written(GraphQLDateTimeISO, new Date(time)));
  });

  it.each([['an invalid Date', new Date(Number.NaN)], ['a string', '2026-11-28T05:54:57.006Z'], ['a number', 12_345], ['garbage', 'yesterday'], ['null', null]])(
    'and answers or refuses %s as graphql-scalars does',
    (_name, value) => {
      expect(written(DateTimeISO, value)).toBe(written(GraphQLDateTimeISO, value));
    },
  );

  it('is declared as graphql-scalars declares it (the SDL does not change)', () => {
    expect([DateTimeISO.name, DateTimeISO.description, DateTimeISO.specifiedByURL]).toEqual([GraphQLDateTimeISO.name, GraphQLDateTimeISO.description, GraphQLDateTimeISO.specifiedByURL]);
  });
});
