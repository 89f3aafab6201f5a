// The Limbic explorer page: every action is a call of the JSON API under /api (the same one scripts use).
'use strict';
const $ = id => document.getElementById(id);
const explorer = window.explorer = { model: null, sheet: null, run: null, data: null, pinned: null, plot: null, upload: null };

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

/** The set-up in the address: the experiment text and the model it is for. */
function share() {
  const params = new URLSearchParams({ model: explorer.model || '', yaml: $('yaml').value });
  history.replaceState(null, '', '#' + params.toString());
}

async function loadModels() {
  const models = await api('models');
  $('model').innerHTML = models.filter(m => !m.agentBased)
    .map(m => `<option value="${m.id}">${m.id}: ${escapeHtml(m.title)}</option>`).join('');
  const hash = new URLSearchParams(location.hash.slice(1));
  const wanted = hash.get('model');
  if (wanted && models.some(m => m.id === wanted)) {
    $('model').value = wanted;
  } else if (models.some(m => m.id === 'oxytocin')) {
    $('model').value = 'oxytocin';
  }
  await pickModel(hash.get('yaml'));
}

async function pickModel(yaml) {
  showError(null);
  explorer.model = $('model').value;
  explorer.upload = null;
  const detail = await api('models/' + encodeURIComponent(explorer.model));
  explorer.timeUnit = detail.timeUnit;
  showSheet(detail.sheet);
  $('scenario').innerHTML = '<option value="">(none: the model as it is)</option>'
    + detail.sheet.scenarios.map(s => `<option value="${escapeHtml(s)}">${escapeHtml(s)}</option>`).join('');
  $('sbml').href = '/api/models/' + encodeURIComponent(explorer.model) + '/sbml';
  if (yaml) {
    $('yaml').value = yaml;
    const m = /^scenario:\s*(\S+)/m.exec(yaml);
    if (m) $('scenario').value = m[1];
  } else {
    $('scenario').value = detail.sheet.scenarios[0] || '';
    writeExperiment();
  }
  share();
}

function showSheet(sheet) {
  explorer.sheet = sheet;
  $('title').textContent = sheet.title;
  $('parameters').querySelector('tbody').innerHTML = sheet.parameters.map(p =>
    `<tr><td>${escapeHtml(p.id)}</td><td><input type="number" step="any" data-id="${escapeHtml(p.id)}" data-default="${p.value}" value="${p.value}"></td>`
    + `<td>${escapeHtml(p.unit || '')}</td><td>${escapeHtml(p.source || '')}</td></tr>`).join('');
  $('parameters').querySelectorAll('input').forEach(input => input.addEventListener('change', () => {
    input.classList.toggle('changed', Number(input.value) !== Number(input.dataset.default));
    writeExperiment();
  }));
  const lines = [];
  if (sheet.compartments.length) lines.push('compartments: ' + sheet.compartments.map(c => c.id).join(', '));
  if (sheet.species.length) lines.push('species: ' + sheet.species.map(s => s.id + (s.unit ? ' [' + s.unit + ']' : '')).join(', '));
  sheet.reactions.forEach(r => lines.push('reaction ' + r.id + ': ' + r.rate));
  sheet.assignments.forEach(r => lines.push(r.variable + ' = ' + r.expression));
  sheet.rateRules.forEach(r => lines.push('d' + r.variable + '/dt = ' + r.expression));
  $('structure').textContent = lines.join('\n');
}

/** The experiment file for the picked model, scenario and changed parameters. */
function writeExperiment() {
  const changed = [...$('parameters').querySelectorAll('input.changed')].map(i => `${i.dataset.id}: ${Number(i.value)}`);
  let text;
  if (explorer.upload) {
    text = `name: ${explorer.upload.name.replace(/\.[^.]*$/, '') || 'upload'}\nmodel: {sbml: ${explorer.upload.file}}\n`
      + `time: {start: 0, end: 10, points: 101}\n`;
  } else {
    const scenario = $('scenario').value;
    text = `model: ${explorer.model}\n` + (scenario ? `scenario: ${scenario}\n` : 'time: {start: 0, end: 60, points: 121}\n');
  }
  if (changed.length) text += `parameters: {${changed.join(', ')}}\n`;
  $('yaml').value = text;
  share();
}

function setDownloads(runId) {
  for (const [id, file] of [['csv', 'timecourses.csv'], ['parquet', 'timecourses.parquet'], ['experiment', 'experiment.yaml']]) {
    const a = $(id);
    if (runId) {
      a.href = `/api/runs/${runId}/files/${file}`;
      a.classList.remove('disabled');
    } else {
      a.removeAttribute('href');
      a.classList.add('disabled');
    }
  }
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

async function run() {
  showError(null);
  setDownloads(null);
  $('run').disabled = true;
  try {
    let view = await api('runs', { method: 'POST', headers: { 'Content-Type': 'text/yaml' }, body: $('yaml').value });
    explorer.run = view.id;
    $('cancel').disabled = false;
    while (view.state === 'queued' || view.state === 'running') {
      $('status').textContent = view.state === 'queued' ? `run ${view.id}: waiting, place ${view.position}`
        : `run ${view.id}: running, ${view.done} of ${view.total || '?'} runs`;
      await sleep(150);
      view = await api('runs/' + view.id);
    }
    $('status').textContent = `run ${view.id}: ${view.state}` + (view.elapsedMs != null ? ` in ${view.elapsedMs} ms` : '');
    if (view.state !== 'done') throw new Error(view.error || view.state);
    explorer.data = await api(`runs/${view.id}/timecourses`);
    setDownloads(view.id);
    $('pin').disabled = false;
    draw();
  } catch (e) {
    showError(e);
  } finally {
    $('run').disabled = false;
    $('cancel').disabled = true;
  }
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
    showSheet(answer.sheet);
    $('scenario').innerHTML = '<option value="">(an uploaded model has none)</option>';
    $('sbml').href = `/api/uploads/${answer.id}/sbml`;
    writeExperiment();
  } catch (e) {
    showError(e);
  }
}

$('model').addEventListener('change', () => pickModel(null).catch(showError));
$('scenario').addEventListener('change', writeExperiment);
$('yaml').addEventListener('input', share);
$('run').addEventListener('click', run);
$('cancel').addEventListener('click', () => explorer.run && api('runs/' + explorer.run, { method: 'DELETE' }).catch(showError));
$('pin').addEventListener('click', () => { explorer.pinned = explorer.data; $('status').textContent += ' (pinned)'; });
$('logy').addEventListener('change', draw);
$('upload').addEventListener('change', e => e.target.files[0] && uploadFile(e.target.files[0]));
window.addEventListener('resize', draw);
loadModels().catch(showError);
