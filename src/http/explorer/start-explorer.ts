/**
 * Starts GraphiQL on the explorer page. Served as a file of its own (the page's CSP forbids inline scripts); kept as a
 * string here so the build carries it to dist/ with the rest of the code.
 */
export const START_EXPLORER_SCRIPT = String.raw`(function startExplorer() {
  var root = document.getElementById('explorer');
  var endpoint = root.getAttribute('data-endpoint');
  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var firstQuery = [
    '# 工程能力评价平台 GraphQL 浏览器 (offline GraphiQL)',
    '#',
    '# 1. Log in (demo accounts: README), copy the token:',
    '#    mutation { login(email: "staff@csee.demo", password: "Demo@2026") { token } }',
    '# 2. Put it in the Headers tab below, with the society:',
    '#    { "Authorization": "Bearer <token>", "X-Society": "CSEE" }',
    '# 3. Error codes: the enum ErrorCode in the Docs.',
    '',
    'query Societies {',
    '  societies {',
    '    code',
    '    name',
    '  }',
    '}',
    '',
  ].join('\n');
  ReactDOM.createRoot(root).render(
    React.createElement(GraphiQL, { fetcher: fetcher, defaultQuery: firstQuery, defaultEditorToolsVisibility: true }),
  );
})();
`;
