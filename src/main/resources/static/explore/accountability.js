// Accountability page: plain JavaScript and inline SVG, no library, no network beyond this service.
// Reads the REST API (/api/reports/overdue, /api/tasks, /api/documents, /api/documents/{id}/lineage) and the
// explore endpoints (/explore/api/jurisdictions, /explore/api/sources/{file}).
'use strict';

// Kinds and statuses (names, colours) come from GET /api/vocabulary: the registries that Neo4j Browser's style and
// the extractor use too. Filled in by loadVocabulary() before anything is drawn.
let STATUSES = [];
let STATUS_BY_CODE = {};
let KINDS = {};
// Relations between documents (IMPLEMENTS, GUIDES, …): drawn upwards in a lineage.
let DOCUMENT_EDGES = new Set();
let RELATIONS = {};

async function loadVocabulary() {
  const v = await api('/api/vocabulary');
  STATUSES = v.statuses.map((s) => ({ key: s.key, code: s.value, vi: s.name, color: s.colour }));
  STATUS_BY_CODE = Object.fromEntries(STATUSES.map((s) => [s.code, s]));
  KINDS = Object.fromEntries(v.kinds.map((k) => [k.value, [k.name, k.colour]]));
  DOCUMENT_EDGES = new Set(v.relations.map((r) => r.value));
  RELATIONS = Object.fromEntries(v.relations.map((r) => [r.value, r]));
}

const NO_LEAD = '(không ghi cơ quan chủ trì)';
const SVG_NS = 'http://www.w3.org/2000/svg';

const state = { jurisdiction: null, asOf: null, agency: undefined, document: null, report: [] };

// ---------- small helpers ----------

function $(id) {
  return document.getElementById(id);
}

/** An HTML element: h('td', {class: 'num'}, 'text', childNode, ...). Text is always set as text, never as HTML. */
function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

/** An SVG element, like h. */
function s(tag, attrs, ...children) {
  const el = document.createElementNS(SVG_NS, tag);
  setAttrs(el, attrs);
  append(el, children);
  return el;
}

function setAttrs(el, attrs) {
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v);
  }
}

function append(el, children) {
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** The API answers its problems (errors) in Vietnamese when asked: Accept-Language on every request. */
const HEADERS = { Accept: 'application/json', 'Accept-Language': 'vi' };

async function api(path) {
  const response = await fetch(path, { headers: HEADERS });
  if (!response.ok) {
    let body = null;
    try {
      body = await response.json();
    } catch (e) {
      // not JSON
    }
    throw new Error(viProblem(response.status, body));
  }
  return response.json();
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== null && v !== undefined && v !== '') q.set(k, v);
  return q.toString();
}

function say(text, error) {
  const el = $('status');
  el.textContent = text || '';
  el.classList.toggle('error', !!error);
}

function today() {
  const d = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** 2021-12-31 as 31/12/2021, the Vietnamese way. */
function viDate(iso) {
  if (!iso) return '';
  const [y, m, d] = String(iso).split('-');
  return d ? `${d}/${m}/${y}` : m ? `${m}/${y}` : y;
}

function due(task) {
  const d = task.due;
  if (!d) return '';
  if (d.quarter) return `quý ${['I', 'II', 'III', 'IV'][d.quarter - 1]}/${d.year}`;
  if (d.month) return `tháng ${d.month}/${d.year}`;
  if (d.day) return viDate(task.deadline);
  return `năm ${d.year}`;
}

function shorten(text, n) {
  if (!text) return '';
  const t = String(text).replace(/\s+/g, ' ').trim();
  return t.length > n ? t.slice(0, n - 1) + '…' : t;
}

function badge(code) {
  const st = STATUS_BY_CODE[code];
  return h('span', { class: 'badge ' + code, style: `background:${st.color}`, title: code }, st.vi);
}

function saveUrl() {
  const params = {
    jurisdiction: state.jurisdiction,
    asOf: state.asOf,
    agency: state.agency === undefined ? null : state.agency === null ? '-' : state.agency,
    document: state.document,
  };
  const search = '?' + query(params);
  // Each place a person goes (an agency, a document, another day or province) is a history entry, so Back and
  // Forward move through them; the first state of a page load and a restore replace rather than add.
  if (search === location.search) return;
  if (restoring || !location.search) history.replaceState(null, '', search);
  else history.pushState(null, '', search);
}

let restoring = false;

/** Back / Forward: the page shows again what the address says. */
async function restore() {
  restoring = true;
  try {
    const params = new URLSearchParams(location.search);
    state.asOf = params.get('asOf') || today();
    state.jurisdiction = params.get('jurisdiction') || '';
    $('asOf').value = state.asOf;
    $('jurisdiction').value = state.jurisdiction;
    const agency = params.get('agency');
    state.agency = agency === null ? undefined : agency === '-' ? null : agency;
    if (state.agency === undefined) $('tasks-section').hidden = true;
    await refresh();
    const document = params.get('document');
    if (document) await showLineage(document);
    else {
      state.document = null;
      $('lineage').hidden = true;
    }
  } finally {
    restoring = false;
  }
}

// ---------- report: table and bar chart ----------

async function loadReport() {
  say('Đang tải…');
  const report = await api('/api/reports/overdue?' + query({ asOf: state.asOf, jurisdiction: state.jurisdiction }));
  state.report = report.items.map((item) => ({
    ...item,
    total: STATUSES.reduce((n, st) => n + item[st.key], 0),
  }));
  // A merged unit: whose tasks it answers for now, or who answers for its own.
  const merged = report.succeededBy
    ? `; đã hợp nhất vào ${report.succeededBy.name} từ ${viDate(report.succeededBy.on)}`
    : (report.includes || []).length
      ? `; gồm cả nhiệm vụ chưa hoàn thành của ${report.includes.map((u) => u.name).join(', ')} (hợp nhất từ ${viDate(report.includes[0].on)})`
      : '';
  $('report-caption').textContent = `— ${state.jurisdiction || 'mọi địa bàn'}, tính đến ${viDate(report.asOf)}${merged}`;
  renderTable();
  renderChart();
  renderDownloads();
  say(`${state.report.length} cơ quan, ${state.report.reduce((n, r) => n + r.total, 0)} nhiệm vụ`);
  loadDue();
}

/** The file twins of what is shown, with the same parameters. */
function renderDownloads() {
  const params = query({ asOf: state.asOf, jurisdiction: state.jurisdiction });
  $('download-xlsx').href = '/api/reports/overdue.xlsx?' + params;
  $('download-docx').href = '/api/reports/overdue.docx?' + params;
  $('download-csv').href = '/api/tasks.csv?' + params;
  $('download-atom').href = '/api/reports/overdue.atom?' + params;
}

/** Tasks not done whose deadline falls within the chosen number of days. */
async function loadDue() {
  const days = Number($('due-days').value);
  const body = clear($('due').tBodies[0]);
  $('due-caption').textContent = `— trong ${days} ngày kể từ ${viDate(state.asOf)}`;
  try {
    const page = await api('/api/tasks?' + query({ asOf: state.asOf, jurisdiction: state.jurisdiction,
      dueWithin: days, size: 200 }));
    if (page.items.length === 0) {
      body.append(h('tr', {}, h('td', { colspan: 5 }, 'Không có nhiệm vụ nào đến hạn trong khoảng này.')));
      return;
    }
    const start = new Date(state.asOf + 'T00:00:00');
    for (const t of page.items) {
      const left = Math.round((new Date(t.deadline + 'T00:00:00') - start) / 86400000);
      body.append(h('tr', {},
        h('td', {}, viDate(t.deadline)),
        h('td', { class: 'num' }, left === 0 ? 'hôm nay' : `${left} ngày`),
        h('td', {}, t.title),
        h('td', {}, t.lead ? t.lead.name : NO_LEAD),
        h('td', {}, h('button', { type: 'button', class: 'link', onclick: () => showLineage(t.document.id) },
          docName(t.document)))));
    }
    if (page.total > page.items.length) {
      body.append(h('tr', {}, h('td', { colspan: 5, class: 'section' },
        `… và ${page.total - page.items.length} nhiệm vụ nữa (xem đủ trong tệp CSV).`)));
    }
  } catch (e) {
    body.append(h('tr', {}, h('td', { colspan: 5, class: 'error' }, 'Lỗi: ' + e.message)));
  }
}

function agencyName(item) {
  return item.agency ? item.agency.name : NO_LEAD;
}

function agencyKey(item) {
  return item.agency ? item.agency.id : null;
}

/** How the report table is sorted: a column (agency name, a status key, total) and a direction. */
const sorting = { key: null, dir: -1 };

function sortReport() {
  if (!sorting.key) return;
  const value = (r) => (sorting.key === 'agency' ? agencyName(r) : r[sorting.key]);
  state.report.sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return sorting.dir * (typeof x === 'string' ? x.localeCompare(y, 'vi') : x - y);
  });
}

function renderHeader() {
  const row = clear($('report').tHead.rows[0]);
  const columns = [['agency', 'Cơ quan chủ trì', ''], ...STATUSES.map((st) => [st.key, st.vi, 'num']), ['total', 'Tổng', 'num']];
  for (const [key, label, cls] of columns) {
    row.append(h('th', { scope: 'col', class: cls || null, 'data-sort': key, title: 'Bấm để sắp xếp',
      'aria-sort': sorting.key === key ? (sorting.dir < 0 ? 'descending' : 'ascending') : null,
      onclick: () => {
        sorting.dir = sorting.key === key ? -sorting.dir : key === 'agency' ? 1 : -1;
        sorting.key = key;
        renderTable();
      } }, label));
  }
}

function renderTable() {
  renderHeader();
  sortReport();
  const body = clear($('report').tBodies[0]);
  const foot = clear($('report').tFoot);
  if (state.report.length === 0) {
    body.append(h('tr', {}, h('td', { colspan: STATUSES.length + 2 }, 'Không có nhiệm vụ nào vào ngày này.')));
    return;
  }
  foot.append(h('tr', {}, h('td', {}, 'Tổng cộng'),
    STATUSES.map((st) => h('td', { class: 'num' }, state.report.reduce((n, r) => n + r[st.key], 0))),
    h('td', { class: 'num' }, state.report.reduce((n, r) => n + r.total, 0))));
  for (const item of state.report) {
    const key = agencyKey(item);
    body.append(
      h('tr', { 'data-agency': key === null ? '-' : key, class: key === state.agency ? 'selected' : null,
        onclick: () => selectAgency(key, agencyName(item)) },
      h('td', {}, h('button', { type: 'button', class: 'link' }, agencyName(item)),
        item.responsible ? h('div', { class: 'section' },
          `nay: ${item.responsible.name} (từ ${viDate(item.responsible.on)})`) : null),
      STATUSES.map((st) => h('td', { class: 'num' + (item[st.key] ? '' : ' zero') }, item[st.key])),
      h('td', { class: 'num' }, h('b', {}, item.total))));
  }
}

function renderChart() {
  const chart = clear($('chart'));
  const rows = state.report;
  if (rows.length === 0) return;
  const labelWidth = 250;
  const barWidth = 360;
  const rowHeight = 24;
  const max = Math.max(1, ...rows.map((r) => r.total));
  const height = rows.length * rowHeight + 30;
  const svg = s('svg', { width: labelWidth + barWidth + 50, height, role: 'img',
    viewBox: `0 0 ${labelWidth + barWidth + 50} ${height}` });
  // Scale: a tick per step.
  const step = max <= 10 ? 1 : max <= 50 ? 5 : Math.ceil(max / 10 / 10) * 10;
  for (let v = 0; v <= max; v += step) {
    const x = labelWidth + (v / max) * barWidth;
    svg.append(s('line', { x1: x, x2: x, y1: 4, y2: height - 22, stroke: '#eee' }));
    svg.append(s('text', { x, y: height - 8, 'font-size': 11, 'text-anchor': 'middle', fill: '#888' }, v));
  }
  rows.forEach((item, i) => {
    const y = 6 + i * rowHeight;
    const key = agencyKey(item);
    const g = s('g', { class: 'bar', 'data-agency': key === null ? '-' : key,
      onclick: () => selectAgency(key, agencyName(item)) });
    g.append(s('title', {}, `${agencyName(item)}: ` +
      STATUSES.map((st) => `${st.vi} ${item[st.key]}`).join(', ')));
    g.append(s('text', { x: labelWidth - 8, y: y + 14, 'font-size': 12, 'text-anchor': 'end',
      'font-weight': key === state.agency ? 'bold' : null, fill: '#1c2833' }, shorten(agencyName(item), 38)));
    let x = labelWidth;
    for (const st of STATUSES) {
      const w = (item[st.key] / max) * barWidth;
      if (w > 0) {
        g.append(s('rect', { x, y, width: w, height: rowHeight - 6, fill: st.color }));
        if (w >= 16) {
          g.append(s('text', { x: x + w / 2, y: y + 13, 'font-size': 11, 'text-anchor': 'middle',
            fill: st.code === 'PENDING' || st.code === 'OPEN' ? '#1c2833' : '#fff' }, item[st.key]));
        }
      }
      x += w;
    }
    g.append(s('text', { x: x + 6, y: y + 13, 'font-size': 11, fill: '#5d6d7e' }, item.total));
    svg.append(g);
  });
  chart.append(svg);
}

function renderLegend() {
  const legend = clear($('legend'));
  for (const st of STATUSES) legend.append(h('span', { style: `--c:${st.color}`, title: st.code }, st.vi));
}

// ---------- one agency's tasks, with evidence ----------

const documentCache = new Map();

async function documentDetails(id) {
  if (!documentCache.has(id)) documentCache.set(id, api('/api/documents/' + encodeURIComponent(id)));
  return documentCache.get(id);
}

/**
 * Where a task was read: its own source and lines (first and last) when the API gives them, else from its document;
 * the page a PDF's first line is on.
 */
async function evidence(task) {
  if (task.source && task.line) {
    const reading = (task.readings || []).find((r) => r.file === task.source && r.line === task.line);
    return { file: task.source, line: task.line, lastLine: task.lastLine || task.line, page: reading ? reading.page : null,
      document: docName(task.document) };
  }
  try {
    const doc = await documentDetails(task.document.id);
    const stated = (doc.sources || []).find((src) => src.kind === 'STATES') || (doc.sources || [])[0];
    const own = (doc.tasks || []).find((t) => t.id === task.id);
    if (stated && own && own.line) {
      return { file: stated.file, line: own.line, lastLine: own.lastLine || own.line, document: docName(task.document) };
    }
  } catch (e) {
    // no evidence shown
  }
  return null;
}

/** "dòng 57" or "dòng 57–60". */
function linesLabel(ev) {
  return ev.lastLine > ev.line ? `dòng ${ev.line}–${ev.lastLine}` : `dòng ${ev.line}`;
}

/** The whole source text with the task's lines marked, on a page of its own. */
function sourceUrl(ev) {
  return 'source.html?' + query({ file: ev.file, from: ev.line, to: ev.lastLine }) + '#L' + ev.line;
}

/** What a person calls a document: its number, else its title; its internal id only as a last resort. */
function docName(doc) {
  return doc.number || (doc.title ? shorten(doc.title, 60) : shorten(doc.id, 40));
}

/** How many times an agency was chosen: an answer to an earlier choice is not drawn over a later one. */
let selections = 0;

async function selectAgency(key, name) {
  const mine = ++selections;
  state.agency = key;
  saveUrl();
  renderTable();
  renderChart();
  const section = $('tasks-section');
  section.hidden = false;
  $('tasks-agency').textContent = name;
  $('tasks-caption').textContent = `— tính đến ${viDate(state.asOf)}`;
  renderTrend(key, name);
  const downloads = clear($('tasks-downloads'));
  const taskParams = query({ agency: key, asOf: state.asOf, jurisdiction: state.jurisdiction });
  downloads.append('Tải về: ', h('a', { href: '/api/tasks.csv?' + taskParams, download: '' }, 'danh sách (.csv)'));
  if (key) {
    const ics = `${location.origin}/api/agencies/${encodeURIComponent(key)}/deadlines.ics`;
    downloads.append(' · ', h('a', { href: ics, title: 'Thêm vào Outlook hoặc lịch điện thoại: Đăng ký lịch từ địa chỉ này' },
      'lịch thời hạn (.ics)'), ' · ', h('a', { href: '/api/reports/overdue.xlsx?' + taskParams, download: '' },
      'Excel của cơ quan'));
  }
  const body = clear($('tasks').tBodies[0]);
  body.append(h('tr', {}, h('td', { colspan: 6 }, 'Đang tải…')));
  try {
    const page = await api('/api/tasks?' + query({ agency: key, asOf: state.asOf, jurisdiction: state.jurisdiction,
      size: 500 }));
    if (mine !== selections) return;
    const tasks = page.items.filter((t) => key !== null || !t.lead);
    const order = Object.fromEntries(STATUSES.map((st, i) => [st.code, i]));
    tasks.sort((a, b) => order[a.status] - order[b.status] || String(a.deadline || '9').localeCompare(b.deadline || '9'));
    clear(body);
    if (tasks.length === 0) body.append(h('tr', {}, h('td', { colspan: 6 }, 'Không có nhiệm vụ.')));
    for (const task of tasks) body.append(...taskRows(task));
    section.scrollIntoView({ behavior: 'smooth', block: 'start' });
  } catch (e) {
    clear(body).append(h('tr', {}, h('td', { colspan: 6, class: 'error' }, 'Lỗi: ' + e.message)));
  }
}

/** What the readings of two copies of a document may disagree on. */
const CONFLICT_VI = { lead: 'đơn vị chủ trì', deadline: 'thời hạn' };

/** How the document's issue date is known: written, inferred (and from what), or not at all. */
const BASIS_VI = { HEADER_MONTH: 'theo tháng ghi ở đầu văn bản', HEADER_YEAR: 'theo năm ghi ở đầu văn bản',
  TITLE_YEAR: 'theo năm nêu trong tên văn bản', LATEST_CITED: 'theo ngày văn bản trích dẫn gần nhất' };

function issued(doc) {
  if (doc.issuedOn && doc.issuedOn.length >= 10) return h('div', { class: 'section' }, 'ban hành ' + viDate(doc.issuedOn));
  if (!doc.setOn) return h('div', { class: 'section' }, 'ngày ban hành chưa rõ');
  return h('div', { class: 'section', title: BASIS_VI[doc.setOnBasis] || '' },
    'tính từ ' + viDate(doc.setOn) + ' (suy ra)');
}

/** When a task was done and by which document, as its row shows it. */
function completion(task) {
  return [task.completedOn ? viDate(task.completedOn) : '',
    task.fulfilledBy ? h('div', { class: 'section' }, 'bởi ',
      h('button', { type: 'button', class: 'link', onclick: () => showLineage(task.fulfilledBy.id) },
        docName(task.fulfilledBy))) : null].filter((c) => c !== null);
}

/**
 * A task's row after a change recorded on it: its status and completion anew, in place, so that the form and its
 * history stay open where the editor is working.
 */
function updateTaskRow(id, task) {
  const tr = document.querySelector(`#tasks tr[data-task="${CSS.escape(id)}"]`);
  if (!tr) return;
  clear(tr.cells[0]).append(badge(task.status));
  const record = tr.cells[4].querySelector('.record-toggle');
  clear(tr.cells[4]).append(...completion(task), ...(record ? [record] : []));
}

function taskRows(task) {
  const source = h('td', {}, '…');
  const excerptRow = h('tr', { class: 'excerpt-row', hidden: true }, h('td', { colspan: 6 }));
  const row = h('tr', { 'data-task': task.id },
    h('td', {}, badge(task.status)),
    h('td', {}, h('div', {}, task.title), task.section ? h('div', { class: 'section' }, 'Mục ' + task.section) : null,
      task.lead ? h('div', { class: 'section' }, 'Chủ trì: ' + task.lead.name
        + (task.responsible ? ` → nay ${task.responsible.name} (từ ${viDate(task.responsible.on)})` : '')) : null),
    h('td', {}, h('button', { type: 'button', class: 'link', title: task.document.title || task.document.number || '',
      onclick: () => showLineage(task.document.id) }, docName(task.document)),
      issued(task.document),
      (task.conflicts || []).length ? h('div', { class: 'section error',
        title: (task.readings || []).map((r) => `tệp ${r.file}, dòng ${r.line}: chủ trì ${r.lead || '?'}, thời hạn ${r.deadline ? viDate(r.deadline) : '?'}`).join('\n') },
        'Các bản khác nhau về ' + task.conflicts.map((c) => CONFLICT_VI[c] || c).join(', ')) : null),
    h('td', {}, due(task), task.deadline ? h('div', { class: 'section' }, viDate(task.deadline)) : null),
    h('td', {}, completion(task)),
    source);
  if (sessionStorage.getItem(AUTH_KEY)) {
    row.cells[4].append(h('div', { class: 'record-toggle' }, h('button', { type: 'button', class: 'link no-print',
      onclick: () => toggleRecord(excerptRow, task) }, 'Ghi nhận…')));
  }
  evidence(task).then((ev) => {
    clear(source);
    if (!ev) return;
    // The lines, shown in place on a click; the whole text a link away (a new tab with a middle click).
    source.append(h('a', { href: sourceUrl(ev), class: 'evidence', title: 'Xem đoạn văn bản gốc (tệp ' + ev.file + ')',
      onclick: (event) => {
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
        event.preventDefault();
        toggleExcerpt(excerptRow, ev);
      } }, (ev.page ? `trang ${ev.page}, ` : '') + linesLabel(ev)));
  });
  return [row, excerptRow];
}

/**
 * Is the agency getting better? Per quarter of the deadline: tasks that fell due, how many were done on time,
 * as a table and a small bar chart of the on-time share (GET /api/reports/trends).
 */
async function renderTrend(key, name) {
  const box = clear($('trend'));
  if (key === null) return;
  let quarters;
  try {
    quarters = await api('/api/reports/trends?' + query({ agency: key, asOf: state.asOf,
      jurisdiction: state.jurisdiction }));
  } catch (e) {
    box.append(h('p', { class: 'status error' }, 'Lỗi: ' + e.message));
    return;
  }
  if (quarters.length === 0) {
    box.append(h('p', { class: 'caption' }, 'Xu hướng: chưa có nhiệm vụ nào đến hạn để so sánh theo quý.'));
    return;
  }
  const pct = (q) => Math.round(100 * q.onTime / Math.max(1, q.due));
  const roman = (q) => ['I', 'II', 'III', 'IV'][q.quarter - 1];
  const label = (q) => `Quý ${roman(q)}/${q.year}`;
  box.append(h('table', { 'aria-label': 'Tỷ lệ hoàn thành đúng hạn theo quý' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Quý đến hạn'), h('th', { class: 'num' }, 'Đến hạn'),
      h('th', { class: 'num' }, 'Đúng hạn'), h('th', { class: 'num' }, 'Muộn'), h('th', { class: 'num' }, 'Chưa xong'),
      h('th', { class: 'num' }, 'Tỷ lệ đúng hạn'))),
    h('tbody', {}, quarters.map((q) => h('tr', {}, h('td', {}, label(q)), h('td', { class: 'num' }, q.due),
      h('td', { class: 'num' }, q.onTime), h('td', { class: 'num' }, q.late), h('td', { class: 'num' }, q.notDone),
      h('td', { class: 'num' }, pct(q) + '%'))))));
  const w = 28;
  const height = 120;
  const svg = s('svg', { width: quarters.length * w + 40, height: height + 40, role: 'img',
    'aria-label': `Tỷ lệ hoàn thành đúng hạn theo quý của ${name}` });
  svg.append(s('title', {}, `Tỷ lệ hoàn thành đúng hạn theo quý — ${name}`));
  quarters.forEach((q, i) => {
    const bar = Math.round(height * pct(q) / 100);
    const x = 30 + i * w;
    svg.append(s('g', {}, s('title', {}, `${label(q)}: ${pct(q)}% (${q.onTime}/${q.due})`),
      s('rect', { x, y: 10 + height - bar, width: w - 6, height: Math.max(bar, 1), fill: 'var(--done-on-time)' }),
      // The quarter over its year, each short enough for the bar's width: labels never run into each other.
      s('text', { x: x + (w - 6) / 2, y: height + 22, 'text-anchor': 'middle', 'font-size': 9 }, roman(q)),
      s('text', { x: x + (w - 6) / 2, y: height + 33, 'text-anchor': 'middle', 'font-size': 9 }, String(q.year))));
  });
  svg.append(s('text', { x: 2, y: 16, 'font-size': 10 }, '100%'), s('text', { x: 2, y: height + 10, 'font-size': 10 }, '0%'));
  box.append(svg);
}

/** Viet names of a recorded status. */
const MANUAL_VI = { DONE: 'đã hoàn thành', NOT_DONE: 'chưa hoàn thành' };

/**
 * The row under a task opened for one use (its lines, the record form), emptied; null when it was open for that use
 * and is now closed.
 */
function openRow(row, mode) {
  if (!row.hidden && row.dataset.mode === mode) {
    row.hidden = true;
    return null;
  }
  row.dataset.mode = mode;
  row.hidden = false;
  return clear(row.cells[0]);
}

/** The signed-in editor records what happened to a task: done or not, when, by which document, a note. */
async function toggleRecord(row, task) {
  const cell = openRow(row, 'record');
  if (!cell) return;
  const status = h('select', { name: 'status' },
    h('option', { value: 'DONE' }, 'Đã hoàn thành'),
    h('option', { value: 'NOT_DONE' }, 'Chưa hoàn thành'),
    h('option', { value: '' }, 'Theo văn bản (bỏ ghi nhận)'));
  const day = h('input', { type: 'date', name: 'completedOn', value: state.asOf, max: today() });
  const listId = 'docs-' + Math.random().toString(36).slice(2);
  const documents = h('datalist', { id: listId });
  const fulfilled = h('input', { type: 'search', name: 'fulfilledBy', list: listId, size: 30,
    placeholder: 'số văn bản, vd 45-TTr/BTCTU' });
  const chosen = new Map();
  fulfilled.addEventListener('input', async () => {
    const words = fulfilled.value.trim();
    if (words.length < 2 || chosen.has(words)) return;
    try {
      const page = await api('/api/documents?' + query({ q: words, size: 8 }));
      clear(documents);
      for (const d of page.items) {
        const label = [d.number, shorten(d.name || d.title, 60)].filter(Boolean).join(' — ');
        chosen.set(label, d.id);
        documents.append(h('option', { value: label }));
      }
    } catch (e) {
      // no suggestions
    }
  });
  const evidenceText = h('input', { name: 'evidence', size: 30, placeholder: 'bằng chứng: báo cáo, tờ trình…' });
  const note = h('input', { name: 'note', size: 30, placeholder: 'ghi chú' });
  const outcome = h('span', { class: 'status', role: 'status' });
  const history = h('ol', { class: 'history' });
  const form = h('form', { class: 'record-form' },
    h('label', {}, 'Tình trạng', status), h('label', {}, 'Ngày hoàn thành', day),
    h('label', {}, 'Văn bản thực hiện (tìm)', fulfilled, documents), h('label', {}, 'Bằng chứng', evidenceText),
    h('label', {}, 'Ghi chú', note), h('button', { type: 'submit' }, 'Lưu ghi nhận'), outcome);
  status.addEventListener('change', () => {
    day.disabled = status.value !== 'DONE';
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const patch = status.value === ''
      ? { status: null, completedOn: null, fulfilledBy: null, evidence: null }
      : { status: status.value };
    if (status.value === 'DONE') {
      patch.completedOn = day.value || null;
      const doc = chosen.get(fulfilled.value.trim());
      if (doc) patch.fulfilledBy = doc;
    }
    if (evidenceText.value.trim()) patch.evidence = evidenceText.value.trim();
    if (note.value.trim()) patch.note = note.value.trim();
    outcome.textContent = 'Đang lưu…';
    outcome.classList.remove('error');
    try {
      const saved = await write('/api/tasks/' + encodeURIComponent(task.id), { method: 'PATCH',
        headers: { 'Content-Type': 'application/merge-patch+json' }, body: JSON.stringify(patch) });
      outcome.textContent = `Đã lưu: ${(STATUS_BY_CODE[saved.status] || { vi: saved.status }).vi}`;
      showHistory(history, saved.history);
      updateTaskRow(task.id, saved);
      // The counts change; the task list stays as it is, this form open.
      loadReport().catch((e) => say('Lỗi: ' + e.message, true));
      if (state.agency !== undefined) renderTrend(state.agency, $('tasks-agency').textContent);
    } catch (e) {
      outcome.textContent = e.message;
      outcome.classList.add('error');
    }
  });
  cell.append(form, h('div', { class: 'section' }, 'Lịch sử ghi nhận:'), history);
  try {
    const detail = await api('/api/tasks/' + encodeURIComponent(task.id) + '?' + query({ asOf: state.asOf }));
    showHistory(history, detail.history);
  } catch (e) {
    history.append(h('li', { class: 'error' }, e.message));
  }
}

function showHistory(list, changes) {
  clear(list);
  if (!changes || changes.length === 0) {
    list.append(h('li', {}, 'Chưa có ghi nhận nào: tình trạng theo văn bản.'));
    return;
  }
  for (const c of changes) {
    list.append(h('li', {}, `${new Date(c.at).toLocaleString('vi-VN')} — ${c.by}: `
      + [c.status ? MANUAL_VI[c.status] || c.status : 'theo văn bản',
        c.completedOn ? 'ngày ' + viDate(c.completedOn) : null,
        c.fulfilledBy ? 'bởi ' + c.fulfilledBy : null,
        c.evidence ? 'bằng chứng: ' + c.evidence : null,
        c.note ? 'ghi chú: ' + c.note : null].filter(Boolean).join('; ')));
  }
}

async function toggleExcerpt(row, ev) {
  const cell = openRow(row, 'excerpt');
  if (!cell) return;
  try {
    // Centred on the task's lines, all of them marked (at most 50 either side of its first).
    const span = ev.lastLine - ev.line;
    const excerpt = await api(`/explore/api/sources/${encodeURIComponent(ev.file)}?` +
      query({ line: ev.line + Math.floor(span / 2), context: Math.min(50, Math.ceil(span / 2) + 3) }));
    const pre = h('pre', { class: 'excerpt' });
    for (const line of excerpt.lines) {
      pre.append(h('span', { class: line.number >= ev.line && line.number <= ev.lastLine ? 'line hit' : 'line' },
        h('span', { class: 'n' }, line.number), line.text));
    }
    // The file by the name it was uploaded as; else by its document (an import folder's names are often hashes).
    cell.append(h('div', { class: 'section', title: 'tệp ' + excerpt.file },
      (excerpt.name ? 'Tệp ' + excerpt.name : ev.document)
      + (excerpt.page ? `, trang ${excerpt.page} / ${excerpt.pages}` : '') + `, ${linesLabel(ev)} / ${excerpt.total} · `,
      h('a', { href: sourceUrl(ev), class: 'whole-text' }, 'Xem toàn văn')), pre);
  } catch (e) {
    cell.append(h('div', { class: 'status error' }, e.message));
  }
}

// ---------- document search and lineage ----------

async function search(words) {
  const list = clear($('results'));
  if (!words.trim()) return;
  list.append(h('li', {}, 'Đang tìm…'));
  try {
    const page = await api('/api/documents?' + query({ q: words, size: 10 }));
    clear(list);
    if (page.items.length === 0) list.append(h('li', {}, 'Không tìm thấy văn bản.'));
    for (const d of page.items) {
      list.append(h('li', {},
        h('button', { type: 'button', class: 'link', onclick: () => showLineage(d.id) },
          [(KINDS[d.kind] || [d.kind])[0], d.number].filter(Boolean).join(' ') || d.id),
        ' ', h('span', { class: 'meta' }, [d.jurisdiction, viDate(d.issuedOn), shorten(d.name || d.title, 110)]
          .filter(Boolean).join(' · '))));
    }
    if (page.total > page.items.length) list.append(h('li', { class: 'meta' }, `… ${page.total} văn bản`));
  } catch (e) {
    clear(list).append(h('li', { class: 'status error' }, e.message));
  }
}


async function showLineage(id) {
  state.document = id;
  saveUrl();
  const box = $('lineage');
  box.hidden = false;
  $('lineage-title').textContent = 'Đang tải…';
  clear($('graph'));
  try {
    const depth = $('depth').value;
    const [doc, lineage] = await Promise.all([documentDetails(id),
      api(`/api/documents/${encodeURIComponent(id)}/lineage?` + query({ direction: 'both', depth }))]);
    const statuses = await taskStatuses(lineage);
    $('lineage-title').textContent = [(KINDS[doc.kind] || [doc.kind])[0], doc.number].filter(Boolean).join(' ') +
      (doc.name || doc.title ? ' — ' + shorten(doc.name || doc.title, 140) : '');
    $('lineage-meta').textContent = [doc.jurisdiction, doc.issuer, doc.issuedOn ? 'ngày ' + viDate(doc.issuedOn) : null,
      `${lineage.nodes.length} nút, ${lineage.edges.length} cạnh`].filter(Boolean).join(' · ');
    drawLineage($('graph'), id, lineage, statuses);
    renderLineageLegend(lineage);
    box.scrollIntoView({ behavior: 'smooth', block: 'start' });
  } catch (e) {
    $('lineage-title').textContent = 'Lỗi: ' + e.message;
  }
}

/** Status as of the chosen day of each task in the lineage, by task id. */
async function taskStatuses(lineage) {
  const parents = new Set(lineage.edges.filter((e) => e.type === 'HAS_TASK').map((e) => e.from));
  const pages = await Promise.all([...parents].map((docId) =>
    api('/api/tasks?' + query({ document: docId, asOf: state.asOf, size: 500 })).catch(() => ({ items: [] }))));
  const statuses = new Map();
  for (const page of pages) for (const t of page.items) statuses.set(t.id, t.status);
  return statuses;
}

/** The legend of the lineage: task colours by status, and the relations it draws with their colours. */
function renderLineageLegend(lineage) {
  const legend = clear($('lineage-legend'));
  for (const st of STATUSES) legend.append(h('span', { style: `--c:${st.color}` }, 'Nhiệm vụ: ' + st.vi));
  const types = new Set(lineage.edges.map((e) => e.type));
  for (const [type, r] of Object.entries(RELATIONS)) {
    if (types.has(type)) legend.append(h('span', { style: `--c:${r.colour}` }, '→ ' + r.name));
  }
}

/** Names of the edges that are not relations between documents. */
const TASK_EDGES_VI = { HAS_TASK: 'giao nhiệm vụ', FULFILLED_BY: 'hoàn thành bởi' };

/**
 * The lineage as a graph laid out by dagre in Cytoscape.js (served from the jar): what the document implements above,
 * what implements it below, then its tasks (coloured by status on the chosen day) and the documents that fulfilled
 * them. Labels wrap instead of overlapping; edges carry their Vietnamese names; a side list gives every full name;
 * tapping a document opens its lineage, tapping a task shows it in the list.
 */
function drawLineage(container, rootId, lineage, statuses) {
  const short = (text, n) => shorten(text || '', n);
  const elements = [];
  for (const n of lineage.nodes) {
    if (n.type === 'Task') {
      const status = STATUS_BY_CODE[statuses.get(n.id)];
      elements.push({ group: 'nodes', data: { id: n.id, type: 'Task', label: short(n.title, 60), full: n.title,
        colour: status ? status.color : '#B0B4BA', status: status ? status.vi : 'chưa rõ', deadline: n.deadline } });
    } else {
      const kind = KINDS[n.kind] || [n.kind || 'Văn bản', '#5D6D7E'];
      const name = [kind[0], n.number].filter(Boolean).join(' ');
      elements.push({ group: 'nodes', data: { id: n.id, type: 'Document', root: n.id === rootId,
        label: name + (n.issuedOn ? ' (' + n.issuedOn.slice(0, 4) + ')' : '') + (n.number ? '' : '\n' + short(n.title, 50)),
        full: [name, n.title].filter(Boolean).join(' — '), colour: kind[1] } });
    }
  }
  const ids = new Set(lineage.nodes.map((n) => n.id));
  lineage.edges.forEach((e, i) => {
    if (!ids.has(e.from) || !ids.has(e.to)) return;
    const relation = RELATIONS[e.type];
    // A document relation points up: the document implemented (based on, replaced) is drawn above its implementer.
    const up = DOCUMENT_EDGES.has(e.type);
    elements.push({ group: 'edges', data: { id: 'e' + i, source: up ? e.to : e.from, target: up ? e.from : e.to,
      up, label: relation ? relation.name : TASK_EDGES_VI[e.type] || e.type,
      colour: relation && relation.colour ? relation.colour : '#9AA0A6' } });
  }
  );
  clear(container);
  if (typeof cytoscape !== 'function') {
    container.append(h('p', { class: 'status error' }, 'Không tải được thư viện vẽ sơ đồ.'));
    return;
  }
  if (typeof cytoscapeDagre !== 'undefined' && !drawLineage.registered) {
    cytoscape.use(cytoscapeDagre);
    drawLineage.registered = true;
  }
  const canvas = h('div', { class: 'cy', role: 'img', 'aria-label': 'Sơ đồ thực hiện văn bản' });
  const list = h('ol', { class: 'lineage-list', id: 'lineage-list' });
  container.append(canvas, list);
  const cy = cytoscape({
    container: canvas,
    elements,
    wheelSensitivity: 0.3,
    style: [
      { selector: 'node', style: { label: 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 150,
        'font-size': 11, 'font-family': 'Noto Sans, DejaVu Sans, Arial, sans-serif', 'text-valign': 'center',
        'text-halign': 'center' } },
      { selector: 'node[type = "Document"]', style: { shape: 'round-rectangle', 'background-color': 'data(colour)',
        color: '#fff', width: 160, height: 46, 'border-width': 1, 'border-color': '#333' } },
      { selector: 'node[?root]', style: { 'border-width': 4, 'border-color': '#000' } },
      { selector: 'node[type = "Task"]', style: { shape: 'ellipse', 'background-color': 'data(colour)', width: 14,
        height: 14, 'font-size': 9, color: '#1c2833', 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-max-width': 110 } },
      // A row of tasks is dense: their titles are in the side list, and on the dot when it is selected or hovered.
      { selector: 'node[type = "Task"]', style: { label: '' } },
      { selector: 'node[type = "Task"]:selected, node[type = "Task"].hover', style: { label: 'data(label)',
        'z-index': 10, 'text-background-color': '#fff', 'text-background-opacity': 0.9 } },
      { selector: 'node:selected', style: { 'overlay-color': '#1f5fad', 'overlay-opacity': 0.25 } },
      { selector: 'edge', style: { width: 1.5, 'line-color': 'data(colour)', 'curve-style': 'bezier',
        'target-arrow-shape': 'triangle', 'target-arrow-color': 'data(colour)', 'arrow-scale': 0.8,
        label: 'data(label)', 'font-size': 9, color: '#5d6d7e', 'text-background-color': '#fff',
        'text-background-opacity': 0.85, 'text-rotation': 'autorotate' } },
      { selector: 'edge[?up]', style: { 'target-arrow-shape': 'none', 'source-arrow-shape': 'triangle',
        'source-arrow-color': 'data(colour)', width: 2.5 } },
      { selector: 'edge[label = "giao nhiệm vụ"]', style: { label: '' } },
    ],
    layout: { name: typeof cytoscapeDagre !== 'undefined' ? 'dagre' : 'breadthfirst', rankDir: 'TB', nodeSep: 18,
      rankSep: 60, edgeSep: 8, directed: true, roots: [rootId] },
  });
  window.lineageGraph = cy;
  // The side list: every node's full name, documents first; a tap on either side selects the other.
  const items = new Map();
  const order = [...cy.nodes('[type = "Document"]'), ...cy.nodes('[type = "Task"]')];
  for (const node of order) {
    const d = node.data();
    const li = h('li', { 'data-id': d.id, class: d.type === 'Task' ? 'task' : 'doc' },
      d.type === 'Task'
        ? [h('span', { class: 'badge', style: `background:${d.colour}` }, d.status), ' ', d.full,
          d.deadline ? h('span', { class: 'section' }, ' — hạn ' + viDate(d.deadline)) : null]
        : h('button', { type: 'button', class: 'link', onclick: () => showLineage(d.id) }, d.full));
    li.addEventListener('mouseenter', () => node.select());
    li.addEventListener('mouseleave', () => node.unselect());
    items.set(d.id, li);
    list.append(li);
  }
  cy.on('tap', 'node', (event) => {
    const d = event.target.data();
    if (d.type === 'Document' && d.id !== rootId) {
      showLineage(d.id);
      return;
    }
    cy.nodes().unselect();
    event.target.select();
    for (const li of items.values()) li.classList.remove('current');
    const li = items.get(d.id);
    if (li) {
      li.classList.add('current');
      li.scrollIntoView({ block: 'nearest' });
    }
  });
  cy.on('mouseover', 'node', (event) => {
    canvas.title = event.target.data('full');
    event.target.addClass('hover');
  });
  cy.on('mouseout', 'node', (event) => event.target.removeClass('hover'));
}

// ---------- start ----------

async function start() {
  try {
    await loadVocabulary();
  } catch (e) {
    say('Lỗi: không tải được danh mục loại văn bản và trạng thái (' + e.message + ')', true);
    return;
  }
  renderLegend();
  const guide = $('guide-link');
  guide.textContent = location.origin + guide.getAttribute('href');
  const params = new URLSearchParams(location.search);
  state.asOf = params.get('asOf') || today();
  $('asOf').value = state.asOf;
  const jurisdictions = await api('/explore/api/jurisdictions').catch(() => []);
  const select = $('jurisdiction');
  select.append(h('option', { value: '' }, 'Mọi địa bàn'));
  for (const j of jurisdictions) {
    select.append(h('option', { value: j.name }, `${j.name} (${j.tasks} nhiệm vụ)`));
  }
  const wanted = params.get('jurisdiction');
  state.jurisdiction = wanted !== null ? wanted : (jurisdictions[0] ? jurisdictions[0].name : '');
  select.value = state.jurisdiction;
  $('controls').addEventListener('submit', async (event) => {
    event.preventDefault();
    state.jurisdiction = select.value;
    state.asOf = $('asOf').value || today();
    await refresh();
  });
  $('search').addEventListener('submit', (event) => {
    event.preventDefault();
    search($('q').value);
  });
  $('depth').addEventListener('change', () => state.document && showLineage(state.document));
  setUpUploads();
  window.addEventListener('popstate', restore);
  $('print').addEventListener('click', () => window.print());
  $('due-days').addEventListener('change', loadDue);
  await refresh();
  const agency = params.get('agency');
  if (agency) {
    const key = agency === '-' ? null : agency;
    const item = state.report.find((r) => agencyKey(r) === key);
    await selectAgency(key, item ? agencyName(item) : key || NO_LEAD);
  }
  if (params.get('document')) await showLineage(params.get('document'));
}

// ---------- signing in, and documents added from the page ----------

// The editor's credentials (HTTP Basic, as every write of the API takes them) are kept in this tab only
// (sessionStorage) and sent with each write; the server keeps no session, so there is no cookie to forge.
const AUTH_KEY = 'directive-graph.auth';
const USER_KEY = 'directive-graph.user';

/**
 * A Vietnamese sentence for an HTTP failure: the service's own problem, which it writes in Vietnamese for this page
 * (title and detail from its registry, vocabulary/problems.tsv), else a sentence for the status (a proxy's page, a
 * service that is down). A refused sign-in is said in the page's words: the API's detail explains HTTP Basic.
 */
function viProblem(status, body) {
  if (body && body.code && body.detail && status !== 401) return `${body.title || 'Lỗi'}: ${body.detail}`;
  const base = {
    400: 'Yêu cầu không hợp lệ',
    401: 'Sai tên đăng nhập hoặc mật khẩu, hoặc phiên đăng nhập đã hết',
    403: 'Máy chủ từ chối ghi từ trang này',
    404: 'Không tìm thấy',
    409: 'Xung đột với dữ liệu đã có',
    413: 'Tệp quá lớn so với giới hạn tải lên của máy chủ',
    415: 'Máy chủ không nhận loại dữ liệu này',
    422: 'Không đọc được tệp',
    503: 'Cơ sở dữ liệu đang bận hoặc chưa sẵn sàng, hãy thử lại sau',
  }[status] || `Lỗi máy chủ (${status})`;
  return base;
}

/** A write to the API with the signed-in editor's credentials; throws with a Vietnamese message. */
async function write(path, options) {
  const auth = sessionStorage.getItem(AUTH_KEY);
  const response = await fetch(path, Object.assign({}, options, {
    // X-Requested-With: a wrong password is answered without a Basic challenge, which would open the browser's own
    // login dialog over the page's.
    headers: Object.assign({ 'X-Requested-With': 'XMLHttpRequest' }, HEADERS,
      auth ? { Authorization: auth } : {},
      (options && options.headers) || {}),
  }));
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // no JSON body
  }
  if (!response.ok) {
    if (response.status === 401) signedOut();
    throw new Error(viProblem(response.status, body));
  }
  return body;
}

function signedIn(user) {
  $('signin').hidden = true;
  $('signed-in').hidden = false;
  $('signed-in-user').textContent = user;
}

function signedOut() {
  sessionStorage.removeItem(AUTH_KEY);
  sessionStorage.removeItem(USER_KEY);
  $('signin').hidden = false;
  $('signed-in').hidden = true;
}

async function signIn(user, password) {
  const status = $('signin-status');
  status.textContent = 'Đang kiểm tra…';
  status.classList.remove('error');
  // btoa takes Latin-1 only: encode the UTF-8 bytes of user:password first.
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  sessionStorage.setItem(AUTH_KEY, 'Basic ' + btoa(String.fromCharCode(...bytes)));
  try {
    const session = await write('/api/session', { method: 'POST' });
    sessionStorage.setItem(USER_KEY, session.user);
    status.textContent = '';
    signedIn(session.user);
  } catch (e) {
    sessionStorage.removeItem(AUTH_KEY);
    status.textContent = e.message;
    status.classList.add('error');
  }
}

function form(file) {
  const data = new FormData();
  data.append('file', file, file.name);
  return data;
}

function sizeText(bytes) {
  return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + ' MB' : Math.max(1, Math.round(bytes / 1024)) + ' KB';
}

/** One file: read it without storing (what was found), then store it on request and say what is now stored. */
async function addFile(file) {
  const card = h('div', { class: 'upload' }, h('h3', {}, file.name, ' ', h('span', { class: 'caption' }, sizeText(file.size))));
  const body = h('div', {}, h('p', { class: 'status' }, /\.pdf$/i.test(file.name)
    ? 'Đang đọc… (bản quét được nhận dạng từng trang, có thể mất vài giây mỗi trang)' : 'Đang đọc…'));
  card.append(body);
  $('uploads').prepend(card);
  let preview;
  try {
    preview = await write('/api/documents/preview', { method: 'POST', body: form(file) });
  } catch (e) {
    clear(body).append(h('p', { class: 'status error' }, e.message));
    return;
  }
  clear(body).append(...found(preview));
  const save = h('button', { type: 'button' }, 'Lưu vào cơ sở dữ liệu');
  const drop = h('button', { type: 'button', class: 'link' }, 'Bỏ qua');
  const outcome = h('span', { class: 'status', role: 'status' });
  const actions = h('div', { class: 'actions' }, save, drop, outcome);
  body.append(actions);
  drop.addEventListener('click', () => card.remove());
  save.addEventListener('click', async () => {
    save.disabled = true;
    outcome.textContent = 'Đang lưu…';
    outcome.classList.remove('error');
    try {
      const stored = await write('/api/documents?' + query({ name: file.name }), { method: 'POST', body: form(file) });
      drop.remove();
      save.remove();
      clear(outcome).append(...storedText(stored));
      outcome.classList.add('ok');
      await refresh();
    } catch (e) {
      save.disabled = false;
      outcome.textContent = e.message;
      outcome.classList.add('error');
    }
  });
}

/** What a preview found: format and pages, each document with its tasks (lead, deadline, page/line), warnings. */
function found(extraction) {
  const src = extraction.source || {};
  const parts = [];
  const format = { 'application/pdf': 'PDF', 'text/plain': 'văn bản thuần' }[src.format]
    || (String(src.format || '').includes('word') ? 'Word' : src.format);
  parts.push(h('p', { class: 'caption' }, [format,
    (src.pages || []).length ? `${src.pages.length} trang` : null,
    (src.ocrPages || []).length ? `${src.ocrPages.length} trang nhận dạng ký tự (bản quét)` : null,
  ].filter(Boolean).join(' · ')));
  for (const w of extraction.warnings || []) parts.push(h('p', { class: 'warn' }, 'Lưu ý: ' + w));
  const docs = extraction.documents || [];
  if (docs.length === 0) parts.push(h('p', { class: 'warn' }, 'Không nhận ra văn bản nào trong tệp này.'));
  for (const d of docs) {
    const doc = d.document;
    const kind = (KINDS[doc.kind] || [doc.kind])[0];
    parts.push(h('h4', {}, [kind, doc.number].filter(Boolean).join(' '), ' ',
      h('span', { class: 'caption' }, [doc.jurisdiction, doc.issuedOn ? 'ngày ' + viDate(doc.issuedOn)
        : doc.issuedOnInferred ? 'tính từ ' + viDate(doc.issuedOnInferred) + ' (suy ra)' : 'ngày ban hành chưa rõ']
        .filter(Boolean).join(' · '))));
    if (doc.title) parts.push(h('p', {}, doc.title));
    const tasks = d.tasks || [];
    if (tasks.length === 0) {
      parts.push(h('p', { class: 'caption' }, 'Không tìm thấy nhiệm vụ giao cho cơ quan nào.'));
      continue;
    }
    const rows = tasks.map((t) => h('tr', {},
      h('td', {}, t.title),
      h('td', {}, t.lead ? t.lead + (t.leadKnown === false ? ' (chưa có trong danh mục)' : '') : h('span', { class: 'warn' }, 'chưa rõ')),
      h('td', {}, t.due ? due({ due: t.due, deadline: t.due.deadline }) : (t.recurrence ? 'thường xuyên' : '')),
      h('td', { class: 'num' }, t.page ? `tr. ${t.page}, dòng ${t.line}` : `dòng ${t.line}`)));
    parts.push(h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, `Nhiệm vụ (${tasks.length})`), h('th', {}, 'Chủ trì'),
      h('th', {}, 'Thời hạn'), h('th', {}, 'Nguồn'))), h('tbody', {}, rows)));
  }
  return parts;
}

function storedText(stored) {
  const what = stored.status === 'UNCHANGED' ? 'Đã có sẵn, không thay đổi' : 'Đã lưu';
  const out = [`${what}: ${stored.file}, ${stored.documents.length} văn bản, ${stored.tasks} nhiệm vụ. `];
  for (const d of stored.documents) {
    out.push(h('button', { type: 'button', class: 'link', onclick: () => showLineage(d.id) },
      'Xem ' + ([(KINDS[d.kind] || [d.kind])[0], d.number].filter(Boolean).join(' ') || d.id)), ' ');
  }
  return out;
}

function setUpUploads() {
  const user = sessionStorage.getItem(USER_KEY);
  if (user && sessionStorage.getItem(AUTH_KEY)) signedIn(user);
  $('signin').addEventListener('submit', (event) => {
    event.preventDefault();
    signIn($('signin-user').value.trim(), $('signin-password').value);
    $('signin-password').value = '';
  });
  $('signout').addEventListener('click', signedOut);
  const input = $('files');
  input.addEventListener('change', () => {
    for (const f of input.files) addFile(f);
    input.value = '';
  });
  const zone = $('dropzone');
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('over');
    for (const f of event.dataTransfer.files) addFile(f);
  });
}

/**
 * The report again, then the chosen agency's tasks, unless a person chose an agency meanwhile (that choice is drawn
 * by itself). The page is aria-busy meanwhile.
 */
async function refresh() {
  const before = selections;
  document.body.setAttribute('aria-busy', 'true');
  try {
    await loadReport();
    if (state.agency !== undefined && selections === before) {
      const item = state.report.find((r) => agencyKey(r) === state.agency);
      if (item) await selectAgency(state.agency, agencyName(item));
      else $('tasks-section').hidden = true;
    }
    saveUrl();
  } catch (e) {
    say('Lỗi: ' + e.message, true);
  } finally {
    document.body.removeAttribute('aria-busy');
  }
}

start();
