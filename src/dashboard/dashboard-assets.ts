/**
 * The federation dashboard (issue 12): one page, its script and its style, served by the API itself (no CDN,
 * no build step). The page signs in with the GraphQL `login` mutation (or takes a pasted token), then reads
 * `funnelReport`, `cycleTimesReport`, `cpdComplianceReport` and `complaintsReport` with that token and draws them
 * as inline SVG bar charts.
 */
export const DASHBOARD_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>工程能力评价 · 联合体报表</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/dashboard/dashboard.css">
<script src="/dashboard/dashboard.js" defer></script>
</head>
<body>
<header><h1>工程能力评价 · 联合体报表</h1><span id="who"></span></header>
<main>
<section id="signin">
  <form id="login-form">
    <h2>登录</h2>
    <label>邮箱 <input id="email" type="email" autocomplete="username" required></label>
    <label>密码 <input id="password" type="password" autocomplete="current-password" required></label>
    <button type="submit">登录</button>
    <p class="or">或粘贴访问令牌：</p>
    <label>令牌 <input id="token" type="text" autocomplete="off"></label>
    <button type="button" id="use-token">使用令牌</button>
    <p id="error" role="alert"></p>
  </form>
</section>
<section id="reports" hidden>
  <form id="filter-form">
    <label>开始日期 <input id="from" type="date"></label>
    <label>结束日期 <input id="to" type="date"></label>
    <button type="submit">刷新</button>
  </form>
  <h2>申请漏斗（各阶段进入数与期末在办数）</h2>
  <div id="funnel-chart" class="chart"></div>
  <h2>办理周期（中位数与 90 分位，天）</h2>
  <div id="cycle-chart" class="chart"></div>
  <h2>继续职业发展达标情况（各学会、各年度注册人数）</h2>
  <div id="cpd-chart" class="chart"></div>
  <h2>申诉投诉办理（各学会受理、已反馈、未反馈已超期）</h2>
  <div id="complaint-chart" class="chart"></div>
  <p id="report-error" role="alert"></p>
</section>
</main>
</body>
</html>
`;

/** The page's style (served as /dashboard/dashboard.css: the CSP allows no inline style). */
export const DASHBOARD_CSS = `body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif; margin: 0; color: #1f2933; background: #f5f7fa; }
header { background: #0b4f8a; color: #fff; padding: 12px 24px; display: flex; justify-content: space-between; align-items: center; }
header h1 { font-size: 20px; margin: 0; }
main { padding: 16px 24px; }
form { display: flex; gap: 12px; flex-wrap: wrap; align-items: end; margin-bottom: 16px; }
#login-form { flex-direction: column; align-items: start; max-width: 360px; }
label { display: flex; flex-direction: column; font-size: 13px; gap: 4px; }
.chart { background: #fff; border: 1px solid #d9e2ec; border-radius: 6px; padding: 12px; margin-bottom: 24px; overflow-x: auto; }
[role=alert] { color: #b42318; }
h2 { font-size: 16px; }
`;

/** The page's script (served as /dashboard/dashboard.js: the CSP allows no inline script); plain ES5, no bundler. */
export const DASHBOARD_JS = `'use strict';
(function () {
  var token = sessionStorage.getItem('ece-token') || '';
  var STAGE_ZH = { SUBMITTED: '已提交', RETURNED_FOR_COMPLETION: '退回补正', FORM_CHECKED: '形式审查通过', RETURNED_FOR_CLARIFICATION: '退回说明',
    BASIC_CONDITIONS_MET: '基本条件符合', ACCEPTED: '已受理', MATERIAL_REVIEW: '材料审查', SUPPLEMENT_REQUESTED: '补充材料', WRITTEN_EXAM: '笔试',
    INTERVIEW: '面试', COMPREHENSIVE_REVIEW: '综合审议', PUBLIC_NOTICE: '公示', FEDERATION_REVIEW: '联合体审核', AWAITING_REGISTRATION: '待注册',
    REGISTERED: '已注册', NOT_ACCEPTED: '不予受理', NOT_REGISTERED: '不予注册', WITHDRAWN: '已撤回', LAPSED: '已失效', EVALUATION: '评价全程' };
  function $(id) { return document.getElementById(id); }
  function gql(query, variables) {
    var headers = { 'content-type': 'application/json' };
    if (token) headers.authorization = 'Bearer ' + token;
    return fetch('/graphql', { method: 'POST', headers: headers, body: JSON.stringify({ query: query, variables: variables }) })
      .then(function (response) { return response.json(); })
      .then(function (body) {
        if (body.errors && body.errors.length) throw new Error(body.errors[0].message + ' (' + (body.errors[0].extensions || {}).code + ')');
        return body.data;
      });
  }
  var SVG = 'http://www.w3.org/2000/svg';
  function el(name, attributes, text) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attributes).forEach(function (key) { node.setAttribute(key, String(attributes[key])); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  /** Horizontal bars: one row per label, one bar per series. */
  function barChart(container, rows, series) {
    container.textContent = '';
    if (rows.length === 0) { container.textContent = '所选期间没有数据。'; return; }
    var max = 1;
    rows.forEach(function (row) { series.forEach(function (s) { max = Math.max(max, row[s.key] || 0); }); });
    var rowHeight = 14 * series.length + 10, left = 190, width = 760, height = rows.length * rowHeight + 30;
    var svg = el('svg', { width: left + width + 80, height: height, role: 'img', 'aria-label': container.id });
    rows.forEach(function (row, index) {
      var y = index * rowHeight + 4;
      svg.appendChild(el('text', { x: left - 8, y: y + 12, 'text-anchor': 'end', 'font-size': 12 }, row.label));
      series.forEach(function (s, n) {
        var value = row[s.key] || 0, w = Math.max(1, Math.round((value / max) * width));
        svg.appendChild(el('rect', { x: left, y: y + n * 14, width: w, height: 12, fill: s.color, 'data-series': s.key, 'data-label': row.label }));
        svg.appendChild(el('text', { x: left + w + 4, y: y + n * 14 + 10, 'font-size': 11 }, String(value)));
      });
    });
    series.forEach(function (s, n) {
      svg.appendChild(el('rect', { x: left + n * 130, y: height - 14, width: 12, height: 12, fill: s.color }));
      svg.appendChild(el('text', { x: left + n * 130 + 16, y: height - 4, 'font-size': 12 }, s.name));
    });
    container.appendChild(svg);
  }
  function load() {
    var filter = {};
    if ($('from').value) filter.from = $('from').value;
    if ($('to').value) filter.to = $('to').value;
    $('report-error').textContent = '';
    return gql('query($f: ReportFilter) { funnelReport(filter: $f, groupBy: []) { stage entries exits inStage } cycleTimesReport(filter: $f, groupBy: []) { span finished p50Days p90Days overdueShare }'
      + ' cpdComplianceReport(filter: $f) { societyCode year due compliant shortOfHours } complaintsReport(filter: $f) { societyCode handler received feedbackGiven openOverdue } }', { f: filter })
      .then(function (data) {
        barChart($('funnel-chart'), (data.funnelReport || []).map(function (row) {
          return { label: STAGE_ZH[row.stage] || row.stage, entries: row.entries, inStage: row.inStage };
        }), [{ key: 'entries', name: '进入数', color: '#2f80ed' }, { key: 'inStage', name: '期末在办', color: '#f2994a' }]);
        barChart($('cycle-chart'), (data.cycleTimesReport || []).filter(function (row) { return row.finished > 0; }).map(function (row) {
          return { label: STAGE_ZH[row.span] || row.span, p50: row.p50Days, p90: row.p90Days };
        }), [{ key: 'p50', name: '中位数（天）', color: '#27ae60' }, { key: 'p90', name: '90 分位（天）', color: '#9b51e0' }]);
        barChart($('cpd-chart'), (data.cpdComplianceReport || []).map(function (row) {
          return { label: row.societyCode + ' ' + row.year, compliant: row.compliant, short: row.shortOfHours };
        }), [{ key: 'compliant', name: '达标', color: '#27ae60' }, { key: 'short', name: '学时不足', color: '#eb5757' }]);
        var HANDLER_ZH = { SOCIETY: '学会', QUALITY_SUPERVISION: '质量监督委员会', SECRETARIAT: '秘书处' };
        barChart($('complaint-chart'), (data.complaintsReport || []).map(function (row) {
          return { label: (row.societyCode || '联合体') + ' · ' + (HANDLER_ZH[row.handler] || row.handler), received: row.received, fed: row.feedbackGiven, overdue: row.openOverdue };
        }), [{ key: 'received', name: '受理', color: '#2f80ed' }, { key: 'fed', name: '已反馈', color: '#27ae60' }, { key: 'overdue', name: '未反馈已超期', color: '#eb5757' }]);
        document.body.setAttribute('data-loaded', 'true');
      })
      .catch(function (error) { $('report-error').textContent = error.message; document.body.setAttribute('data-loaded', 'error'); });
  }
  function signedIn() {
    sessionStorage.setItem('ece-token', token);
    return gql('{ me { displayName } }').then(function (data) {
      $('who').textContent = data.me ? data.me.displayName : '';
      $('signin').hidden = true;
      $('reports').hidden = false;
      return load();
    });
  }
  document.addEventListener('DOMContentLoaded', function () {
    $('login-form').addEventListener('submit', function (event) {
      event.preventDefault();
      $('error').textContent = '';
      token = '';
      gql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { e: $('email').value, p: $('password').value })
        .then(function (data) { token = data.login.token; return signedIn(); })
        .catch(function (error) { $('error').textContent = error.message; });
    });
    $('use-token').addEventListener('click', function () { token = $('token').value.trim(); signedIn().catch(function (error) { $('error').textContent = error.message; }); });
    $('filter-form').addEventListener('submit', function (event) { event.preventDefault(); load(); });
    if (token) signedIn().catch(function () { token = ''; sessionStorage.removeItem('ece-token'); });
  });
})();
`;
