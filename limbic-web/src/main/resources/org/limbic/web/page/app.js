// The Limbic explorer page: every action is a call of the JSON API under /api (the same one scripts use).
'use strict';
const $ = id => document.getElementById(id);
const explorer = window.explorer = { model: null, sheet: null, run: null, data: null, pinned: null, plot: null, upload: null,
  interventions: [], edited: false, end: 60 };

async function api(path, options) {
  const response = await fetch('/api/' + path, options);
  const type = response.headers.get('content-type') || '';
  const body = type.includes('json') ? await response.json() : await response.text();
  if (!response.ok) {
    throw new Error(body && body.error ? body.error : response.status + ' ' + response.statusText);
  }
  return body;
}

function showError(e) { $('error').textContent = e ? (e.message || String(e)) : ''; }

function escapeHtml(text) {
  return String(text).replace(/[&<>"]/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
}

/**
 * The whole set-up in the address: the model, the scenario and the experiment text (which holds
 * the changed parameters); opening the address restores it (loadModels). An upload is named by the
 * server's id, so its address works while that server runs.
 */
function share() {
  const params = new URLSearchParams({ model: explorer.model || '', scenario: $('scenario').value || '', yaml: $('yaml').value });
  if (explorer.upload) params.set('upload', explorer.upload.id);
  history.replaceState(null, '', '#' + params.toString());
}

async function loadModels() {
  const models = await api('models');
  $('model').innerHTML = models
    .map(m => `<option value="${m.id}">${m.id}: ${escapeHtml(m.title)}</option>`).join('');
  const hash = new URLSearchParams(location.hash.slice(1));
  const wanted = hash.get('model');
  if (wanted && models.some(m => m.id === wanted)) {
    $('model').value = wanted;
  } else if (models.some(m => m.id === 'oxytocin')) {
    $('model').value = 'oxytocin';
  }
  await pickModel(hash.get('yaml'), hash.get('scenario'));
}

async function pickModel(yaml, scenario) {
  showError(null);
  explorer.model = $('model').value;
  explorer.upload = null;
  const detail = await api('models/' + encodeURIComponent(explorer.model));
  explorer.timeUnit = detail.timeUnit;
  explorer.agentBased = detail.agentBased;
  showSheet(detail.sheet);
  showDiagram(detail.agentBased ? null : '/api/models/' + encodeURIComponent(explorer.model) + '/diagram');
  showClaims(detail.sheet.claims || []);
  $('scenario').innerHTML = '<option value="">(none: the model as it is)</option>'
    + detail.sheet.scenarios.map(s => `<option value="${escapeHtml(s)}">${escapeHtml(s)}</option>`).join('');
  $('sbml').href = '/api/models/' + encodeURIComponent(explorer.model) + '/sbml';
  fillTargets();
  if (yaml) {
    $('yaml').value = yaml;
    const m = /^scenario:\s*(\S+)/m.exec(yaml);
    $('scenario').value = scenario != null ? scenario : m ? m[1] : '';
    restoreParameters(yaml);
    await loadScenarioTimeline();
    // a restored text with its own interventions: the timeline shows those (they replace the scenario's)
    const own = interventionsOf(yaml);
    if (own) {
      explorer.interventions = own;
      explorer.edited = true;
      showTimeline();
    }
  } else {
    $('scenario').value = detail.sheet.scenarios[0] || '';
    await loadScenarioTimeline();
    writeExperiment();
  }
  share();
}

/** The parameter fields as the experiment text sets them ({@code parameters: {id: value, ...}} on one line). */
function restoreParameters(yaml) {
  const m = /^parameters:\s*\{(.*)\}\s*$/m.exec(yaml);
  if (!m) return;
  for (const pair of m[1].split(',')) {
    const [id, value] = pair.split(':').map(t => t.trim());
    const input = [...$('parameters').querySelectorAll('input.value')].find(i => i.dataset.id === id);
    if (input && value !== undefined && value !== '') {
      input.value = value;
      input.classList.toggle('changed', Number(input.value) !== Number(input.dataset.default));
    }
  }
}

function showClaims(claims) {
  $('claim').innerHTML = claims.length ? claims.map(c => `<option value="${escapeHtml(c.id)}">${escapeHtml(c.id)} (${escapeHtml(c.kind)}): `
    + `${escapeHtml(c.statement.length > 90 ? c.statement.slice(0, 89) + '…' : c.statement)}</option>`).join('')
    : '<option value="">(no claims)</option>';
  $('check').disabled = !claims.length;
}

/** The model's structure drawn by the server (an agent-based model has no equations to draw: none). */
function showDiagram(url) {
  $('diagram').parentElement.hidden = !url;
  if (url) $('diagram').src = url;
  else $('diagram').removeAttribute('src');
}

/**
 * A parameter's source with its citations linked: DOIs to doi.org, PubMed ids to PubMed, and each
 * author-year citation ("Gefferie et al. 2018 ...") to a PubMed search for it (the sources name
 * papers, not identifiers). The text is escaped first; the links open only when clicked.
 */
function linkedSource(source) {
  let html = escapeHtml(source);
  html = html.replace(/\b(10\.\d{4,9}\/[^\s,;&<>]+[^\s,;&<>.)\]])/g,
    (m, doi) => `<a href="https://doi.org/${doi}" target="_blank" rel="noopener">${doi}</a>`);
  html = html.replace(/\bPMID:?\s*(\d{5,9})/g,
    (m, id) => `<a href="https://pubmed.ncbi.nlm.nih.gov/${id}/" target="_blank" rel="noopener">${m}</a>`);
  html = html.replace(/\b([A-Z][A-Za-zäöüéèÅåø'-]+(?: (?:et al\.|&amp; [A-Z][A-Za-zäöüéèÅåø'-]+))? (?:19|20)\d\d)\b/g,
    (m, cite) => `<a class="cite" href="https://pubmed.ncbi.nlm.nih.gov/?term=${encodeURIComponent(cite.replace('&amp;', '').replace(/\s+/g, ' '))}"`
      + ` target="_blank" rel="noopener" title="search PubMed">${m}</a>`);
  return html;
}

function showSheet(sheet) {
  explorer.sheet = sheet;
  $('title').textContent = sheet.title;
  // a parameter whose source states a range gets a slider over it, and its number field is kept within it
  $('parameters').querySelector('tbody').innerHTML = sheet.parameters.map(p => {
    const ranged = p.min != null && p.max != null && p.max > p.min;
    const bounds = ranged ? ` min="${p.min}" max="${p.max}"` : '';
    const slider = ranged ? `<br><input type="range" class="slider" data-for="${escapeHtml(p.id)}" min="${p.min}" max="${p.max}"`
      + ` step="${(p.max - p.min) / 200}" value="${p.value}" title="stated range ${p.min} – ${p.max}">` : '';
    return `<tr><td>${escapeHtml(p.id)}</td><td><input type="number" class="value" step="any"${bounds} data-id="${escapeHtml(p.id)}"`
      + ` data-default="${p.value}" value="${p.value}">${slider}</td>`
      + `<td>${escapeHtml(p.unit || '')}</td><td>${linkedSource(p.source || '')}</td></tr>`;
  }).join('');
  $('parameters').querySelectorAll('input.value').forEach(input => input.addEventListener('change', () => {
    if (input.min !== '' && Number(input.value) < Number(input.min)) input.value = input.min;
    if (input.max !== '' && Number(input.value) > Number(input.max)) input.value = input.max;
    const slider = $('parameters').querySelector(`input.slider[data-for="${input.dataset.id}"]`);
    if (slider) slider.value = input.value;
    input.classList.toggle('changed', Number(input.value) !== Number(input.dataset.default));
    writeExperiment();
  }));
  $('parameters').querySelectorAll('input.slider').forEach(slider => slider.addEventListener('input', () => {
    const input = $('parameters').querySelector(`input.value[data-id="${slider.dataset.for}"]`);
    input.value = slider.value;
    input.dispatchEvent(new Event('change'));
  }));
  const lines = [];
  if (sheet.compartments.length) lines.push('compartments: ' + sheet.compartments.map(c => c.id).join(', '));
  if (sheet.species.length) lines.push('species: ' + sheet.species.map(s => s.id + (s.unit ? ' [' + s.unit + ']' : '')).join(', '));
  sheet.reactions.forEach(r => lines.push('reaction ' + r.id + ': ' + r.rate));
  sheet.assignments.forEach(r => lines.push(r.variable + ' = ' + r.expression));
  sheet.rateRules.forEach(r => lines.push('d' + r.variable + '/dt = ' + r.expression));
  (sheet.assays || []).forEach(a => lines.push('assay ' + a.name + ': ' + a.description + '\n  parameters: '
    + a.parameters.map(p => `${p.name} (${p.defaultValue}${p.allowed ? '; ' + p.allowed : ''})`).join(', ')
    + '\n  measures: ' + a.measures.join(', ')));
  $('structure').textContent = lines.join('\n');
}

/** The experiment file for the picked model, scenario and changed parameters. */
function writeExperiment() {
  const changed = [...$('parameters').querySelectorAll('input.value.changed')].map(i => `${i.dataset.id}: ${Number(i.value)}`);
  let text;
  if (explorer.agentBased) {
    const assay = (explorer.sheet.assays || [])[0];
    text = `name: ${explorer.model}-assays\nmodel: ${explorer.model}\nseed: 20261204\nassays:\n`
      + (assay ? `  - {assay: ${assay.name}, genotype: [WT, Oxtr-/-], n: 12}\n` : '');
    $('yaml').value = text;
    share();
    return;
  }
  if (explorer.upload) {
    text = `name: ${explorer.upload.name.replace(/\.[^.]*$/, '') || 'upload'}\nmodel: {sbml: ${explorer.upload.file}}\n`
      + `time: {start: 0, end: 10, points: 101}\n`;
  } else {
    const scenario = $('scenario').value;
    text = `model: ${explorer.model}\n` + (scenario ? `scenario: ${scenario}\n` : 'time: {start: 0, end: 60, points: 121}\n');
  }
  if (changed.length) text += `parameters: {${changed.join(', ')}}\n`;
  // a scenario's own list stands until the timeline is edited; then the whole list replaces it
  if (explorer.edited) {
    text += explorer.interventions.length ? 'interventions:\n' + explorer.interventions.map(i => `  - ${i}\n`).join('')
      : 'interventions: []\n';
  }
  $('yaml').value = text;
  share();
}

/**
 * The interventions of the picked scenario (its YAML's flow entries under interventions:), as the
 * timeline starts from them; its end time bounds the drawing.
 */
async function loadScenarioTimeline() {
  explorer.interventions = [];
  explorer.edited = false;
  explorer.end = 60;
  const scenario = $('scenario').value;
  if (scenario && explorer.model) {
    const text = await (await fetch(`/api/models/${encodeURIComponent(explorer.model)}/scenarios/${encodeURIComponent(scenario)}`)).text();
    const end = /^time:\s*\{[^}]*\bend:\s*([0-9.eE+-]+)/m.exec(text);
    if (end) explorer.end = Number(end[1]);
    explorer.interventions = interventionsOf(text) || [];
  }
  showTimeline();
}

/** The flow entries under an experiment text's {@code interventions:} (one per line), or null if it has none. */
function interventionsOf(text) {
  if (/^interventions:\s*\[\]\s*$/m.test(text)) return [];
  const block = /^interventions:\s*\n((?:[ \t]+-.*\n?)*)/m.exec(text);
  return block ? block[1].split('\n').map(l => l.replace(/^\s*-\s*/, '').trim()).filter(l => l) : null;
}

/** The target choices for an intervention kind: species for doses and infusions, parameters for the others. */
function fillTargets() {
  const kind = $('iv-kind').value;
  const sheet = explorer.sheet || { species: [], parameters: [] };
  const ids = kind === 'dose' || kind === 'infusion' ? sheet.species.map(x => x.id) : sheet.parameters.map(x => x.id);
  $('iv-target').innerHTML = ids.map(id => `<option value="${escapeHtml(id)}">${escapeHtml(id)}</option>`).join('');
  $('iv-amount-label').textContent = { dose: 'amount', infusion: 'rate', stimulus: 'value', knockout: '' }[kind];
  $('iv-amount').hidden = kind === 'knockout';
  $('iv-at-label').firstChild.textContent = kind === 'dose' ? 'at ' : 'from ';
  $('iv-at-label').hidden = kind === 'knockout';
  $('iv-to-label').hidden = kind === 'dose' || kind === 'knockout';
  $('iv-every-label').hidden = kind !== 'dose';
}

/** One flow entry of the experiment file for the form's intervention (docs/experiment-files.md, interventions). */
function formIntervention() {
  const kind = $('iv-kind').value;
  const target = $('iv-target').value;
  const number = id => $(id).value === '' ? null : Number($(id).value);
  const amount = number('iv-amount');
  const at = number('iv-at') ?? 0;
  const to = number('iv-to');
  const every = number('iv-every');
  if (!target) throw new Error('pick what the intervention acts on');
  if (kind !== 'knockout' && !Number.isFinite(amount)) throw new Error('the ' + $('iv-amount-label').textContent + ' must be a number');
  switch (kind) {
    case 'dose': return `{dose: {${target}: ${amount}}, at: ${at}` + (every ? `, every: ${every}` : '') + '}';
    case 'infusion': return `{infusion: {${target}: ${amount}}, from: ${at}` + (to != null ? `, to: ${to}` : '') + '}';
    case 'stimulus': return `{stimulus: {parameter: ${target}, value: ${amount}}, from: ${at}` + (to != null ? `, to: ${to}` : '') + '}';
    default: return `{knockout: ${target}}`;
  }
}

function addIntervention() {
  showError(null);
  try {
    explorer.interventions.push(formIntervention());
  } catch (e) {
    showError(e);
    return;
  }
  explorer.edited = true;
  showTimeline();
  writeExperiment();
}

/** The list with a remove button per entry, and a bar or tick per entry on the time axis (0 to the run's end). */
function showTimeline() {
  $('interventions').innerHTML = explorer.interventions.map((text, i) =>
    `<li><button data-remove="${i}" title="remove">×</button><span>${escapeHtml(text)}</span></li>`).join('');
  $('interventions').querySelectorAll('button[data-remove]').forEach(b => b.addEventListener('click', () => {
    explorer.interventions.splice(Number(b.dataset.remove), 1);
    explorer.edited = true;
    showTimeline();
    writeExperiment();
  }));
  const svg = $('timeline');
  const width = svg.clientWidth || 400;
  const rowH = 16;
  const end = explorer.end > 0 ? explorer.end : 60;
  const x = t => 60 + Math.max(0, Math.min(1, t / end)) * (width - 70);
  const num = (text, key) => { const m = new RegExp('\\b' + key + ':\\s*([0-9.eE+-]+)').exec(text); return m ? Number(m[1]) : null; };
  let body = '';
  explorer.interventions.forEach((text, i) => {
    const kind = (/^\{\s*(\w+)/.exec(text) || [null, '?'])[1];
    const y = 4 + i * rowH;
    body += `<text x="0" y="${y + 10}" font-size="10">${escapeHtml(kind)}</text>`;
    if (kind === 'dose' || kind === 'set') {
      const at = num(text, 'at') ?? 0;
      const every = num(text, 'every');
      const until = num(text, 'until') ?? end;
      for (let t = at, k = 0; t <= (every ? until : at) && k < 200; t += every || 1, k++) {
        body += `<line x1="${x(t)}" x2="${x(t)}" y1="${y}" y2="${y + 12}" stroke="#1f4e8c" stroke-width="2"><title>${escapeHtml(text)}</title></line>`;
      }
    } else {
      const from = kind === 'knockout' ? 0 : num(text, 'from') ?? 0;
      const to = kind === 'knockout' ? end : num(text, 'to') ?? end;
      body += `<rect x="${x(from)}" y="${y + 2}" width="${Math.max(2, x(to) - x(from))}" height="9" fill="#9cc3e6"><title>${escapeHtml(text)}</title></rect>`;
    }
  });
  const h = explorer.interventions.length ? 8 + explorer.interventions.length * rowH + 12 : 0;
  if (h) {
    body += `<line x1="${x(0)}" x2="${x(end)}" y1="${h - 12}" y2="${h - 12}" stroke="#999"/>`
      + `<text x="${x(0)}" y="${h - 1}" font-size="10">0</text><text x="${x(end) - 24}" y="${h - 1}" font-size="10">${end}</text>`;
  }
  svg.setAttribute('viewBox', `0 0 ${width} ${h}`);
  svg.style.height = h + 'px';
  svg.innerHTML = body;
}


function setDownloads(runId, kind) {
  const more = { experiment: ['metrics.csv', 'parameters.csv'], claim: ['claims.csv'],
    trial: ['analysis.csv', 'consort.csv', 'trajectories.csv', 'participants.csv', 'visits.csv', 'trial.yaml'],
    assay: ['groups.csv', 'experiment.yaml'] }[kind] || [];
  $('more-files').innerHTML = runId ? more.map(f => `<a href="/api/runs/${runId}/files/${f}">${f}</a>`).join('') : '';
  for (const [id, file] of [['csv', 'timecourses.csv'], ['parquet', 'timecourses.parquet'], ['experiment', 'experiment.yaml']]) {
    const a = $(id);
    if (runId && kind === 'experiment') {
      a.href = `/api/runs/${runId}/files/${file}`;
      a.classList.remove('disabled');
    } else {
      a.removeAttribute('href');
      a.classList.add('disabled');
    }
  }
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Waits for a submitted run to end, showing its place or progress; its last view. */
async function follow(view) {
  explorer.run = view.id;
  $('cancel').disabled = false;
  const bar = $('progress');
  while (view.state === 'queued' || view.state === 'running') {
    $('status').textContent = view.state === 'queued' ? `${view.kind} ${view.id}: waiting, place ${view.position}`
      : `${view.kind} ${view.id}: running, ${view.done} of ${view.total || '?'}`;
    bar.hidden = false;
    if (view.total > 0) bar.value = view.done / view.total;
    else bar.removeAttribute('value'); // indeterminate while the size is not known yet
    await sleep(150);
    view = await api('runs/' + view.id);
  }
  bar.hidden = true;
  $('status').textContent = `${view.kind} ${view.id}: ${view.state}` + (view.elapsedMs != null ? ` in ${view.elapsedMs} ms` : '');
  if (view.state !== 'done') throw new Error(view.error || view.state);
  return view;
}

/** Shows one kind of result, hides the others. */
function showOnly(kind) {
  for (const [id, k] of [['claim-result', 'claim'], ['scan-result', 'scan'], ['trial-result', 'trial'], ['assay-result', 'assay']]) {
    $(id).hidden = !(kind === k || (kind === 'experiment+scan' && k === 'scan'));
  }
  $('timecourses').hidden = !(kind === 'experiment' || kind === 'experiment+scan');
}

async function submit(path, body) {
  showError(null);
  setDownloads(null);
  $('run').disabled = true;
  $('check').disabled = true;
  try {
    const view = await follow(await api(path, { method: 'POST', headers: { 'Content-Type': 'text/yaml' }, body }));
    explorer.view = view;
    if (view.kind === 'experiment') {
      explorer.data = await api(`runs/${view.id}/timecourses`);
      const result = await api(`runs/${view.id}/result`);
      explorer.result = result;
      showOnly(result.scan ? 'experiment+scan' : 'experiment');
      setDownloads(view.id, view.kind);
      $('pin').disabled = false;
      draw();
      if (result.scan) showScan(result.scan);
    } else {
      explorer.result = await api(`runs/${view.id}/result`);
      setDownloads(view.id, view.kind);
      ({ claim: showClaimResult, trial: showTrial, assay: showAssays })[view.kind](explorer.result);
      showOnly(view.kind);
    }
    explorer.done = view.id;
  } catch (e) {
    showError(e);
  } finally {
    $('run').disabled = false;
    $('check').disabled = !$('claim').value;
    $('cancel').disabled = true;
  }
}

const run = () => submit('runs', $('yaml').value);
const check = () => $('claim').value && submit('claims?id=' + encodeURIComponent($('claim').value), '');

function figures(runId, shown) {
  return shown.map(f => `<figure><img src="/api/runs/${runId}/figures/${f.index}" alt="${escapeHtml(f.title)}" data-index="${f.index}">`
    + `<figcaption>${escapeHtml(f.title)}</figcaption></figure>`).join('');
}

function showClaimResult(result) {
  $('claim-result').innerHTML = `<h2>Claim ${escapeHtml(result.claim)} <span class="hint">(seed ${result.seed})</span></h2>`
    + result.claims.map(c => `<div class="claim" data-id="${escapeHtml(c.id)}"><h3>${escapeHtml(c.id)} `
      + `<span class="verdict ${c.verdict}">${c.verdict}</span> <span class="label">${escapeHtml(c.label)}</span></h3>`
      + `<p>${escapeHtml(c.statement)}</p><table>`
      + `<tr><th>measured</th><td class="measured">${escapeHtml(c.measured)}</td></tr>`
      + `<tr><th>expected</th><td class="expected">${escapeHtml(c.expected)}</td></tr>`
      + `<tr><th>${escapeHtml(c.label)}</th><td>${escapeHtml(c.kind_detail)}</td></tr>`
      + `<tr><th>removal</th><td class="removal">${escapeHtml(c.removal)}: ${escapeHtml(c.removed)}`
      + `${c.measured_without ? ' (without it: ' + escapeHtml(c.measured_without) + ')' : ''}</td></tr>`
      + `<tr><th>source</th><td class="source">${linkedSource(c.source)}</td></tr></table>`
      + figures(result.run, c.figures) + '</div>').join('');
}

function showTrial(t) {
  const c = t.counts;
  const arms = Object.keys(c.allocated);
  const rows = t.analysis.filter(r => ['ancova_difference', 'hedges_g', 'remission_difference', 'nnt'].includes(r.statistic));
  const n = v => v == null ? '' : Number(v).toPrecision(4);
  $('trial-result').innerHTML = `<h2>Trial ${escapeHtml(t.name)} <span class="hint">(seed ${t.seed})</span></h2>`
    + `<table class="flow"><tr><th>screened</th><td>${c.screened}</td></tr><tr><th>excluded</th><td>${c.excluded}</td></tr>`
    + `<tr><th>randomized</th><td>${c.randomized}</td></tr>`
    + arms.map(a => `<tr><th>${escapeHtml(a)}</th><td>allocated ${c.allocated[a]}, completed ${c.completed[a]}</td></tr>`).join('')
    + `</table><pre>${escapeHtml(t.summary.join('\n'))}</pre>`
    + `<table><tr><th>arm</th><th>endpoint</th><th>statistic</th><th>estimate</th><th>95 % interval</th><th>p</th></tr>`
    + rows.map(r => `<tr><td>${escapeHtml(r.arm)} vs ${escapeHtml(r.control)}</td><td>${escapeHtml(r.endpoint)}</td>`
      + `<td>${escapeHtml(r.statistic)}</td><td>${n(r.estimate)}</td><td>${n(r.lower)} to ${n(r.upper)}</td><td>${n(r.p)}</td></tr>`).join('')
    + '</table>' + figures(t.run, t.figures);
}

function showAssays(a) {
  const n = v => v == null ? '' : Number(v).toFixed(2);
  $('assay-result').innerHTML = `<h2>Assays ${escapeHtml(a.name)} <span class="hint">(model ${escapeHtml(a.model)}, seed ${a.seed},`
    + ` ${a.animals} animals)</span></h2><table><tr><th>assay</th><th>group</th><th>measure</th><th>n</th><th>mean</th>`
    + '<th>95 % CI</th><th>p vs chance</th></tr>'
    + a.groups.map(g => `<tr><td>${escapeHtml(g.assay)}</td><td>${g.group} ${escapeHtml(g.settings)}</td><td>${escapeHtml(g.measure)}`
      + ` ${escapeHtml(g.unit)}</td><td>${g.n}</td><td>${n(g.mean)}</td><td>${n(g.ciLow)} to ${n(g.ciHigh)}</td>`
      + `<td>${g.p == null ? '' : Number(g.p).toPrecision(3)}</td></tr>`).join('') + '</table>' + figures(a.run, a.figures);
}

/** A scan's (or cohort's) metric against one of its parameters, a point per run. */
function showScan(scan) {
  explorer.scan = scan;
  const keep = (select, names) => {
    const old = select.value;
    select.innerHTML = names.map(n => `<option value="${escapeHtml(n)}">${escapeHtml(n)}</option>`).join('');
    if (names.includes(old)) select.value = old;
  };
  keep($('scan-metric'), Object.keys(scan.metrics));
  keep($('scan-parameter'), Object.keys(scan.parameters));
  drawScan();
}

function drawScan() {
  const scan = explorer.scan;
  if (!scan) return;
  const metric = $('scan-metric').value;
  const parameter = $('scan-parameter').value;
  if (explorer.scanPlot) explorer.scanPlot.destroy();
  explorer.scanPlot = null;
  if (!metric || !parameter) {
    $('scan-plot').textContent = Object.keys(scan.metrics).length ? '' : 'the experiment has no metrics (outputs: {metrics: [...]})';
    return;
  }
  $('scan-plot').textContent = '';
  const points = scan.parameters[parameter].map((x, i) => [x, scan.metrics[metric][i]]).sort((a, b) => a[0] - b[0]);
  const width = Math.max(280, $('scan-plot').clientWidth || 600);
  explorer.scanPlot = new uPlot({
    width, height: Math.round(Math.min(360, width * 0.55)),
    scales: { x: { time: false, distr: $('scan-logx').checked ? 3 : 1 } },
    axes: [{ label: parameter }, { label: metric }],
    // points, not a line: a grid over two parameters has several runs at each value of one
    series: [{ label: parameter }, { label: metric, stroke: COLOURS[0], paths: () => null, points: { show: true, size: 7, fill: COLOURS[0] } }],
  }, [points.map(p => p[0]), points.map(p => p[1])], $('scan-plot'));
}

function seriesLabel(s, many) {
  return many ? `${s.variable} (subject ${s.subject}, replicate ${s.replicate})` : s.variable;
}

/** The plotted variables: those ticked, all on a first run. */
function chosenVariables(data) {
  const all = [...new Set(data.series.map(s => s.variable))];
  const boxes = $('variables');
  if (boxes.dataset.run !== data.run) {
    // a variable stays as it was ticked; one not offered before is shown
    const offered = new Set([...boxes.querySelectorAll('input')].map(i => i.value));
    const unticked = new Set([...boxes.querySelectorAll('input:not(:checked)')].map(i => i.value));
    boxes.innerHTML = all.map(v => `<label><input type="checkbox" value="${escapeHtml(v)}" ${offered.has(v) && unticked.has(v) ? '' : 'checked'}> ${escapeHtml(v)}</label>`).join('');
    boxes.querySelectorAll('input').forEach(i => i.addEventListener('change', draw));
    boxes.dataset.run = data.run;
  }
  return new Set([...boxes.querySelectorAll('input:checked')].map(i => i.value));
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22'];

function draw() {
  const data = explorer.data;
  if (!data) return;
  const chosen = chosenVariables(data);
  const many = data.series.some(s => s.subject > 0 || s.replicate > 0);
  const series = [{ label: 'time' }];
  const columns = [data.time];
  const colourOf = {};
  const add = (run, tag, dash) => run.series.filter(s => chosen.has(s.variable)).forEach(s => {
    colourOf[s.variable] ??= COLOURS[Object.keys(colourOf).length % COLOURS.length];
    series.push({ label: seriesLabel(s, many) + tag, stroke: colourOf[s.variable], dash, width: 1.5 });
    columns.push(run === data ? s.values : alignTo(data.time, run.time, s.values));
  });
  add(data, '', undefined);
  if (explorer.pinned && explorer.pinned.run !== data.run) add(explorer.pinned, ' [' + explorer.pinned.run + ']', [6, 4]);
  const logy = $('logy').checked;
  const width = Math.max(280, $('plot').clientWidth || 600);
  const options = {
    width, height: Math.round(Math.min(420, width * 0.6)), series,
    scales: { x: { time: false }, y: logy ? { distr: 3 } : {} },
    axes: [{ label: explorer.timeUnit ? `time (${explorer.timeUnit})` : 'time' }, {}],
    cursor: { drag: { x: true, y: true } },
  };
  if (explorer.plot) explorer.plot.destroy();
  explorer.plot = new uPlot(options, columns, $('plot'));
}

/** A pinned run's values on this run's times: equal grids are kept, others read at the nearest earlier time. */
function alignTo(times, theirTimes, values) {
  if (times.length === theirTimes.length && times.every((t, i) => t === theirTimes[i])) return values;
  let j = 0;
  return times.map(t => {
    while (j + 1 < theirTimes.length && theirTimes[j + 1] <= t) j++;
    return t < theirTimes[0] || t > theirTimes[theirTimes.length - 1] ? null : values[j];
  });
}

async function uploadFile(file) {
  showError(null);
  try {
    const answer = await api('uploads?name=' + encodeURIComponent(file.name), {
      method: 'POST', headers: { 'Content-Type': 'application/xml' }, body: await file.arrayBuffer() });
    explorer.upload = answer;
    explorer.timeUnit = null;
    explorer.model = null;
    explorer.agentBased = false;
    showSheet(answer.sheet);
    fillTargets();
    explorer.interventions = [];
    explorer.edited = false;
    explorer.end = 10;
    showTimeline();
    showDiagram(`/api/uploads/${answer.id}/diagram`);
    showClaims([]);
    $('scenario').innerHTML = '<option value="">(an uploaded model has none)</option>';
    $('sbml').href = `/api/uploads/${answer.id}/sbml`;
    writeExperiment();
  } catch (e) {
    showError(e);
  }
}

$('model').addEventListener('change', () => pickModel(null).catch(showError));
$('scenario').addEventListener('change', () => loadScenarioTimeline().then(writeExperiment).catch(showError));
$('iv-kind').addEventListener('change', fillTargets);
$('iv-add').addEventListener('click', addIntervention);
$('check').addEventListener('click', check);
$('scan-metric').addEventListener('change', drawScan);
$('scan-parameter').addEventListener('change', drawScan);
$('scan-logx').addEventListener('change', drawScan);
$('yaml').addEventListener('input', share);
$('run').addEventListener('click', run);
$('cancel').addEventListener('click', () => explorer.run && api('runs/' + explorer.run, { method: 'DELETE' }).catch(showError));
$('pin').addEventListener('click', () => { explorer.pinned = explorer.data; $('status').textContent += ' (pinned)'; });
$('logy').addEventListener('change', draw);
$('upload').addEventListener('change', e => e.target.files[0] && uploadFile(e.target.files[0]));
window.addEventListener('resize', () => { draw(); drawScan(); });
loadModels().catch(showError);
