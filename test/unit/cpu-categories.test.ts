import { cpuByCategory } from '../../bench/cpu-categories';

// Four stacks as `perf script -F ip,sym` prints them: leaf first, one block per sample.
const PERF_SCRIPT = `
\t 117de4c v8::internal::JsonParser<unsigned short>::ScanJsonString
\t 7f5d303dc417 JS:*readApplications /srv/api/dist/src/resolvers/applications/application-read.js:99:32
\t 14f7cb4 Builtins_RunMicrotasks

\t 117de4c v8::internal::Scavenger::ScavengeObject<v8::internal::FullHeapObjectSlot>
\t 1 start_thread

\t 7f5d303dc999 JS:*decider /srv/api/bench/.dist/src/policies/shield.js:98:21
\t 7f5d303dc000 JS:*executeFields /srv/api/node_modules/graphql/execution/execute.js:422:23

\t 7f5d303dc999 JS:*executeFields /srv/api/node_modules/graphql/execution/execute.js:422:23
\t 7f5d303dc000 JS:*completeValue /srv/api/node_modules/graphql/execution/execute.js:602:23
`;

describe('the CPU categories of a perf profile (bench/cpu-categories.ts)', () => {
  it('gives each sample the kind of the first matching frame from its leaf', () => {
    const byName = (shares: Array<{ name: string; share: number }>) => Object.fromEntries(shares.map(({ name, share }) => [name, share]));
    expect(byName(cpuByCategory(PERF_SCRIPT))).toEqual({ 'JSON.parse': 0.25, 'garbage collection': 0.25, 'field policies and guards': 0.25, 'graphql-js': 0.25 });
    // The same JSON.parse frame under the read models is JSON.parse; the read model's own frame alone is read models.
    expect(cpuByCategory('\t 1 JS:*readApplications /srv/api/dist/src/resolvers/applications/application-read.js:99:32\n')).toEqual([{ name: 'read models', share: 1 }]);
  });

  it('lists the kinds largest first', () => {
    const graphqlSample = PERF_SCRIPT.split('\n\n')[3];
    // The collector's sample comes first, so only the sort puts graphql-js (two samples) before it.
    const oneGcTwoGraphql = `\t 1 v8::internal::Scavenger::Process\n\n${graphqlSample}\n\n${graphqlSample}`;
    expect(cpuByCategory(oneGcTwoGraphql)).toEqual([{ name: 'graphql-js', share: 2 / 3 }, { name: 'garbage collection', share: 1 / 3 }]);
  });

  it('counts a stack no category knows as other', () => {
    expect(cpuByCategory('\t 1 __memmove_avx512_unaligned_erms\n\n\t 2 JS:*x /srv/api/node_modules/some-lib/src/x.js:1:1\n')).toEqual([{ name: 'other', share: 1 }]);
  });
});
