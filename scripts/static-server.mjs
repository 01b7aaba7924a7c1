#!/usr/bin/env node
// A plain static file server for dist/, used by the serve command, the end-to-end tests and
// the benchmark. Hand-written (60 lines of node:http) because it must also mount dist/ under a
// sub-path and report a busy port clearly; no rewrite rules, like any simple host.
//
//   node scripts/static-server.mjs [--dir dist] [--port 8080] [--host 127.0.0.1] [--prefix /belajar/bimtek/]
//
// Files are served at "/" and, with --prefix, also under that sub-path.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : dflt;
};
const dir = path.resolve(opt('dir', 'dist'));
const port = Number(opt('port', '8080'));
const host = opt('host', '127.0.0.1');
const prefix = opt('prefix', '/');

// Text, scripts and wasm are sent brotli-compressed when the browser accepts it, as any real
// host does (compressed once, then kept in memory).
const compressible = /\.(html|js|mjs|wasm|css|json|webmanifest|svg|txt|md)$/;
const brCache = new Map();

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.svg': 'image/svg+xml', '.png': 'image/png',
  '.ico': 'image/x-icon', '.zip': 'application/zip', '.txt': 'text/plain; charset=utf-8', '.md': 'text/markdown; charset=utf-8',
};

if (!fs.existsSync(path.join(dir, 'index.html'))) {
  console.error(`Folder ${dir} belum berisi aplikasi yang dibangun (index.html tidak ada).`);
  process.exit(2);
}

const server = http.createServer((req, res) => {
  let url = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  if (prefix !== '/' && url.startsWith(prefix)) url = '/' + url.slice(prefix.length);
  if (url.endsWith('/')) url += 'index.html';
  const file = path.normalize(path.join(dir, url));
  if (!file.startsWith(dir + path.sep)) { res.writeHead(403).end(); return; }
  fs.readFile(file, (err, body) => {
    if (err) { res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Tidak ditemukan'); return; }
    const headers = {
      'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
    };
    if (compressible.test(file) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
      const key = crypto.createHash('sha1').update(body).digest('hex');
      let br = brCache.get(key);
      if (!br) { br = zlib.brotliCompressSync(body); brCache.set(key, br); }
      headers['content-encoding'] = 'br';
      body = br;
    }
    res.writeHead(200, headers);
    res.end(body);
  });
});

server.on('error', (e) => {
  if (e.code === 'EADDRINUSE') {
    console.error(`Port ${port} di ${host} sedang dipakai program lain. Pilih port lain, misalnya: scripts/serve.sh --port ${port + 10}`);
  } else {
    console.error(`Server tidak dapat berjalan: ${e.message}`);
  }
  process.exit(3);
});
server.listen(port, host, () => {
  const sub = prefix !== '/' ? ` (juga di http://${host}:${port}${prefix})` : '';
  console.log(`Bimtek Mandiri tersedia di http://${host}:${port}/${sub}`);
});
