#!/usr/bin/env node
// A small LMS for the SCORM test (scorm.spec.mjs), with two run-times as `window.API` on a
// harness page that frames a package's SCO in Moodle's default frame (100 % × 500 px):
// - `lms=scorm-again` (default): the real scorm-again 3.4.3 SCORM 1.2 run-time (`Scorm12API`),
//   which posts every value on every commit, as JSON; the endpoint keeps the last commit;
// - `lms=moodle`: a run-time that behaves as Moodle's own client (moodle-like-api.js: cache-then-
//   post, session time only at finish, sendBeacon when the page goes away, mastery override,
//   a TOC refresh after each commit), posting form fields as Moodle does to an endpoint that
//   stores each element as a track per attempt and answers "true\n0" as Moodle's
//   datamodel.php does. Relaunch follows Moodle's scorm_check_mode: after passed, completed or
//   failed the SCO opens in review mode without credit unless a new attempt is started
//   (`newattempt=on`); `entry` is "resume" only after `exit` = "suspend".
// Packages are served unzipped, from the same origin as the harness (as Moodle serves them).
//
//   node tests/e2e/lms-server.mjs --port N --packages <dir>     (<dir>/<module-id>/ = one package)
//
// - `lms=scorm-again-2004`: scorm-again 3.4.3's SCORM 2004 run-time (`Scorm2004API`) as
//   `window.API_1484_11`, for the SCORM 2004 packages: it checks every value against SCORM
//   2004 4th edition's vocabularies and formats; a relaunch resumes the stored data only after
//   `cmi.exit` = "suspend" (otherwise a new attempt starts with no data, as the RTE says), and
//   `mode=review` opens it in review mode without credit.
//
//   GET  /lms/<learner>/<module>/?href=<launch file>[&query=…][&display=new]   the harness
//        (display=new: a button opens the SCO in a new window, as Moodle's "New window" does)
//   GET  /lms/scorm12.js, /lms/scorm2004.js                    scorm-again's SCORM 1.2 and 2004 builds
//   GET  /sco/<module>/<file>                                    the unpacked package
//   POST /lms/<learner>/<module>/commit                          keeps the commit; HTTP 500 while failing
//   GET  /lms/<learner>/<module>/state                           the last commit (JSON or null)
//   PUT  /lms/<learner>/<module>/state                           replace it (what an LMS kept from elsewhere)
//   POST /lms/<learner>/<module>/fail?on=1|0[&how=500|login][&count=N]   make commits fail (HTTP
//        500, or an expired Moodle session: its login page with 200), the next N only, or work again
//   POST /lms/<learner>/<module>/slow?ms=N                       answer every commit N ms late
//   GET  /lms/<learner>/<module>/counts                          commits, beacons, TOC refreshes (moodle)
//   GET  /lms/<learner>/<module>/tracks                          every attempt's tracks (moodle)
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const port = Number(opt('port'));
const packages = path.resolve(opt('packages') ?? '.');
const here = path.dirname(fileURLToPath(import.meta.url));
const runtime = fs.readFileSync(path.join(here, 'node_modules/scorm-again/dist/scorm12.js'));
const runtime2004 = fs.readFileSync(path.join(here, 'node_modules/scorm-again/dist/scorm2004.js'));
const moodleRuntime = fs.readFileSync(path.join(here, 'moodle-like-api.js'));
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.xsd': 'application/xml',
};
const state = new Map(); // "<learner>/<module>" → last commit (scorm-again)
const moodle = new Map(); // "<learner>/<module>" → { attempts: [tracks…], counts }
const failing = new Map(); // key → { how: '500' | 'login', left: commits still to fail (Infinity) }
const slow = new Map(); // key → ms

/** Tracks (element → value) as the nested JSON scorm-again commits (`{cmi: {core: …}}`). */
function nested(tracks) {
  const out = { cmi: { core: { score: {} } } };
  for (const [element, value] of Object.entries(tracks)) {
    const keys = element.split('.').slice(1);
    let at = out.cmi;
    for (const k of keys.slice(0, -1)) at = at[k] ??= {};
    at[keys.at(-1)] = value;
  }
  return out;
}
function flat(obj, prefix = 'cmi', out = {}) {
  for (const [k, v] of Object.entries(obj ?? {})) {
    if (v && typeof v === 'object') flat(v, `${prefix}.${k}`, out);
    else out[`${prefix}.${k}`] = String(v);
  }
  return out;
}
function moodleRecord(key) {
  if (!moodle.has(key)) moodle.set(key, { attempts: [], counts: { commits: 0, beacons: 0, toc: 0 } });
  return moodle.get(key);
}

/** What Moodle hands the SCO at launch, and the attempt it writes to (scorm_check_mode). */
function moodleLaunch(key, learner, mastery, { newattempt, browse }) {
  if (!moodle.has(key) && state.get(key)) moodleRecord(key).attempts.push(flat(state.get(key).cmi));
  const record = moodleRecord(key);
  record.launched = true;
  let tracks = record.attempts.at(-1);
  const status = tracks?.['cmi.core.lesson_status'];
  const done = ['completed', 'passed', 'failed'].includes(status);
  let mode = 'normal';
  if (!tracks) record.attempts.push(tracks = {});
  if (browse) mode = 'browse';
  else if (done && newattempt) record.attempts.push(tracks = {});
  else if (done) mode = 'review';
  const launch = {
    'cmi.core.student_id': learner,
    'cmi.core.student_name': 'Peserta, Uji',
    'cmi.core.lesson_location': tracks['cmi.core.lesson_location'] ?? '',
    'cmi.core.credit': mode === 'normal' ? 'credit' : 'no-credit',
    'cmi.core.lesson_status': tracks['cmi.core.lesson_status'] ?? 'not attempted',
    'cmi.core.entry': Object.keys(tracks).length === 0 ? 'ab-initio' : (tracks['cmi.core.exit'] === 'suspend' ? 'resume' : ''),
    'cmi.core.score.raw': tracks['cmi.core.score.raw'] ?? '',
    'cmi.core.score.min': tracks['cmi.core.score.min'] ?? '',
    'cmi.core.score.max': tracks['cmi.core.score.max'] ?? '',
    'cmi.core.total_time': tracks['cmi.core.total_time'] ?? '00:00:00',
    'cmi.core.lesson_mode': mode,
    'cmi.core.exit': tracks['cmi.core.exit'] ?? '',
    'cmi.suspend_data': tracks['cmi.suspend_data'] ?? '',
    'cmi.launch_data': '',
    'cmi.student_data.mastery_score': mastery,
    // Interactions recorded before (Moodle hands them back; the count follows them).
    ...Object.fromEntries(Object.entries(tracks).filter(([k]) => k.startsWith('cmi.interactions.'))),
  };
  return { launch, attempt: record.attempts.length };
}

const moodleHarness = (learner, module, src, launch, attempt) => `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>LMS uji (Moodle): ${module}</title>
<style>body{margin:0;font-family:sans-serif}header{height:40px;line-height:40px;padding:0 8px;background:#eee}
iframe{display:block;width:100%;height:500px;border:0}</style></head>
<body><header>LMS uji (seperti Moodle) · ${learner} · ${module} · percobaan ${attempt} · <a id="exit-activity" href="/lms/keluar">Exit activity</a></header>
<script src="/lms/moodle12.js"></script>
<script>
  window.lmsLog = [];
  window.API = new MoodleLikeScorm12API({
    launch: ${JSON.stringify(launch)},
    commitUrl: '/lms/${learner}/${module}/commit',
    tocUrl: '/lms/${learner}/${module}/toc',
  });
  const frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.title = 'SCO';
  frame.src = ${JSON.stringify(src)};
  document.body.append(frame);
</script></body></html>`;

const harness = (learner, module, href, query, mastery, display) => `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>LMS uji: ${module}</title>
<style>body{margin:0;font-family:sans-serif}header{height:40px;line-height:40px;padding:0 8px;background:#eee}
iframe{display:block;width:100%;height:500px;border:0}</style></head>
<body><header>LMS uji · ${learner} · ${module}</header>
<script src="/lms/scorm12.js"></script>
<script>
(async () => {
  const base = '/lms/${learner}/${module}/';
  const saved = await (await fetch(base + 'state')).json();
  window.lmsLog = [];
  window.API = new Scorm12API({ lmsCommitUrl: base + 'commit', autocommit: false, logLevel: 5 });
  for (const fn of ['LMSInitialize', 'LMSFinish', 'LMSCommit']) API.on(fn, () => lmsLog.push({ fn }));
  API.on('LMSSetValue.cmi.*', (element, value) => lmsLog.push({ fn: 'LMSSetValue', element, value }));
  // What an LMS hands a returning learner: the data it kept, entry "resume" after a suspend.
  const cmi = saved ? saved.cmi : { core: {} };
  cmi.core.entry = saved ? (cmi.core.exit === 'suspend' ? 'resume' : '') : 'ab-initio';
  cmi.core.student_id = '${learner}';
  cmi.core.student_name = 'Peserta, Uji';
  cmi.student_data = { ...(cmi.student_data || {}), mastery_score: '${mastery}' };
  for (const k of ['session_time', 'exit']) delete cmi.core[k];
  API.loadFromJSON(cmi);
  const src = '/sco/${module}/' + ${JSON.stringify(href)} + ${JSON.stringify(query)};
  if (${JSON.stringify(display)} === 'new') {
    // Moodle's "New window": the player opens the SCO with window.open (the SCO finds API
    // through window.opener).
    const open = document.createElement('button');
    open.id = 'open-sco';
    open.textContent = 'Buka modul';
    open.onclick = () => window.open(src, 'scorm_content', 'width=800,height=600');
    document.body.append(open);
    return;
  }
  const frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.title = 'SCO';
  frame.src = src;
  document.body.append(frame);
})();
</script></body></html>`;

/** The SCORM 2004 harness: scorm-again's Scorm2004API with what the LMS kept. */
const harness2004 = (learner, module, src, mastery, mode) => `<!doctype html>
<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>LMS uji (SCORM 2004): ${module}</title>
<style>body{margin:0;font-family:sans-serif}header{height:40px;line-height:40px;padding:0 8px;background:#eee}
iframe{display:block;width:100%;height:500px;border:0}</style></head>
<body><header>LMS uji (SCORM 2004) · ${learner} · ${module} · <a id="exit-activity" href="/lms/keluar">Exit activity</a></header>
<script src="/lms/scorm2004.js"></script>
<script>
(async () => {
  const base = '/lms/${learner}/${module}/';
  const saved = await (await fetch(base + 'state')).json();
  window.lmsLog = [];
  window.API_1484_11 = new Scorm2004API({ lmsCommitUrl: base + 'commit', autocommit: false, logLevel: 5 });
  for (const fn of ['Initialize', 'Terminate', 'Commit']) API_1484_11.on(fn, () => lmsLog.push({ fn }));
  API_1484_11.on('SetValue.cmi.*', (element, value) => lmsLog.push({ fn: 'SetValue', element, value }));
  // A suspended attempt resumes with its data; after any other exit a new attempt starts empty.
  const resume = saved && saved.cmi && saved.cmi.exit === 'suspend';
  const cmi = resume ? saved.cmi : {};
  for (const k of ['session_time', 'exit', 'total_time']) delete cmi[k];
  cmi.entry = resume ? 'resume' : 'ab-initio';
  cmi.learner_id = '${learner}';
  cmi.learner_name = 'Peserta, Uji';
  cmi.mode = ${JSON.stringify(mode)};
  cmi.credit = ${JSON.stringify(mode)} === 'normal' ? 'credit' : 'no-credit';
  if (${JSON.stringify(mastery)}) cmi.scaled_passing_score = String(Number(${JSON.stringify(mastery)}) / 100);
  API_1484_11.loadFromJSON(cmi);
  const frame = document.createElement('iframe');
  frame.id = 'sco';
  frame.title = 'SCO';
  frame.src = ${JSON.stringify(src)};
  document.body.append(frame);
})();
</script></body></html>`;

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const send = (code, type, body) => res.writeHead(code, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  if (parts[0] === 'lms' && parts[1] === 'scorm12.js') return send(200, types['.js'], runtime);
  if (parts[0] === 'lms' && parts[1] === 'scorm2004.js') return send(200, types['.js'], runtime2004);
  if (parts[0] === 'lms' && parts[1] === 'moodle12.js') return send(200, types['.js'], moodleRuntime);
  if (parts[0] === 'lms' && parts[1] === 'keluar') return send(200, types['.html'], '<!doctype html><title>Kursus</title><h1>Halaman kursus</h1>');
  if (parts[0] === 'login') return send(200, types['.html'], '<!doctype html><title>Masuk</title><form>Sesi Anda berakhir</form>');
  if (parts[0] === 'lms' && parts.length >= 3) {
    const [, learner, module, action] = parts;
    const key = `${learner}/${module}`;
    if (!action && req.method === 'GET') {
      const href = url.searchParams.get('href') ?? 'index.html';
      const query = url.searchParams.get('query') ?? '';
      const mastery = url.searchParams.get('mastery') ?? '';
      const display = url.searchParams.get('display') ?? 'frame';
      if (url.searchParams.get('lms') === 'scorm-again-2004') {
        return send(200, types['.html'], harness2004(learner, module, `/sco/${module}/${href}${query}`, mastery, url.searchParams.get('mode') ?? 'normal'));
      }
      if (url.searchParams.get('lms') === 'moodle') {
        const { launch, attempt } = moodleLaunch(key, learner, mastery, {
          newattempt: url.searchParams.get('newattempt') === 'on', browse: url.searchParams.get('mode') === 'browse',
        });
        return send(200, types['.html'], moodleHarness(learner, module, `/sco/${module}/${href}${query}`, launch, attempt));
      }
      return send(200, types['.html'], harness(learner, module, href, query, mastery, display));
    }
    if (action === 'state' && req.method === 'PUT') {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        state.set(key, JSON.parse(body));
        moodle.delete(key); // a Moodle launch starts from this record (moodleLaunch)
        send(204, 'text/plain', '');
      });
      return undefined;
    }
    if (action === 'state') {
      const m = moodle.get(key);
      if (m && m.attempts.length) return send(200, types['.json'], JSON.stringify(nested(m.attempts.at(-1))));
      return send(200, types['.json'], JSON.stringify(state.get(key) ?? null));
    }
    if (action === 'tracks') return send(200, types['.json'], JSON.stringify(moodle.get(key)?.attempts ?? []));
    if (action === 'counts') return send(200, types['.json'], JSON.stringify(moodle.get(key)?.counts ?? null));
    if (action === 'toc') {
      moodleRecord(key).counts.toc += 1;
      return send(200, types['.html'], '<ul></ul>');
    }
    if (action === 'fail' && req.method === 'POST') {
      if (url.searchParams.get('on') === '1') {
        failing.set(key, { how: url.searchParams.get('how') ?? '500', left: Number(url.searchParams.get('count') ?? Infinity) });
      } else failing.delete(key);
      return send(204, 'text/plain', '');
    }
    if (action === 'slow' && req.method === 'POST') {
      slow.set(key, Number(url.searchParams.get('ms') ?? 0));
      return send(204, 'text/plain', '');
    }
    if (action === 'commit' && req.method === 'POST' && moodle.get(key)?.launched) {
      const chunks = [];
      req.on('data', (c) => chunks.push(c));
      req.on('end', async () => {
        const record = moodle.get(key);
        const beacon = url.searchParams.get('api') === 'beacon';
        if (beacon) record.counts.beacons += 1; else record.counts.commits += 1;
        // A beacon meets the same server (an expired session turns it into the login page too);
        // the page that sent it never learns (Moodle's client answers "true" for it).
        const fail = failing.get(key);
        const how = fail ? fail.how : undefined;
        if (how && (fail.left -= 1) <= 0) failing.delete(key);
        await new Promise((r) => setTimeout(r, slow.get(key) ?? 0));
        if (how === 'login') return send(200, types['.html'], '<!doctype html><title>Masuk</title><form>Sesi Anda berakhir</form>');
        if (how) return send(500, 'text/plain', 'Error writing to database');
        let fields;
        try {
          fields = await new Response(Buffer.concat(chunks), { headers: { 'content-type': req.headers['content-type'] ?? '' } }).formData();
        } catch {
          return send(400, 'text/plain', 'bad commit');
        }
        const tracks = record.attempts.at(-1);
        for (const [name, value] of fields) {
          if (name.startsWith('cmi')) tracks[name.replace(/__/g, '.')] = String(value);
        }
        return send(200, 'text/plain', 'true\n0');
      });
      return undefined;
    }
    if (action === 'commit' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        const fail = failing.get(key);
        if (fail) {
          if ((fail.left -= 1) <= 0) failing.delete(key);
          return send(500, 'text/plain', 'LMS database unavailable');
        }
        try {
          state.set(key, JSON.parse(body));
        } catch {
          return send(400, 'text/plain', 'bad commit');
        }
        return send(200, types['.json'], JSON.stringify({ result: true, errorCode: 0 }));
      });
      return undefined;
    }
  }
  if (parts[0] === 'sco' && parts.length >= 3) {
    const file = path.normalize(path.join(packages, ...parts.slice(1)));
    if (!file.startsWith(packages + path.sep)) return send(403, 'text/plain', 'no');
    return fs.readFile(file, (err, body) => (err
      ? send(404, 'text/plain', 'not found')
      : send(200, types[path.extname(file)] ?? 'application/octet-stream', body)));
  }
  return send(404, 'text/plain', 'not found');
});
server.listen(port, '127.0.0.1', () => console.log(`lms-server on http://127.0.0.1:${port}/`));
