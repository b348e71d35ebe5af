// TalentRadar dashboard: reads the public API (the links under each panel show the call) and draws it
// with ECharts. No build step, no framework: this file is served as is.
'use strict';

const API = '/api/v1';
const state = { asOf: null, window: 365, lab: null, sort: { key: 'tci', asc: false }, items: [], seq: 0 };
const charts = {};

const $ = (id) => document.getElementById(id);
const fmt = (x, digits = 1) => (x == null ? '–' : Number(x).toLocaleString('en-US', {
  minimumFractionDigits: digits, maximumFractionDigits: digits }));

function today() {
  return new Date().toISOString().slice(0, 10);
}

function minusMonths(date, months) {
  const d = new Date(date + 'T00:00:00Z');
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

async function getJson(path) {
  const headers = { Accept: 'application/json' };
  const key = $('apiKey').value.trim();
  if (key) headers['X-API-Key'] = key;
  const response = await fetch(API + path, { headers });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const error = new Error(body.detail || body.title || ('HTTP ' + response.status));
    error.status = response.status;
    throw error;
  }
  return body;
}

function showCall(name, path) {
  document.querySelectorAll(`a.api[data-for="${name}"]`).forEach((a) => {
    a.href = API + path;
    a.textContent = 'GET ' + API + path;
  });
}

function chart(id) {
  if (!charts[id]) charts[id] = echarts.init($(id), null, { renderer: 'svg' });
  return charts[id];
}

async function refresh() {
  const seq = ++state.seq; // an older answer arriving late must not overwrite a newer one
  const q = `asOf=${state.asOf}&window=${state.window}`;
  const paths = { ranking: `/indices?${q}`, flows: `/flows?${q}`, signals: `/signals?asOf=${state.asOf}` };
  Object.entries(paths).forEach(([name, path]) => showCall(name, path));
  $('status').textContent = '';
  document.body.dataset.loading = 'true';
  try {
    const [ranking, flows, signals, model] = await Promise.all(
      [getJson(paths.ranking), getJson(paths.flows), getJson(paths.signals), getJson('/scoring/model')]);
    if (seq !== state.seq) return;
    renderBands(model);
    renderField(ranking);
    state.items = ranking.items;
    if (!state.lab || !state.items.some((i) => i.lab === state.lab)) {
      const top = [...state.items].filter((i) => !i.lowSample).sort((a, b) => b.tci - a.tci)[0] || state.items[0];
      state.lab = top ? top.lab : null;
    }
    renderRanking();
    renderSankey(flows);
    renderSignals(signals);
    await renderHistory(seq);
    if (seq === state.seq) document.body.dataset.loaded = state.asOf;
  } catch (e) {
    if (seq !== state.seq) return;
    $('status').textContent = e.status === 401 || e.status === 403
      ? 'This service keeps its data private: enter an API key above.' : 'Could not load: ' + e.message;
  } finally {
    if (seq === state.seq) document.body.dataset.loading = 'false';
  }
}

// The bands come from the model in force (GET /scoring/model), never from a copy in this page.
function renderBands(model) {
  const n = (x) => Number(x).toLocaleString('en-US');
  $('hhiHint').textContent = `Sum of squared TCIs, 0 to 10,000: under ${n(model.hhiModerateFrom)} unconcentrated, `
    + `${n(model.hhiModerateFrom)} to ${n(model.hhiHighAbove)} moderate, above high.`;
}

function renderField(ranking) {
  $('hhi').textContent = fmt(ranking.hhi, 0);
  $('hhiBand').textContent = ranking.hhiBand.toLowerCase();
}

function renderRanking() {
  const { key, asc } = state.sort;
  const rows = [...state.items].sort((a, b) => {
    const x = a[key]; const y = b[key];
    const order = typeof x === 'string' ? x.localeCompare(y) : x - y;
    return asc ? order : -order;
  });
  document.querySelectorAll('#rankingTable th').forEach((th) => {
    th.classList.toggle('sorted', th.dataset.key === key);
    th.classList.toggle('asc', th.dataset.key === key && asc);
  });
  const body = document.querySelector('#rankingTable tbody');
  body.replaceChildren(...rows.map((item) => {
    const tr = document.createElement('tr');
    tr.dataset.lab = item.lab;
    tr.classList.toggle('low', item.lowSample);
    tr.classList.toggle('selected', item.lab === state.lab);
    const cells = [item.lab, fmt(item.tci, 2), fmt(item.sli, 1), fmt(item.sgi, 1), fmt(item.netFlow, 1),
      String(item.headcount), fmt(item.attritionRate, 0)];
    cells.forEach((text, i) => {
      const td = document.createElement('td');
      td.textContent = text;
      if (i > 0) td.className = 'num';
      tr.append(td);
    });
    tr.addEventListener('click', () => {
      state.lab = item.lab;
      renderRanking();
      renderHistory(state.seq).catch((e) => {
        $('status').textContent = 'Could not load the history of ' + item.lab + ': ' + e.message;
      });
    });
    return tr;
  }));
}

// A Sankey diagram must be acyclic, and labs trade people both ways: each lab appears once as a source
// (left) and once as a destination (right).
function renderSankey(flows) {
  const edges = flows.edges.filter((e) => e.mass > 0 || e.count > 0);
  const out = (lab) => lab + ' ›';
  const into = (lab) => '› ' + (lab || 'undisclosed');
  const names = new Set();
  const links = edges.map((e) => {
    names.add(out(e.from));
    names.add(into(e.to));
    return { source: out(e.from), target: into(e.to), value: e.count, mass: e.mass };
  });
  chart('sankey').setOption({
    tooltip: { formatter: (p) => p.dataType === 'edge'
      ? `${p.data.source} ${p.data.target}: ${p.data.value} moved (talent mass ${fmt(p.data.mass, 1)})` : p.name },
    series: [{
      type: 'sankey', left: 10, right: 190, nodeGap: 6, emphasis: { focus: 'adjacency' },
      data: [...names].map((name) => ({ name })), links,
      lineStyle: { color: 'gradient', opacity: 0.35 }, label: { fontSize: 11 },
    }],
    graphic: links.length ? [] : [{ type: 'text', left: 'center', top: 'middle',
      style: { text: 'No moves between labs in this window', fill: '#6b7785' } }],
  }, true);
}

function renderSignals(signals) {
  const list = $('signalList');
  if (!signals.items.length) {
    list.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'None up to this date.' }));
    return;
  }
  list.replaceChildren(...signals.items.slice(0, 8).map((s) => {
    const li = document.createElement('li');
    li.append(`${s.lab}: ${s.count} senior departures, ${s.start} to ${s.end} `
      + `(severity ${fmt(s.severity, 1)}): `);
    s.researchers.forEach((r, i) => {
      const name = Object.assign(document.createElement('span'), { className: 'person-link', textContent: r });
      name.addEventListener('click', () => openPerson(r));
      li.append(...(i ? [', ', name] : [name]));
    });
    return li;
  }));
}

async function renderHistory(seq) {
  if (!state.lab) return;
  const lab = state.lab;
  const path = `/labs/${encodeURIComponent(lab)}/indices/history?from=${minusMonths(state.asOf, 35)}`
    + `&to=${state.asOf}&window=${state.window}`;
  showCall('history', path);
  $('historyLab').textContent = lab;
  const history = await getJson(path);
  if (seq !== state.seq || lab !== state.lab) return;
  const dates = history.points.map((p) => p.asOf);
  const line = (name, key) => ({ name, type: 'line', showSymbol: false, data: history.points.map((p) => p[key]) });
  chart('historyChart').setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 35, bottom: 30 },
    xAxis: { type: 'category', data: dates },
    yAxis: { type: 'value' },
    series: [line('TCI', 'tci'), line('SLI', 'sli'), line('SGI', 'sgi')],
  }, true);
}

// Search: what the user types, after a pause, as GET /search; a lab opens its history, a researcher their page.
let searchTimer = null;

function onSearchInput() {
  clearTimeout(searchTimer);
  const q = $('search').value.trim();
  if (!q) { $('searchResults').hidden = true; return; }
  searchTimer = setTimeout(async () => {
    try {
      const found = await getJson(`/search?q=${encodeURIComponent(q)}&limit=8`);
      if ($('search').value.trim() !== q) return; // typed on meanwhile
      showResults(found.items);
    } catch (e) {
      showResults([]);
    }
  }, 200);
}

function showResults(items) {
  const list = $('searchResults');
  if (!items.length) {
    list.replaceChildren(Object.assign(document.createElement('li'), { textContent: 'Nothing found' }));
  } else {
    list.replaceChildren(...items.map((item) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.dataset.type = item.type;
      li.dataset.slug = item.slug;
      const hint = document.createElement('span');
      hint.className = 'hint';
      hint.textContent = item.type === 'lab' ? 'lab'
        : 'researcher' + (item.labSlug ? ' at ' + item.labSlug : '')
          + (item.matchedOn !== 'name' && item.matchedOn !== 'slug' ? ` (${item.matchedOn}: ${item.matchedText})` : '');
      li.append(item.name, hint);
      li.addEventListener('click', () => openResult(item));
      return li;
    }));
  }
  list.hidden = false;
}

function openResult(item) {
  $('searchResults').hidden = true;
  $('search').value = item.name;
  if (item.type === 'lab') {
    state.lab = item.slug;
    renderRanking();
    renderHistory(state.seq).catch((e) => { $('status').textContent = 'Could not load the history: ' + e.message; });
    $('history').scrollIntoView({ behavior: 'smooth' });
  } else {
    openPerson(item.slug);
  }
}

// A researcher's page: stints as a timeline, departures with their sources, and the index terms naming them.
const ID_LINKS = {
  orcid: (v) => `https://orcid.org/${v}`,
  openalex: (v) => `https://openalex.org/${v}`,
  scholar: (v) => `https://scholar.google.com/citations?user=${encodeURIComponent(v)}`,
  dblp: (v) => `https://dblp.org/pid/${v}`,
  homepage: (v) => v,
  x: (v) => `https://x.com/${encodeURIComponent(v)}`,
};

function link(text, href) {
  return Object.assign(document.createElement('a'), { textContent: text, href, target: '_blank', rel: 'noopener' });
}

async function openPerson(slug) {
  const path = `/researchers/${encodeURIComponent(slug)}`;
  try {
    const [person, stints, departures] = await Promise.all([getJson(path),
      getJson(`${path}/affiliations?size=200&sort=start`),
      getJson(`/departures?researcher=${encodeURIComponent(slug)}&size=200&sort=date`)]);
    showCall('person', path);
    const url = new URL(window.location);
    url.searchParams.set('researcher', person.slug);
    window.history.replaceState(null, '', url);
    $('person').hidden = false;
    $('person').dataset.slug = person.slug;
    $('personName').textContent = person.name;
    $('personMeta').textContent = `${person.slug} · ${person.seniority.toLowerCase()}`
      + (person.currentLabSlug ? ` · at ${person.currentLabSlug}` : '')
      + (person.expertise.length ? ` · ${person.expertise.join(', ')}` : '');
    $('personIds').replaceChildren(...Object.entries(person.externalIds || {})
      .filter(([, v]) => v).map(([k, v]) => link(`${k}: ${v}`, ID_LINKS[k](v))));
    $('personAliases').textContent = person.aliases.length ? 'Also known as ' + person.aliases.join('; ') : '';
    renderTimeline(stints.items);
    $('personDepartures').replaceChildren(...(departures.items.length ? departures.items.map((d) => {
      const li = document.createElement('li');
      li.append(`${d.date}: left ${d.fromLabSlug}` + (d.toLabSlug ? ` for ${d.toLabSlug}` : '')
        + ` (${d.destinationType.toLowerCase().replaceAll('_', ' ')}, ${d.confidence.toLowerCase()}) `);
      d.sources.forEach((s, i) => li.append(link(`source ${i + 1}`, s), ' '));
      return li;
    }) : [Object.assign(document.createElement('li'), { textContent: 'None recorded.' })]));
    await renderContributions(person, departures.items);
    $('person').scrollIntoView({ behavior: 'smooth' });
  } catch (e) {
    $('status').textContent = 'Could not open ' + slug + ': ' + e.message;
  }
}

function renderTimeline(stints) {
  const labs = [...new Set(stints.map((s) => s.labSlug))];
  const end = state.asOf || today();
  const data = stints.map((s) => ({
    value: [labs.indexOf(s.labSlug), s.start || '2000-01-01', s.end || end, s.kind, s.role || ''],
    itemStyle: { color: s.kind === 'PRIMARY' ? '#2f6fdf' : '#9db8ea' },
  }));
  chart('personTimeline').setOption({
    tooltip: { formatter: (p) => `${labs[p.value[0]]}: ${p.value[1]} to ${p.value[2]} (${p.value[3].toLowerCase()}`
      + (p.value[4] ? `, ${p.value[4]}` : '') + ')' },
    grid: { left: 120, right: 20, top: 10, bottom: 30 },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: labs },
    series: [{
      type: 'custom', encode: { x: [1, 2], y: 0 }, data,
      renderItem: (params, api) => {
        const from = api.coord([api.value(1), api.value(0)]);
        const to = api.coord([api.value(2), api.value(0)]);
        const height = api.size([0, 1])[1] * (api.value(3) === 'PRIMARY' ? 0.6 : 0.3);
        return { type: 'rect', style: api.style(),
          shape: { x: from[0], y: from[1] - height / 2, width: Math.max(2, to[0] - from[0]), height } };
      },
    }],
  }, true);
}

async function renderContributions(person, departures) {
  const labs = new Set([person.currentLabSlug, ...departures.map((d) => d.fromLabSlug),
    ...departures.map((d) => d.toLabSlug)].filter(Boolean));
  const terms = [];
  await Promise.all([...labs].map(async (lab) => {
    const indices = await getJson(`/labs/${encodeURIComponent(lab)}/indices?asOf=${state.asOf}`
      + `&window=${state.window}&explain=true`);
    indices.contributions.filter((c) => c.researcher === person.slug).forEach((c) => terms.push({ lab, c }));
  }));
  terms.sort((a, b) => b.c.value - a.c.value);
  $('personContributions').replaceChildren(...(terms.length ? terms.map(({ lab, c }) => {
    const li = document.createElement('li');
    li.textContent = `${c.index} of ${lab}: ${fmt(c.value, 2)}`
      + (c.date ? ` (departure of ${c.date}, ${c.fromLab} to ${c.toLab || 'undisclosed'})` : ' (talent mass)');
    return li;
  }) : [Object.assign(document.createElement('li'), { textContent: 'No term on this date.' })]));
}

// The live panel: the last 20 entries, then each new one as the stream sends it (newest first).
const MAX_CHANGES = 20;

function describeChange(c) {
  const data = c.after || c.before || {};
  switch (c.type) {
    case 'departure': return `${data.researcherSlug} left ${data.fromLabSlug}`
      + (data.toLabSlug ? ` for ${data.toLabSlug}` : '') + ` (${data.date})`;
    case 'signal': return data.kind === 'SENIOR_EXODUS'
      ? `senior exodus at ${data.lab}: ${data.count} departures since ${data.start}`
      : `${data.index} of ${data.lab} crossed ${data.above ?? data.below}`;
    case 'affiliation': return `${data.researcherSlug} at ${data.labSlug} from ${data.start || '?'}`;
    case 'researcher': case 'lab':
      if (c.action === 'MERGED') return `${c.before.merged.slug} merged into ${c.after.slug}`;
      if (c.action === 'RENAMED') return `${c.before.slug} renamed ${c.after.slug}`;
      return c.slug || c.id;
    default: return c.slug || c.id;
  }
}

function showChange(c) {
  const li = document.createElement('li');
  li.dataset.seq = c.seq;
  const when = document.createElement('time');
  when.textContent = c.time.slice(0, 16).replace('T', ' ');
  li.append(when, ` ${c.type}.${c.action.toLowerCase()}: ${describeChange(c)}`);
  const list = $('changeList');
  list.prepend(li);
  while (list.children.length > MAX_CHANGES) list.lastChild.remove();
}

async function followChanges() {
  if ($('apiKey').value.trim()) {
    $('changesState').textContent = 'needs public reads'; // EventSource cannot send a key header
    return;
  }
  const head = (await getJson('/changes?limit=1')).head;
  const after = Math.max(0, head - MAX_CHANGES);
  const path = `/changes/stream?after=${after}`;
  showCall('changes', path);
  const source = new EventSource(API + path);
  source.onopen = () => { $('changesState').textContent = 'live'; };
  source.onerror = () => { $('changesState').textContent = 'reconnecting'; };
  const handle = (e) => showChange(JSON.parse(e.data));
  ['lab', 'researcher', 'affiliation', 'departure', 'signal', 'webhook'].forEach((type) => {
    ['created', 'updated', 'deleted', 'renamed', 'merged', 'started', 'extended', 'crossed', 'disabled']
      .forEach((action) => source.addEventListener(`${type}.${action}`, handle));
  });
}

function readControls() {
  state.asOf = $('asOf').value || today();
  state.window = Number($('window').value) || 365;
  const url = new URL(window.location);
  url.searchParams.set('asOf', state.asOf);
  url.searchParams.set('window', state.window);
  window.history.replaceState(null, '', url);
}

function start() {
  const params = new URLSearchParams(window.location.search);
  $('asOf').value = params.get('asOf') || today();
  $('asOf').max = today();
  $('window').value = params.get('window') || 365;
  $('apiKey').value = sessionStorage.getItem('talentradar.apiKey') || '';
  $('controls').addEventListener('change', (e) => {
    if (e.target.id === 'apiKey') sessionStorage.setItem('talentradar.apiKey', e.target.value.trim());
    if (!$('controls').checkValidity()) return;
    readControls();
    refresh();
  });
  $('controls').addEventListener('submit', (e) => e.preventDefault());
  document.querySelectorAll('#rankingTable th').forEach((th) => th.addEventListener('click', () => {
    const key = th.dataset.key;
    state.sort = { key, asc: state.sort.key === key ? !state.sort.asc : key === 'lab' };
    renderRanking();
  }));
  $('search').addEventListener('input', onSearchInput);
  $('search').addEventListener('keydown', (e) => {
    if (e.key === 'Enter') $('searchResults').querySelector('li[data-slug]')?.click();
    if (e.key === 'Escape') $('searchResults').hidden = true;
  });
  document.addEventListener('click', (e) => { if (!$('find').contains(e.target)) $('searchResults').hidden = true; });
  $('personClose').addEventListener('click', () => {
    $('person').hidden = true;
    const url = new URL(window.location);
    url.searchParams.delete('researcher');
    window.history.replaceState(null, '', url);
  });
  if (params.get('researcher')) openPerson(params.get('researcher'));
  window.addEventListener('resize', () => Object.values(charts).forEach((c) => c.resize()));
  readControls();
  refresh();
  followChanges().catch(() => { $('changesState').textContent = 'unavailable'; });
}

document.addEventListener('DOMContentLoaded', start);
