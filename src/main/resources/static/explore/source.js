'use strict';
// The whole text of an ingested source with the lines of one fact marked: source.html?file=F&from=57&to=60.
// Reads GET /explore/api/sources/{file}/text; the API's problems come back in Vietnamese (Accept-Language: vi).

function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) el.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

/** A document as a person names it: its number, else its title (never its internal id). */
function named(doc) {
  return [doc.number, doc.title].filter(Boolean).join(' — ') || 'văn bản không số';
}

async function show() {
  const params = new URLSearchParams(location.search);
  const file = params.get('file');
  const from = Number(params.get('from')) || null;
  const to = Math.max(Number(params.get('to')) || from || 0, from || 0) || null;
  const status = document.getElementById('source-status');
  if (!file) {
    status.textContent = 'Chưa chọn tệp: mở trang này từ một nhiệm vụ trên trang theo dõi.';
    status.classList.add('error');
    return;
  }
  const response = await fetch('/explore/api/sources/' + encodeURIComponent(file) + '/text',
    { headers: { Accept: 'application/json', 'Accept-Language': 'vi' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    // not JSON
  }
  if (!response.ok) {
    status.textContent = (body && body.detail) ? `${body.title}: ${body.detail}` : `Lỗi máy chủ (${response.status})`;
    status.classList.add('error');
    return;
  }
  const shownName = body.name || body.file;
  document.title = `${shownName} — Văn bản gốc`;
  document.getElementById('source-title').textContent = body.documents.length ? named(body.documents[0]) : shownName;
  document.getElementById('source-sub').textContent = `Tệp ${shownName}`
    + (body.name ? ` (lưu là ${body.file})` : '') + ` · ${body.total} dòng`
    + (body.pages.length ? ` · ${body.pages.length} trang` : '');
  const list = document.getElementById('source-documents');
  if (body.documents.length > 1) {
    list.append(h('li', {}, 'Tệp này chứa các văn bản:'));
    for (const doc of body.documents) list.append(h('li', {}, named(doc)));
  }
  // The line each page starts on: a page mark before it.
  const pageOf = new Map(body.pages.map((line, i) => [line, i + 1]));
  const pre = document.getElementById('source-text');
  const fragment = document.createDocumentFragment();
  for (const line of body.lines) {
    if (pageOf.has(line.number)) {
      fragment.append(h('span', { class: 'page-mark' }, `— Trang ${pageOf.get(line.number)} —`));
    }
    const hit = from !== null && line.number >= from && line.number <= to;
    fragment.append(h('span', { class: hit ? 'line hit' : 'line', id: 'L' + line.number },
      h('a', { class: 'n', href: '#L' + line.number }, line.number), line.text));
  }
  pre.append(fragment);
  status.textContent = from !== null
    ? (to > from ? `Dòng ${from}–${to} được tô đậm.` : `Dòng ${from} được tô đậm.`) : '';
  const target = document.getElementById(location.hash ? location.hash.slice(1) : 'L' + from);
  if (target) target.scrollIntoView({ block: 'center' });
}

show().catch((e) => {
  const status = document.getElementById('source-status');
  status.textContent = 'Không tải được văn bản: ' + e.message;
  status.classList.add('error');
});
