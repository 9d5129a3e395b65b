import { allocationsByFunction } from '../../bench/heap-allocations';

type ProfileNode = Parameters<typeof allocationsByFunction>[0];

/** A sampling heap profile node as V8 writes it (HeapProfiler.SamplingHeapProfileNode), lines counted from 0. */
const node = (functionName: string, url: string, lineNumber: number, selfSize: number, children: ProfileNode[] = []): ProfileNode => ({
  callFrame: { functionName, url, lineNumber },
  selfSize,
  children,
});

describe('where a heap profile allocates (bench/heap-allocations.ts)', () => {
  it('sums each function’s own bytes over every stack it appears in, largest first, with the total', () => {
    const executeFields = (size: number) => node('executeFields', '/srv/api/node_modules/graphql/execution/execute.js', 421, size);
    const head = node('(root)', '', -1, 0, [
      node('readApplications', '/srv/api/bench/.dist/src/resolvers/applications/application-read.js', 140, 300, [executeFields(200)]),
      node('runHttpQuery', '/srv/api/node_modules/@apollo/server/dist/cjs/runHttpQuery.js', 78, 100, [executeFields(400)]),
    ]);
    expect(allocationsByFunction(head)).toEqual({
      total: 1000,
      functions: [
        { name: 'executeFields graphql/execution/execute.js:422', bytes: 600 },
        { name: 'readApplications src/resolvers/applications/application-read.js:141', bytes: 300 },
        { name: 'runHttpQuery @apollo/server/dist/cjs/runHttpQuery.js:79', bytes: 100 },
      ],
    });
  });

  it('names an anonymous function by its file and line, and leaves out frames that allocated nothing themselves', () => {
    const head = node('(root)', '', -1, 0, [node('', '/srv/api/dist/src/http/graphql-http.js', 25, 64)]);
    expect(allocationsByFunction(head).functions).toEqual([{ name: '(anonymous) src/http/graphql-http.js:26', bytes: 64 }]);
  });
});
