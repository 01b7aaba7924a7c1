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
//    A lesson, glossary, quiz or result (in the app or embedded) also needs its page's wasm
//    chunk (ui/lazy.rs), and the app in English its English text's chunk: they are preloaded
//    now too, so they come in parallel with the main module, not after it (the chunk loader's
//    fetch takes the preloaded response).
// 3. In Indonesian, once the HTML is parsed: a module page as a new learner sees it, a lesson's
//    head with a loading line, and a quiz's head and rules, each cloned from the <template>
//    the build rendered from the app's own views (views/prerender.rs: this script draws no
//    page markup of its own); then a lesson's text as soon as the file is here, up to its
//    first interactive block. Lesson text arrives as data, so `block` below draws it with
//    exactly the markup of views/blocks.rs, whose hash is pinned above `inline` (the
//    native test tests/renderer.rs fails when that file changes and the pin does not: a
//    reminder to change this renderer with it; the e2e fixture pack compares the two). The app, mounted after that, is kept hidden (fs-hold) until its
//    own page is ready (or has failed, or the learner has gone elsewhere) and then takes over
//    in one frame (ui/app.rs `release_when_settled`). A file that fails or never comes leaves
//    the head and the loading line until the app shows its own message.
//    Every string becomes a text node: nothing from a file becomes HTML.
// 4. A tap before the app is there is never dead: until the app has mounted (it sets the root
//    class fs-app, ui/mod.rs `start`), every change of address draws that page the same way
//    (and starts its module file), goes back to the static home, or shows the app's
//    "Memuat halaman…" line (its template) for a page only the app can draw.
(function () {
  var d = document.documentElement;
  var m = /[?&]lang=([a-z]+)/.exec(location.search), l = m && m[1];
  if (l !== "id" && l !== "en") {
    try { l = localStorage.getItem(__LANG_KEY__); } catch (e) {}
  }
  // The learner's text size (domain/text_size.rs), before the first paint: no jump later.
  try {
    var size = localStorage.getItem(__TEXT_SIZE_KEY__);
    if (__TEXT_SIZES__.indexOf(size) >= 0) d.setAttribute("data-text-size", size);
  } catch (e) {}
  var framed;
  try { framed = window.top !== window.self; } catch (e) { framed = true; }
  // The app's routes (domain/route.rs), as the build wrote them in: home's hash, the words of
  // a module's pages and of the embed view, and the id rule (domain/ids.rs).
  var R = __ROUTES__, ID = "(" + R.id + ")";
  function re(s) { return new RegExp("^#/" + s); }
  var PAGE = re("(?:" + R.module + "/" + ID + "(?:/(" + R.lesson + "|" + R.quiz + "|" + R.glossary + ")(?:/" + ID + ")?)?|" + R.embed + "/" + ID + ")");
  var LESSON = re(R.module + "/" + R.id + "/" + R.lesson + "/" + R.id + "(?:[?].*)?$");
  var QUIZ = re(R.module + "/" + R.id + "/" + R.quiz + "$"), OVERVIEW = re(R.module + "/" + R.id + "$");
  var CHUNKED = re("(?:" + R.module + "|" + R.embed + ")/" + R.id + "/(" + R.lesson + "|" + R.glossary + "|" + R.quiz + ")(?:[/?]|$)");
  var start = location.hash || R.home;
  var EMBED = re(R.embed + "/");
  var none = l === "en" || framed || EMBED.test(start);
  // Root classes, chunk names, the meta naming the chunks and the safe path segment: defined
  // once in Rust (content/names.rs, content/validate.rs) and filled in here by the build.
  var N = __NAMES__, C = N.root_classes, SEGMENT = new RegExp(__SAFE_SEGMENT__);
  if (none) d.classList.add(C.none);
  else if (!home(start)) d.classList.add(C.partial);
  var T = __TEXTS__, modules = null;

  function home(h) { return h === R.home || h === "#"; }
  // The module `id` in the inlined pack indexes: { base, mod }, or null. The indexes are read
  // once, on the first page that needs one (never on a visit that stays on home); if any of
  // them does not parse, nothing is drawn from them.
  function lookup(id) {
    if (!modules) {
      modules = [];
      try {
        var data = JSON.parse(document.getElementById(__DATA_ID__).textContent);
        JSON.parse(data["packs.json"]).packs.forEach(function (p) {
          if (!data[p]) return;
          JSON.parse(data[p]).modules.forEach(function (mod) {
            modules.push({ base: p.slice(0, p.lastIndexOf("/") + 1), mod: mod });
          });
        });
      } catch (e) { modules = []; }
    }
    for (var i = 0; i < modules.length; i++) if (modules[i].mod.id === id) return modules[i];
    return null;
  }
  // The module file, fetched once and left for the app (it takes it once, by its URL).
  function prefetch(found) {
    var url = found.base + found.mod.file, old = window[__PREFETCH_KEY__];
    if (old && old.url === url) return old.response;
    if (old) old.abort.abort();
    var ctl = new AbortController();
    var response = fetch(url, { signal: ctl.signal, credentials: "same-origin" });
    // A failure is the app's to report when it takes the response; not an unhandled rejection.
    response.catch(function () {});
    window[__PREFETCH_KEY__] = { url: url, response: response, abort: ctl };
    return response;
  }

  // The lesson, quiz and English chunks' files, from <meta name=bimtek-chunks> (N.chunks_meta;
  // scripts/wasm-split.mjs writes it): `name=./own.wasm[,./shared.wasm]`.
  var chunks = {}, preloaded = {};
  try {
    document.querySelector('meta[name="' + N.chunks_meta + '"]').content.split(" ").forEach(function (kv) {
      var i = kv.indexOf("=");
      chunks[kv.slice(0, i)] = kv.slice(i + 1);
    });
  } catch (e) {}
  function preload(name) {
    var href = chunks[name];
    if (!href || preloaded[name]) return;
    preloaded[name] = 1;
    // A preload the chunk loader's fetch matches: same URL, CORS mode, same-origin credentials.
    href.split(",").forEach(function (h) {
      document.head.appendChild(el("link", { rel: "preload", as: "fetch", crossorigin: "anonymous", href: h }));
    });
  }

  function el(tag, attrs, kids) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    (kids || []).forEach(function (c) { e.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return e;
  }
  function safePath(p) {
    return p !== "" && p.split("/").every(function (s) { return s !== "" && s !== "." && s !== ".." && SEGMENT.test(s); });
  }
  function absolute(u) { var x = u.toLowerCase(); return x.indexOf("https://") === 0 || x.indexOf("http://") === 0; }
  function allowed(u) { return absolute(u.trim()) ? !/\s/.test(u.trim()) : safePath(u); }

  // The app's main, drawn into the static screen's; the app stays hidden until it takes over.
  // The static home's own parts are kept aside the first time, to come back to.
  var homeParts = null;
  function place(parts) {
    var screen = document.getElementById(__SCREEN_ID__), main = screen && screen.querySelector("main");
    if (!main) return false;
    if (!homeParts) homeParts = Array.prototype.slice.call(main.childNodes);
    while (main.firstChild) main.removeChild(main.firstChild);
    parts.forEach(function (p) { main.appendChild(p); });
    return true;
  }
  function show(parts) {
    if (place(parts)) d.classList.add(C.page, C.hold, C.partial);
  }
  function showHome() {
    if (homeParts) place(homeParts);
    d.classList.remove(C.page, C.hold, C.partial);
  }

  // One page of the app: what the address asks for, drawn when `ready` (the HTML parsed) and
  // only while it is still the address (`gen`).
  var gen = 0;
  function go(h, ready, tapped) {
    var mine = ++gen;
    function current() { return mine === gen; }
    var r = PAGE.exec(h);
    var id = r && (r[1] || r[4]), found = id ? lookup(id) : null;
    var lessonId = r && r[2] === R.lesson && LESSON.test(h) ? r[3] : null;
    var quiz = QUIZ.test(h), overview = OVERVIEW.test(h);
    var response = found && (r[2] || r[4]) ? prefetch(found) : null;
    var page = CHUNKED.exec(h);
    if (l === "en") preload(N.landing_chunks.english);
    if (page) preload(page[1] === R.quiz ? N.landing_chunks.quiz : N.landing_chunks.lesson);
    // A module's overview and every embed view are drawn by the module chunk.
    if (overview || EMBED.test(h)) preload(N.landing_chunks.module);
    if (none) return;
    function base(u) { return absolute(u) ? u : found.base + u; }
    // The lesson-body renderer: views/blocks.rs part for part.
    // pin views/blocks.rs sha256 4c36690c9d2a9cabe598667834305d00cecfca4004dd154bae6375642f450adf
    function inline(i) {
      if (i.strong) return el("strong", {}, [i.strong.v]);
      if (i.em) return el("em", {}, [i.em.v]);
      if (i.link && allowed(i.link.href)) {
        if (i.link.href.toLowerCase().indexOf("http") === 0) {
          return el("a", { href: base(i.link.href), target: "_blank", rel: "noopener noreferrer" },
            [i.link.v, el("span", { "class": "visually-hidden" }, [" ", T.newTab])]);
        }
        return el("a", { href: base(i.link.href) }, [i.link.v]);
      }
      return document.createTextNode((i.text || i.link).v);
    }
    function inlines(list) { return list.map(inline); }
    // (A journal reflection's box holds the app's answer field: the static copy stops before it.)
    function interactive(b) {
      // A diagram is drawn by the app alone (views/diagram.rs): the text stops before it too.
      return !!(b.discussion || b.worksheet || b.diagram || (b.callout && (b.callout.journal || b.callout.blocks.some(interactive))));
    }
    function block(b) {
      if (b.heading) return el(b.heading.level === 2 ? "h2" : "h3", {}, inlines(b.heading.text));
      if (b.paragraph) return el("p", {}, inlines(b.paragraph.text));
      if (b.list) return el(b.list.ordered ? "ol" : "ul", {}, b.list.items.map(function (i) { return el("li", {}, inlines(i)); }));
      if (b.table) {
        var head = el("tr", {}, b.table.header.map(function (c) { return el("th", { scope: "col" }, inlines(c)); }));
        var rows = b.table.rows.map(function (row) { return el("tr", {}, row.map(function (c) { return el("td", {}, inlines(c)); })); });
        return el("div", { "class": "table-wrap", role: "region", tabindex: "0", "aria-label": T.table },
          [el("table", {}, [el("thead", {}, [head]), el("tbody", {}, rows)])]);
      }
      if (b.image) {
        return safePath(b.image.src)
          ? el("img", { "class": "lesson-image", src: base(b.image.src), alt: b.image.alt, loading: "lazy" })
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
    // A page the build rendered from the app's views (views/prerender.rs): its <template>'s
    // parts, cloned; null if there is none.
    function parts(tid) {
      var t = document.getElementById(tid);
      return t && t.content ? Array.prototype.slice.call(t.content.cloneNode(true).childNodes) : null;
    }
    var list = found ? found.mod.lessons || [] : [], at = -1, article, waiting;
    list.forEach(function (x, i) { if (x.id === lessonId && at < 0) at = i; });
    // A lesson's head at once, with the app's loading line under it.
    function lessonHead() {
      var p = parts(__TEMPLATES__.lesson + id + "/" + lessonId);
      article = p && p[0];
      waiting = article && article.querySelector('[role="status"]');
      return p;
    }
    // Its text once the file is here, if the file agrees with the index (the app reads the file).
    function lessonBody(body) {
      var lesson = body.lessons[at];
      if (!waiting || body.id !== id || body.lessons.length !== list.length || !lesson || lesson.id !== lessonId ||
        lesson.title !== list[at].title || lesson.minutes !== list[at].minutes) throw 0;
      article.removeChild(waiting);
      blocks(lesson.blocks).forEach(function (b) { article.appendChild(b); });
    }
    function draw(p) {
      if (!current() || !p) return;
      show(p);
      if (tapped) {
        window.scrollTo(0, 0);
        var t = document.getElementById("page-title");
        if (t) t.focus();
      }
    }
    if (home(h)) {
      if (tapped) ready.then(function () { if (current()) showHome(); });
      return;
    }
    // (A lesson the index does not list is the app's to report: a tap shows the loading line.)
    if (found && lessonId && at >= 0) {
      var text = response.then(function (res) { if (!res.ok) throw 0; return res.clone().text(); });
      text.catch(function () {});
      ready.then(function () { draw(lessonHead()); return text; })
        .then(function (t) { if (current()) lessonBody(JSON.parse(t)); }).catch(function () {});
      return;
    }
    var tid = found && quiz ? __TEMPLATES__.quiz + id : found && overview ? __TEMPLATES__.module + id : tapped ? __TEMPLATES__.loading : null;
    // (No template for it, and a tap: the loading line.)
    if (tid) ready.then(function () { draw(parts(tid) || (tapped ? parts(__TEMPLATES__.loading) : null)); }).catch(function () {});
  }

  // Once the parser has the static screen: readyState turns "interactive" when the HTML is
  // parsed, before the module scripts run (DOMContentLoaded would wait for the JS glue).
  var parsed = new Promise(function (ready) {
    function check() { if (document.readyState !== "loading") ready(); }
    document.addEventListener("readystatechange", check);
    check();
  });
  go(start, parsed, false);
  if (none) return;
  // The static skip link moves focus, as the app's does; it must not change the address
  // ("#main" is no page of the app).
  document.addEventListener("click", function (e) {
    var a = e.target && e.target.closest ? e.target.closest("#" + __SCREEN_ID__ + " .skip-link") : null;
    var main = a && document.querySelector("#" + __SCREEN_ID__ + " main");
    if (!main) return;
    e.preventDefault();
    main.focus();
  });
  window.addEventListener("hashchange", function taps() {
    if (d.classList.contains(C.app)) {
      window.removeEventListener("hashchange", taps);
      return;
    }
    go(location.hash || R.home, parsed, true);
  });
})();
