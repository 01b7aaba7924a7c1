// A SCORM 1.2 run-time that behaves as Moodle's own client does (mod/scorm/datamodels/scorm_12.js,
// mod/scorm/request.js, mod/scorm/lib.php scorm_check_mode — read with the project's search
// tools; written here from those documented behaviours, none of Moodle's code is copied):
//
// - Cache-then-post commits: a commit posts only the elements whose value differs from the last
//   value this client built a request with (at launch: what the LMS handed over); it marks them
//   sent *before* the request goes out and never rolls that back when the request fails.
// - `cmi.core.session_time` is never posted by a commit: at LMSFinish the client adds it to
//   `cmi.core.total_time` and posts that.
// - LMSFinish: a status still "not attempted" becomes "completed"; in normal mode with credit,
//   when a mastery score and a raw score are there, the status is set from the score (passed /
//   failed: the "mastery override"); in browse mode "browsed".
// - The request is a synchronous XMLHttpRequest (form-encoded, elements' dots as `__`); the
//   answer "true\n0" is success, anything else (an HTTP error, a login page) gives "false" and
//   error 101. When the page is being hidden or unloaded (visibilitychange → hidden, pagehide,
//   beforeunload, unload; back on pageshow/visible) — or the XHR throws — it uses
//   navigator.sendBeacon and answers success whatever happens.
// - After every commit and finish it refreshes the table of contents (an extra request).
// - Values in ranges (scores) are kept as numbers, as the original does.
//
// Exposes `API.cmi` (the current values, as strings, for tests) and logs every call in
// `window.lmsLog` like the scorm-again harness.
(function () {
  const TIMESPAN = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;
  const DECIMAL = /^-?\d{0,3}(\.\d*)?$/;
  const model = {
    'cmi.core.student_id': { mod: 'r' },
    'cmi.core.student_name': { mod: 'r' },
    'cmi.core.lesson_location': { mod: 'rw', ok: (v) => v.length <= 255 },
    'cmi.core.credit': { mod: 'r' },
    'cmi.core.lesson_status': { mod: 'rw', ok: (v) => /^(passed|completed|failed|incomplete|browsed)$/.test(v) },
    'cmi.core.entry': { mod: 'r' },
    'cmi.core.score.raw': { mod: 'rw', ok: (v) => DECIMAL.test(v), range: [0, 100] },
    'cmi.core.score.min': { mod: 'rw', ok: (v) => DECIMAL.test(v), range: [0, 100] },
    'cmi.core.score.max': { mod: 'rw', ok: (v) => DECIMAL.test(v), range: [0, 100] },
    'cmi.core.total_time': { mod: 'r' },
    'cmi.core.lesson_mode': { mod: 'r' },
    'cmi.core.exit': { mod: 'w', ok: (v) => /^(time-out|suspend|logout|)$/.test(v) },
    'cmi.core.session_time': { mod: 'w', ok: (v) => TIMESPAN.test(v) },
    'cmi.suspend_data': { mod: 'rw', ok: (v) => v.length <= 4096 },
    'cmi.launch_data': { mod: 'r' },
    'cmi.comments': { mod: 'rw', ok: (v) => v.length <= 4096 },
    'cmi.student_data.mastery_score': { mod: 'r' },
  };
  const interaction = {
    id: (v) => /^[\x21-\x7e]{1,255}$/.test(v),
    type: (v) => /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/.test(v),
    student_response: (v) => v.length <= 255,
    result: (v) => /^(correct|wrong|unanticipated|neutral|\d{0,3}(\.\d*)?)$/.test(v),
    latency: (v) => TIMESPAN.test(v),
    time: (v) => /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/.test(v),
    weighting: (v) => DECIMAL.test(v),
  };
  const interactionElement = /^cmi\.interactions\.(\d+)\.(id|type|student_response|result|latency|time|weighting|correct_responses\.(\d+)\.pattern|objectives\.(\d+)\.id)$/;

  function addTime(a, b) {
    const cents = (t) => {
      const [h, m, s] = t.split(':');
      return (Number(h) * 3600 + Number(m) * 60 + Number(s)) * 100;
    };
    let c = Math.round(cents(a) + cents(b));
    const h = Math.floor(c / 360000); c -= h * 360000;
    const m = Math.floor(c / 6000); c -= m * 6000;
    const s = Math.floor(c / 100); c -= s * 100;
    const two = (n) => String(n).padStart(2, '0');
    return `${two(h)}:${two(m)}:${two(s)}${c ? `.${two(c)}` : ''}`;
  }

  class MoodleLikeScorm12API {
    /** `launch`: the values the LMS hands over (element → value); `commitUrl`; `tocUrl`. */
    constructor({ launch, commitUrl, tocUrl }) {
      this.values = { ...launch };
      // What this client believes it has sent: at the start, what it was handed.
      this.sent = { ...launch };
      this.commitUrl = commitUrl;
      this.tocUrl = tocUrl;
      this.initialized = false;
      this.errorCode = '0';
      this.useBeacon = false;
      const on = () => { this.useBeacon = true; };
      const off = () => { this.useBeacon = false; };
      for (const ev of ['beforeunload', 'unload', 'pagehide']) window.addEventListener(ev, on);
      window.addEventListener('pageshow', off);
      document.addEventListener('visibilitychange', () => (document.visibilityState === 'hidden' ? on() : off()));
    }

    /** The current values as nested strings (`API.cmi.core.lesson_status`), for tests. */
    get cmi() {
      const out = { core: { score: {} }, student_data: {} };
      for (const [k, v] of Object.entries(this.values)) {
        const path = k.split('.').slice(1);
        let at = out;
        for (const p of path.slice(0, -1)) at = at[p] ??= {};
        at[path.at(-1)] = String(v);
      }
      return out;
    }

    LMSInitialize(param) {
      window.lmsLog.push({ fn: 'LMSInitialize' });
      this.errorCode = '0';
      if (param !== '') { this.errorCode = '201'; return 'false'; }
      if (this.initialized) { this.errorCode = '101'; return 'false'; }
      this.initialized = true;
      return 'true';
    }

    LMSGetValue(element) {
      this.errorCode = '0';
      if (!this.initialized) { this.errorCode = '301'; return ''; }
      if (element === 'cmi.interactions._count') return String(this.interactionCount());
      const def = model[element];
      if (!def) { this.errorCode = interactionElement.test(element) ? '404' : '201'; return ''; }
      if (def.mod === 'w') { this.errorCode = '404'; return ''; }
      return String(this.values[element] ?? '');
    }

    LMSSetValue(element, value) {
      this.errorCode = '0';
      value = `${value}`;
      if (!this.initialized) { this.errorCode = '301'; return 'false'; }
      const m = interactionElement.exec(element);
      const def = model[element];
      let ok;
      let range;
      if (m) {
        const field = m[2].startsWith('correct_responses') ? 'student_response' : m[2].startsWith('objectives') ? 'id' : m[2];
        ok = interaction[field](value);
        if (Number(m[1]) > this.interactionCount()) { this.errorCode = '201'; return 'false'; }
      } else if (!def) {
        this.errorCode = '201';
        return 'false';
      } else if (def.mod === 'r') {
        this.errorCode = '403';
        return 'false';
      } else {
        ok = def.ok(value);
        range = def.range;
      }
      if (!ok) { this.errorCode = '405'; return 'false'; }
      window.lmsLog.push({ fn: 'LMSSetValue', element, value });
      if (range) {
        const n = value * 1.0;
        if (!(n >= range[0] && n <= range[1])) { this.errorCode = '405'; return 'false'; }
        this.values[element] = n;
      } else {
        this.values[element] = value;
      }
      return 'true';
    }

    interactionCount() {
      let n = 0;
      while (this.values[`cmi.interactions.${n}.id`] !== undefined) n += 1;
      return n;
    }

    LMSCommit(param) {
      this.errorCode = '0';
      if (param !== '') { this.errorCode = '201'; return 'false'; }
      if (!this.initialized) { this.errorCode = '301'; return 'false'; }
      window.lmsLog.push({ fn: 'LMSCommit' });
      return this.store(false);
    }

    LMSFinish(param) {
      this.errorCode = '0';
      if (param !== '') { this.errorCode = '201'; return 'false'; }
      if (!this.initialized) { this.errorCode = '301'; return 'false'; }
      window.lmsLog.push({ fn: 'LMSFinish' });
      this.initialized = false;
      return this.store(true);
    }

    LMSGetLastError() { return this.errorCode; }

    LMSGetErrorString(code) {
      return { 0: 'No error', 101: 'General exception', 201: 'Invalid argument error', 301: 'Not initialized', 403: 'Element is read only', 404: 'Element is write only', 405: 'Incorrect data type' }[code] ?? '';
    }

    LMSGetDiagnostic(code) { return code || this.errorCode; }

    /** Collects what changed (marking it sent now), posts it, refreshes the TOC. */
    store(finishing) {
      const v = this.values;
      if (finishing) {
        if (!v['cmi.core.lesson_status'] || v['cmi.core.lesson_status'] === 'not attempted') v['cmi.core.lesson_status'] = 'completed';
        if (v['cmi.core.lesson_mode'] === 'normal' && v['cmi.core.credit'] === 'credit'
          && v['cmi.student_data.mastery_score'] !== '' && v['cmi.core.score.raw'] !== undefined && v['cmi.core.score.raw'] !== '') {
          v['cmi.core.lesson_status'] = Number(v['cmi.core.score.raw']) >= Number(v['cmi.student_data.mastery_score']) ? 'passed' : 'failed';
        }
        if (v['cmi.core.lesson_mode'] === 'browse' && this.sent['cmi.core.lesson_status'] === undefined) v['cmi.core.lesson_status'] = 'browsed';
      }
      const params = new URLSearchParams();
      for (const [element, value] of Object.entries(v)) {
        if (element === 'cmi.core.session_time') continue;
        const def = model[element];
        if (def && def.mod === 'r') continue;
        if (this.sent[element] != value || typeof this.sent[element] !== typeof value) { // eslint-disable-line eqeqeq
          params.append(element.replace(/\./g, '__'), String(value));
          this.sent[element] = value;
        }
      }
      if (finishing) {
        const total = addTime(String(v['cmi.core.total_time'] || '00:00:00'), String(v['cmi.core.session_time'] || '00:00:00'));
        params.append('cmi__core__total_time', total);
      }
      const answer = this.request(params);
      const [result, code] = String(answer).split('\n');
      fetch(this.tocUrl, { cache: 'no-store' }).catch(() => {});
      const ok = result === 'true';
      this.errorCode = ok ? '0' : '101';
      if (!ok) window.lmsLog.push({ fn: 'failed', answer: String(answer).slice(0, 60), code });
      return ok ? 'true' : 'false';
    }

    request(params) {
      const beacon = () => {
        const form = new FormData();
        for (const [k, val] of params) form.append(k, val);
        form.append('unloading', '1');
        return navigator.sendBeacon(`${this.commitUrl}?api=beacon`, form) ? 'true\n0' : 'false\n101';
      };
      if (this.useBeacon) return beacon();
      const xhr = new XMLHttpRequest();
      xhr.open('POST', this.commitUrl, false);
      xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
      try {
        xhr.send(params.toString());
      } catch (_) {
        return beacon();
      }
      return xhr.status === 200 ? xhr.responseText : xhr.status;
    }
  }
  window.MoodleLikeScorm12API = MoodleLikeScorm12API;
}());
