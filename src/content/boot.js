// The start-up script, inlined into <head> by `bimtek-pack first-screen` (first_screen.rs,
// `boot_script`), which fills in the __NAMES__ below and drops these comment lines and the
// indentation. It runs before anything is painted and before the wasm has arrived. Plain ES5,
// no dependencies; any failure leaves the page as the HTML has it.
//
// 1. The static first screen is the home page in Indonesian with the app's chrome. Where the
//    app will show something else it must not flash: in another language, in a frame or an
//    embed nothing of it shows (fs-none); on another page only its header (fs-partial).
// 2. A page that needs a module file (lesson, quiz, glossary, embed) starts that fetch now,
//    in parallel with the wasm, and leaves the response for the app (window[__PREFETCH_KEY__]:
//    url, response promise, abort controller; platform/content.rs `fetch_text` takes it once).
// 3. In Indonesian, once the HTML is parsed: a lesson's head (from the pack index) with a
//    loading line, then its text as soon as the file is here, with exactly the markup the app
//    renders (ui/pages/lesson.rs, ui/blocks.rs), up to its first interactive block; a quiz's
//    head and rules (ui/pages/quiz.rs), from the pack index alone. The app, mounted after
//    that, is kept hidden (fs-hold) until its own page is ready (or has failed, or the
//    learner has gone elsewhere) and then takes over in one frame (ui/app.rs
//    `release_when_settled`). A file that fails or never comes leaves the head and the
//    loading line until the app shows its own message.
//    Every string becomes a text node: nothing from a file becomes HTML.
(function () {
  var d = document.documentElement, h = location.hash || "#/";
  var m = /[?&]lang=([a-z]+)/.exec(location.search), l = m && m[1];
  if (l !== "id" && l !== "en") {
    try { l = localStorage.getItem(__LANG_KEY__); } catch (e) {}
  }
  var framed;
  try { framed = window.top !== window.self; } catch (e) { framed = true; }
  var none = l === "en" || framed || /^#\/embed\//.test(h);
  if (none) d.classList.add("fs-none");
  else if (h !== "#/" && h !== "#") d.classList.add("fs-partial");
  m = /^#\/(?:modul\/([a-z0-9-]+)\/(pelajaran|kuis|glosarium)(?:\/([a-z0-9-]+))?|embed\/([a-z0-9-]+))/.exec(h);
  if (!m) return;
  var id = m[1] || m[4], lessonId = m[2] === "pelajaran" && /^#\/modul\/[a-z0-9-]+\/pelajaran\/[a-z0-9-]+$/.test(h) ? m[3] : null;
  var T = __TEXTS__, found = null;
  try {
    var data = JSON.parse(document.getElementById(__DATA_ID__).textContent);
    JSON.parse(data["packs.json"]).packs.forEach(function (p) {
      var t = data[p];
      if (!t || found) return;
      JSON.parse(t).modules.forEach(function (mod) {
        if (mod.id === id && !found) found = { base: p.slice(0, p.lastIndexOf("/") + 1), mod: mod };
      });
    });
  } catch (e) { return; }
  if (!found) return;
  var url = found.base + found.mod.file, ctl = new AbortController();
  var response = fetch(url, { signal: ctl.signal, credentials: "same-origin" });
  // A failure is the app's to report when it takes the response; not an unhandled rejection.
  response.catch(function () {});
  window[__PREFETCH_KEY__] = { url: url, response: response, abort: ctl };
  var quiz = /^#\/modul\/[a-z0-9-]+\/kuis$/.test(h);
  if (none || !(lessonId || quiz)) return;

  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    (kids || []).forEach(function (c) { e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function safePath(p) {
    return p !== "" && p.split("/").every(function (s) { return s !== "" && s !== "." && s !== ".." && /^[A-Za-z0-9._-]+$/.test(s); });
  }
  function absolute(u) { var x = u.toLowerCase(); return x.indexOf("https://") === 0 || x.indexOf("http://") === 0; }
  function allowed(u) { return absolute(u.trim()) ? !/\s/.test(u.trim()) : safePath(u); }
  function resolve(u) { return absolute(u) ? u : found.base + u; }
  function inline(i) {
    if (i.strong) return el("strong", {}, [i.strong.v]);
    if (i.em) return el("em", {}, [i.em.v]);
    if (i.link && allowed(i.link.href)) {
      if (i.link.href.toLowerCase().indexOf("http") === 0) {
        return el("a", { href: resolve(i.link.href), target: "_blank", rel: "noopener noreferrer" },
          [i.link.v, el("span", { "class": "visually-hidden" }, [" ", T.newTab])]);
      }
      return el("a", { href: resolve(i.link.href) }, [i.link.v]);
    }
    return document.createTextNode((i.text || i.link).v);
  }
  function inlines(list) { return list.map(inline); }
  function interactive(b) {
    return !!(b.discussion || b.worksheet || (b.callout && b.callout.blocks.some(interactive)));
  }
  function block(b) {
    if (b.heading) return el(b.heading.level === 2 ? "h2" : "h3", {}, inlines(b.heading.text));
    if (b.paragraph) return el("p", {}, inlines(b.paragraph.text));
    if (b.list) return el(b.list.ordered ? "ol" : "ul", {}, b.list.items.map(function (i) { return el("li", {}, inlines(i)); }));
    if (b.table) {
      var head = el("tr", {}, b.table.header.map(function (c) { return el("th", { scope: "col" }, inlines(c)); }));
      var rows = b.table.rows.map(function (r) { return el("tr", {}, r.map(function (c) { return el("td", {}, inlines(c)); })); });
      return el("div", { "class": "table-wrap", role: "region", tabindex: "0", "aria-label": T.table },
        [el("table", {}, [el("thead", {}, [head]), el("tbody", {}, rows)])]);
    }
    if (b.image) {
      return safePath(b.image.src)
        ? el("img", { "class": "lesson-image", src: resolve(b.image.src), alt: b.image.alt, loading: "lazy" })
        : el("p", { "class": "muted" }, [b.image.alt]);
    }
    if (b.callout) {
      var label = T.callout[b.callout.kind];
      return el("aside", { "class": T.calloutClass[b.callout.kind], "aria-label": label },
        [el("p", { "class": "callout-title" }, [label])].concat(blocks(b.callout.blocks)));
    }
    throw 0;
  }
  function blocks(list) {
    var out = [];
    for (var i = 0; i < list.length && !interactive(list[i]); i++) out.push(block(list[i]));
    return out;
  }
  function show(parts) {
    var screen = document.getElementById(__SCREEN_ID__), main = screen && screen.querySelector("main");
    if (!main) return;
    while (main.firstChild) main.removeChild(main.firstChild);
    parts.forEach(function (p) { main.appendChild(p); });
    d.classList.add("fs-page", "fs-hold");
  }
  function crumb() { return el("p", { "class": "crumb" }, [el("a", { href: "#/modul/" + id }, [found.mod.title])]); }
  // The lesson's head at once, from the pack index, with the app's loading line under it.
  var list = found.mod.lessons || [], at = -1, article, waiting;
  list.forEach(function (x, i) { if (x.id === lessonId && at < 0) at = i; });
  function lessonHead() {
    if (at < 0) throw 0;
    waiting = el("p", { "class": "muted", role: "status" }, [T.loading]);
    article = el("article", { "class": "lesson" }, [
      crumb(),
      el("h1", { id: "page-title", tabindex: "-1" }, [list[at].title]),
      el("p", { "class": "meta" }, [
        el("span", {}, [T.lessonOf.replace("{}", at + 1).replace("{}", list.length)]),
        el("span", {}, [T.minutes.replace("{}", list[at].minutes)])
      ]),
      waiting
    ]);
    return [article];
  }
  // Its text once the file is here, if the file agrees with the index (the app reads the file).
  function lessonBody(body) {
    var lesson = body.lessons[at];
    if (body.id !== id || body.lessons.length !== list.length || !lesson || lesson.id !== lessonId ||
      lesson.title !== list[at].title || lesson.minutes !== list[at].minutes) throw 0;
    article.removeChild(waiting);
    blocks(lesson.blocks).forEach(function (b) { article.appendChild(b); });
  }
  // The quiz's start: its head and the card's two lines that hold for every learner (what
  // depends on saved attempts comes with the app, below them). From the pack index alone.
  function quizParts() {
    var q = found.mod;
    return [crumb(), el("h1", { id: "page-title", tabindex: "-1" }, [T.quiz, ": ", q.title]),
      el("section", { "class": "card" }, [
        el("p", {}, [T.quizInfo.replace("{}", q.question_count).replace("{}", q.questions_per_attempt).replace("{}", q.pass_mark)]),
        el("p", { "class": "muted" }, [T.quizRules])
      ])];
  }
  // Once the parser has the static screen: readyState turns "interactive" when the HTML is
  // parsed, before the module scripts run (DOMContentLoaded would wait for the JS glue).
  var parsed = new Promise(function (ready) {
    function check() { if (document.readyState !== "loading") ready(); }
    document.addEventListener("readystatechange", check);
    check();
  });
  if (lessonId) {
    var text = response.then(function (r) { if (!r.ok) throw 0; return r.clone().text(); });
    text.catch(function () {});
    parsed.then(function () { show(lessonHead()); return text; })
      .then(function (t) { lessonBody(JSON.parse(t)); }).catch(function () {});
  } else {
    parsed.then(function () { show(quizParts()); }).catch(function () {});
  }
})();
