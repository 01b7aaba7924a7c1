#!/usr/bin/env node
// A small LMS for the SCORM test (scorm.spec.mjs): the real scorm-again 3.4.3 SCORM 1.2
// run-time (`Scorm12API`) as `window.API` on a harness page that frames a package's SCO in
// Moodle's default frame (100 % × 500 px), and a commit endpoint that keeps what the run-time
// sends, per learner, as an LMS would. Packages are served unzipped, from the same origin as
// the harness (as Moodle serves them).
//
//   node tests/e2e/lms-server.mjs --port N --packages <dir>     (<dir>/<module-id>/ = one package)
//
//   GET  /lms/<learner>/<module>/?href=<launch file>[&query=…][&display=new]   the harness
//        (display=new: a button opens the SCO in a new window, as Moodle's "New window" does)
//   GET  /lms/scorm12.js                                        scorm-again's SCORM 1.2 build
//   GET  /sco/<module>/<file>                                    the unpacked package
//   POST /lms/<learner>/<module>/commit                          keeps the commit; HTTP 500 while failing
//   GET  /lms/<learner>/<module>/state                           the last commit (JSON or null)
//   PUT  /lms/<learner>/<module>/state                           replace it (what an LMS kept from elsewhere)
//   POST /lms/<learner>/<module>/fail?on=1|0                     make commits fail, or work again
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
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.xml': 'application/xml', '.xsd': 'application/xml',
};
const state = new Map(); // "<learner>/<module>" → last commit
const failing = new Set();

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

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  const send = (code, type, body) => res.writeHead(code, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
  if (parts[0] === 'lms' && parts[1] === 'scorm12.js') return send(200, types['.js'], runtime);
  if (parts[0] === 'lms' && parts.length >= 3) {
    const [, learner, module, action] = parts;
    const key = `${learner}/${module}`;
    if (!action && req.method === 'GET') {
      const href = url.searchParams.get('href') ?? 'index.html';
      const query = url.searchParams.get('query') ?? '';
      const mastery = url.searchParams.get('mastery') ?? '';
      const display = url.searchParams.get('display') ?? 'frame';
      return send(200, types['.html'], harness(learner, module, href, query, mastery, display));
    }
    if (action === 'state' && req.method === 'PUT') {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => { state.set(key, JSON.parse(body)); send(204, 'text/plain', ''); });
      return undefined;
    }
    if (action === 'state') return send(200, types['.json'], JSON.stringify(state.get(key) ?? null));
    if (action === 'fail' && req.method === 'POST') {
      if (url.searchParams.get('on') === '1') failing.add(key); else failing.delete(key);
      return send(204, 'text/plain', '');
    }
    if (action === 'commit' && req.method === 'POST') {
      let body = '';
      req.on('data', (c) => { body += c; });
      req.on('end', () => {
        if (failing.has(key)) return send(500, 'text/plain', 'LMS database unavailable');
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
