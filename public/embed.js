/* Bimtek Mandiri — sizes embedded modules on a portal page.
 *
 * The parent side of the H5P resizer protocol ({context:'h5p'} messages: hello,
 * prepareResize, resize), written for Bimtek Mandiri so portals that do not load H5P's
 * h5p-resizer.js need only this one script. When h5p-resizer.js is already on the page, this
 * script does nothing (both speak the same protocol). It sends and reads no personal data.
 * Learning events ({context:'bimtek'}) are for the portal's own listener: see docs/embed.md.
 *
 * A frame that never says hello (the module's server forbids framing with X-Frame-Options or
 * CSP frame-ancestors, or the module cannot start) would be an empty box forever: 15 s after it
 * loaded without a hello, the frame is replaced by a plain message with a link that opens the
 * module in a new tab; a late hello brings the frame back. (`window.bimtekEmbedTimeoutMs`
 * set before this script changes the wait.) */
(function () {
  if (!window.postMessage || !window.addEventListener || window.h5pResizerInitialized) return;
  window.h5pResizerInitialized = true;

  var said = [];
  var WAIT = typeof window.bimtekEmbedTimeoutMs === 'number' ? window.bimtekEmbedTimeoutMs : 15000;
  var TEXT = {
    id: ['Modul tidak dapat tampil di halaman ini (server modul tidak mengizinkannya disematkan di situs lain, atau modul gagal dimulai).', 'Buka modul di tab baru'],
    en: ['The module cannot be shown on this page (its server does not allow it to be embedded in another site, or it could not start).', 'Open the module in a new tab']
  };

  function isModule(frame) {
    return frame.src && frame.src.indexOf('#/embed/') !== -1;
  }

  function notice(frame) {
    if (said.indexOf(frame) !== -1 || frame.bimtekNotice) return;
    var text = /[?&]lang=en\b/.test(frame.src) ? TEXT.en : TEXT.id;
    var box = document.createElement('p');
    box.className = 'bimtek-embed-blocked';
    box.setAttribute('role', 'status');
    box.style.cssText = 'border:1px solid #b45309;padding:12px;border-radius:6px;font:16px/1.5 system-ui,sans-serif';
    box.appendChild(document.createTextNode(text[0] + ' '));
    var link = document.createElement('a');
    link.href = frame.src;
    link.target = '_blank';
    link.rel = 'noopener';
    link.textContent = text[1];
    box.appendChild(link);
    frame.parentNode.insertBefore(box, frame);
    frame.bimtekNotice = { box: box, display: frame.style.display };
    frame.style.display = 'none';
  }

  function watch(frame) {
    if (!isModule(frame) || frame.bimtekWatched) return;
    frame.bimtekWatched = true;
    var start = function () { setTimeout(function () { notice(frame); }, WAIT); };
    frame.addEventListener('load', start, false);
  }

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  var handlers = {
    hello: function (frame, data, reply) {
      if (said.indexOf(frame) === -1) said.push(frame);
      if (frame.bimtekNotice) {
        frame.bimtekNotice.box.parentNode.removeChild(frame.bimtekNotice.box);
        frame.style.display = frame.bimtekNotice.display;
        frame.bimtekNotice = null;
      }
      frame.style.width = '100%';
      var onResize = function () {
        if (frame.contentWindow) reply('resize');
        else window.removeEventListener('resize', onResize);
      };
      window.addEventListener('resize', onResize, false);
      reply('hello');
    },
    prepareResize: function (frame, data, reply) {
      if (frame.clientHeight !== data.scrollHeight || data.scrollHeight !== data.clientHeight) {
        frame.style.height = data.clientHeight + 'px';
        reply('resizePrepared');
      }
    },
    resize: function (frame, data) {
      frame.style.height = data.scrollHeight + 'px';
    }
  };

  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.context !== 'h5p' || !handlers[data.action]) return;
    var frame = frameOf(event.source);
    if (!frame) return;
    handlers[data.action](frame, data, function (action) {
      event.source.postMessage({ context: 'h5p', action: action }, event.origin);
    });
  }, false);

  // Tell frames already on the page that a resizer is here, and watch them for a hello. A frame
  // that already loaded before this (async) script ran is given the same wait from now.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (!isModule(frames[i])) continue;
    watch(frames[i]);
    (function (frame) { setTimeout(function () { notice(frame); }, WAIT); })(frames[i]);
    if (frames[i].contentWindow) frames[i].contentWindow.postMessage({ context: 'h5p', action: 'ready' }, '*');
  }
  document.addEventListener('DOMContentLoaded', function () {
    var later = document.getElementsByTagName('iframe');
    for (var j = 0; j < later.length; j++) watch(later[j]);
  }, false);
})();
