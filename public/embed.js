/* Bimtek Mandiri — sizes embedded modules on a portal page.
 *
 * The parent side of the H5P resizer protocol ({context:'h5p'} messages: hello,
 * prepareResize, resize), written for Bimtek Mandiri so portals that do not load H5P's
 * h5p-resizer.js need only this one script. When h5p-resizer.js is already on the page, this
 * script does nothing (both speak the same protocol). It sends and reads no personal data.
 * Learning events ({context:'bimtek'}) are for the portal's own listener: see docs/embed.md. */
(function () {
  if (!window.postMessage || !window.addEventListener || window.h5pResizerInitialized) return;
  window.h5pResizerInitialized = true;

  function frameOf(source) {
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) if (frames[i].contentWindow === source) return frames[i];
    return null;
  }

  var handlers = {
    hello: function (frame, data, reply) {
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

  // Tell frames already on the page that a resizer is here.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].src.indexOf('#/embed/') !== -1 && frames[i].contentWindow) {
      frames[i].contentWindow.postMessage({ context: 'h5p', action: 'ready' }, '*');
    }
  }
})();
