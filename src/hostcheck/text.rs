//! The words of the host check: for each [`Code`], a title and what breaks for learners, in
//! Indonesian and English, and the one-line fix for nginx, Apache (`.htaccess`) and
//! Cloudflare Pages / Netlify (`_headers`, `_redirects`), or what to do when it is no server
//! setting (an upload cut short). `{dir}` in a fix is the app's folder (`/kursus/`), `{bare}`
//! the same without its slash. The full configurations are in docs/deploy.md.
//!
//! Longer than our ~350-line guide on purpose: it is one table, every code with both languages
//! and every host side by side, so that a finding without its words does not compile.

use super::Code;
use crate::i18n::Lang;

/// A line of text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Both {
    /// Bahasa Indonesia.
    pub id: &'static str,
    /// English.
    pub en: &'static str,
}

impl Both {
    /// The text in `lang`.
    #[must_use]
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::Id => self.id,
            Lang::En => self.en,
        }
    }
}

const fn both(id: &'static str, en: &'static str) -> Both {
    Both { id, en }
}

/// One host's fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HostFix {
    /// Configuration to paste (the same in both languages).
    Line(&'static str),
    /// Words: nothing to paste.
    Say(Both),
}

/// How to fix a finding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fix {
    /// A server setting, per kind of host.
    Config {
        /// nginx (`server { … }` or `location {dir} { … }`).
        nginx: HostFix,
        /// Apache, in the app folder's `.htaccess` (cPanel).
        apache: HostFix,
        /// Cloudflare Pages and Netlify: `_headers` / `_redirects` in the uploaded folder.
        pages: HostFix,
    },
    /// Not a server setting.
    Do(Both),
}

/// What a finding is called, what breaks for learners, and its fix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words {
    /// A headline.
    pub title: Both,
    /// What learners lose.
    pub breaks: Both,
    /// The fix.
    pub fix: Fix,
}

const AUTOMATIC: HostFix = HostFix::Say(both(
    "otomatis di Cloudflare Pages dan Netlify; tidak perlu diubah",
    "automatic on Cloudflare Pages and Netlify; nothing to change",
));

const REUPLOAD: Both = both(
    "Unggah ulang seluruh isi folder dist/ hasil build yang sama (ganti, jangan campur dengan versi lama), lalu jalankan pemeriksaan ini lagi.",
    "Upload all of the same build's dist/ folder again (replace, do not mix with an older version), then run this check again.",
);

const NO_HOST_CSP_PAGES: HostFix = HostFix::Say(both(
    "hapus Content-Security-Policy dari aturan _headers yang mengenai folder ini (di Cloudflare Pages juga bisa: `! Content-Security-Policy`)",
    "remove Content-Security-Policy from the _headers rules that match this folder (on Cloudflare Pages also: `! Content-Security-Policy`)",
));

const NO_CACHE_NGINX: HostFix = HostFix::Line(
    r#"location ~ ^{dir}(index\.html|sw\.js)?$ { add_header Cache-Control "no-cache"; }"#,
);
const NO_CACHE_APACHE: HostFix = HostFix::Line(
    r#"<FilesMatch "^(index\.html|sw\.js)$"> Header set Cache-Control "no-cache" </FilesMatch>"#,
);
const NO_CACHE_PAGES: HostFix = HostFix::Line("{dir}sw.js\n  Cache-Control: no-cache");

/// The words for `code`.
#[must_use]
#[allow(
    clippy::too_many_lines,
    reason = "one table: every code's words side by side"
)]
pub fn words(code: Code) -> Words {
    use HostFix::{Line, Say};
    match code {
        Code::Unreachable => Words {
            title: both("Aplikasi tidak terjangkau di alamat ini", "No app answers at this address"),
            breaks: both(
                "Peserta tidak dapat membuka aplikasi sama sekali.",
                "Learners cannot open the app at all.",
            ),
            fix: Fix::Do(both(
                "Periksa alamatnya (folder tempat index.html diunggah) dan bahwa seluruh isi dist/ sudah diunggah ke sana.",
                "Check the address (the folder index.html was uploaded to) and that all of dist/ is uploaded there.",
            )),
        },
        Code::RedirectElsewhere => Words {
            title: both("Host mengalihkan aplikasi ke alamat lain", "The host redirects the app elsewhere"),
            breaks: both(
                "Peserta tiba di halaman lain (sering halaman login atau situs lain), bukan di aplikasi; service worker tidak pernah menyimpan pengalihan seperti ini, jadi aplikasi juga tidak tersedia luring.",
                "Learners land on another page (often a login page or another site), not the app; the service worker never stores such a redirect, so the app is not available offline either.",
            ),
            fix: Fix::Do(both(
                "Hapus aturan pengalihan (redirect/rewrite) atau kewajiban login untuk folder {dir}: aplikasi ini berkas statis yang boleh dibuka siapa saja.",
                "Remove the redirect/rewrite rule or the login requirement for the folder {dir}: the app is static files anyone may open.",
            )),
        },
        Code::RedirectDropsQuery => Words {
            title: both(
                "Pengalihan membuang bagian ?… alamat (origin=, lang=)",
                "A redirect drops the address's ?… part (origin=, lang=)",
            ),
            breaks: both(
                "Modul yang ditanam di portal tidak melaporkan kemajuan ke portal (origin= hilang) dan tampil dalam bahasa bawaan (lang= hilang).",
                "Modules embedded in a portal report no progress to it (origin= lost) and show in the default language (lang= lost).",
            ),
            fix: Fix::Config {
                nginx: Line("return 301 {dir}$is_args$args;"),
                apache: Line("RewriteRule ^index\\.html$ {dir} [R=301,L,QSA]"),
                pages: Say(both(
                    "hapus aturan index.html di _redirects (pengalihan bawaan host membawa ?… dengan benar)",
                    "remove the index.html rule from _redirects (the host's own redirect keeps ?… intact)",
                )),
            },
        },
        Code::IndexRedirect => Words {
            title: both("index.html dialihkan ke foldernya", "index.html is redirected to its folder"),
            breaks: both(
                "Aplikasi menanganinya (service worker menyimpan salinan tanpa pengalihan), tetapi setiap tautan ke index.html menambah satu perjalanan bolak-balik di jaringan lambat. Bagikan tautan ke folder ({dir}#/…), bukan ke index.html.",
                "The app copes (the service worker stores an unredirected copy), but every link to index.html costs one more round trip on a slow network. Share links to the folder ({dir}#/…), not to index.html.",
            ),
            fix: Fix::Config {
                nginx: Say(both(
                    "hapus rewrite/return untuk index.html; `index index.html;` sudah cukup",
                    "remove the rewrite/return for index.html; `index index.html;` is enough",
                )),
                apache: Say(both(
                    "hapus RewriteRule untuk index.html; `DirectoryIndex index.html` sudah cukup",
                    "remove the RewriteRule for index.html; `DirectoryIndex index.html` is enough",
                )),
                pages: Say(both(
                    "bawaan Cloudflare Pages dan Netlify (tidak dapat diubah); aplikasi menanganinya",
                    "built into Cloudflare Pages and Netlify (cannot be changed); the app copes",
                )),
            },
        },
        Code::FolderNoIndex => Words {
            title: both("Alamat folder tidak membuka aplikasi", "The folder's address does not open the app"),
            breaks: both(
                "Tautan ke {dir} dan aplikasi yang dipasang di layar utama (start_url ./) membuka halaman galat pada kunjungan pertama.",
                "Links to {dir} and the app installed on the home screen (start_url ./) open an error page on a first visit.",
            ),
            fix: Fix::Config {
                nginx: Line("index index.html;"),
                apache: Line("DirectoryIndex index.html"),
                pages: AUTOMATIC,
            },
        },
        Code::SlashlessBroken => Words {
            title: both(
                "Alamat tanpa garis miring di akhir tidak menuju aplikasi",
                "The address without its trailing slash does not lead to the app",
            ),
            breaks: both(
                "Penanda (bookmark) atau tautan yang ditulis tanpa / di akhir ({bare}) gagal, atau memuat halaman tanpa berkasnya (layar kosong).",
                "A bookmark or link written without the final / ({bare}) fails, or loads the page without its files (a blank screen).",
            ),
            fix: Fix::Config {
                nginx: Line("location = {bare} { return 301 {dir}$is_args$args; }"),
                apache: Line("DirectorySlash On"),
                pages: Line("_redirects:  {bare}  {dir}  301"),
            },
        },
        Code::NotHttps => Words {
            title: both("Aplikasi disajikan lewat http://, bukan https://", "Served over plain http://, not https://"),
            breaks: both(
                "Tanpa HTTPS browser tidak menjalankan service worker: aplikasi tidak bekerja luring, tidak dapat dipasang di layar utama, dan jaringan di tengah jalan dapat mengubah isinya.",
                "Without HTTPS browsers run no service worker: the app does not work offline, cannot be installed on the home screen, and any network on the way can change it.",
            ),
            fix: Fix::Config {
                nginx: Line("server { listen 80; server_name _; return 301 https://$host$request_uri; }"),
                apache: Line(
                    "RewriteEngine On\nRewriteCond %{HTTPS} off\nRewriteRule ^ https://%{HTTP_HOST}%{REQUEST_URI} [R=301,L]",
                ),
                pages: Say(both(
                    "HTTPS otomatis di Cloudflare Pages dan Netlify: bagikan alamat https://",
                    "HTTPS is automatic on Cloudflare Pages and Netlify: share the https:// address",
                )),
            },
        },
        Code::MimeHtml => Words {
            title: both("index.html tidak dikirim sebagai text/html", "index.html is not sent as text/html"),
            breaks: both(
                "Browser mengunduh berkasnya atau menampilkan kodenya, bukan aplikasi.",
                "Browsers download the file or show its code instead of the app.",
            ),
            fix: Fix::Config {
                nginx: Line("include mime.types;"),
                apache: Line("AddType text/html .html"),
                pages: Line("{dir}index.html\n  Content-Type: text/html; charset=utf-8"),
            },
        },
        Code::MimeJs => Words {
            title: both("JavaScript tidak dikirim sebagai JavaScript", "JavaScript is not sent as JavaScript"),
            breaks: both(
                "Browser menolak skrip modul dan sw.js dengan jenis lain: aplikasi tidak mulai, atau tidak pernah bekerja luring.",
                "Browsers refuse module scripts and sw.js of any other type: the app does not start, or never works offline.",
            ),
            fix: Fix::Config {
                nginx: Line(r"location ~* \.js$ { types { } default_type text/javascript; }"),
                apache: Line("AddType text/javascript .js"),
                pages: Line("{dir}*.js\n  Content-Type: text/javascript"),
            },
        },
        Code::MimeWasm => Words {
            title: both("Berkas .wasm tidak dikirim sebagai application/wasm", ".wasm is not sent as application/wasm"),
            breaks: both(
                "Aplikasi tetap jalan (ia mengompilasi dari bita), tetapi lebih lambat: browser tidak dapat mengompilasi sambil mengunduh, dan konsol menampilkan peringatan.",
                "The app still runs (it compiles from the bytes), but slower: browsers cannot compile while downloading, and the console shows a warning.",
            ),
            fix: Fix::Config {
                nginx: Line(r"location ~* \.wasm$ { types { } default_type application/wasm; }"),
                apache: Line("AddType application/wasm .wasm"),
                pages: Line("{dir}*.wasm\n  Content-Type: application/wasm"),
            },
        },
        Code::JsonAsHtml => Words {
            title: both("Berkas .json dikirim sebagai halaman web (text/html)", "A .json file is sent as a web page (text/html)"),
            breaks: both(
                "Aplikasi menganggapnya halaman login jaringan dan menolak materinya: modul tidak terbuka pada kunjungan pertama.",
                "The app takes it for a network's login page and refuses the content: modules do not open on a first visit.",
            ),
            fix: Fix::Config {
                nginx: Line("include mime.types;   # application/json json;"),
                apache: Line("AddType application/json .json"),
                pages: Line("{dir}*.json\n  Content-Type: application/json"),
            },
        },
        Code::MimeJson => Words {
            title: both("Berkas .json tidak dikirim sebagai application/json", ".json is not sent as application/json"),
            breaks: both(
                "Aplikasi tetap jalan; alat lain (proksi, pemeriksa keamanan) dapat salah menanganinya.",
                "The app still runs; other tools (proxies, security scanners) may mishandle it.",
            ),
            fix: Fix::Config {
                nginx: Line("include mime.types;   # application/json json;"),
                apache: Line("AddType application/json .json"),
                pages: Line("{dir}*.json\n  Content-Type: application/json"),
            },
        },
        Code::MimeManifest => Words {
            title: both(
                "manifest.webmanifest tidak dikirim sebagai application/manifest+json",
                "manifest.webmanifest is not sent as application/manifest+json",
            ),
            breaks: both(
                "Sebagian browser tidak menawarkan pemasangan aplikasi di layar utama.",
                "Some browsers do not offer to install the app on the home screen.",
            ),
            fix: Fix::Config {
                nginx: Line(r"location ~* \.webmanifest$ { types { } default_type application/manifest+json; }"),
                apache: Line("AddType application/manifest+json .webmanifest"),
                pages: Line("{dir}manifest.webmanifest\n  Content-Type: application/manifest+json"),
            },
        },
        Code::NoCompression => Words {
            title: both("wasm/JavaScript dikirim tanpa kompresi", "wasm/JavaScript is sent uncompressed"),
            breaks: both(
                "Kunjungan pertama mengunduh kira-kira 3–4 kali lebih banyak data: lambat dan mahal di paket data seluler.",
                "A first visit downloads roughly 3–4 times more data: slow, and costly on a mobile data plan.",
            ),
            fix: Fix::Config {
                nginx: Line("gzip on; gzip_types application/wasm text/javascript application/javascript application/json;"),
                apache: Line("AddOutputFilterByType DEFLATE text/html text/javascript application/javascript application/wasm application/json"),
                pages: AUTOMATIC,
            },
        },
        Code::CacheIndex => Words {
            title: both("index.html boleh disimpan di cache browser", "index.html may be kept in browsers' caches"),
            breaks: both(
                "Setelah Anda mengunggah versi baru, peserta tanpa service worker (kunjungan pertama, browser yang memblokirnya) dapat menerima index.html lama yang meminta berkas yang sudah tidak ada: layar kosong sampai cache itu habis.",
                "After you upload a new version, learners without the service worker (a first visit, a browser that blocks it) may get the old index.html asking for files that are gone: a blank screen until that cache expires.",
            ),
            fix: Fix::Config {
                nginx: NO_CACHE_NGINX,
                apache: NO_CACHE_APACHE,
                pages: HostFix::Line("{dir}\n  Cache-Control: no-cache\n{dir}index.html\n  Cache-Control: no-cache"),
            },
        },
        Code::CacheSw => Words {
            title: both("sw.js boleh disimpan di cache", "sw.js may be kept in a cache"),
            breaks: both(
                "Aplikasi meminta sw.js melewati cache browser (updateViaCache: 'none'), jadi pembaruan tetap tiba; tetapi proksi atau CDN di antaranya dapat menahan sw.js lama sampai cache-nya habis (browser membatasinya 24 jam).",
                "The app asks for sw.js past the browser's cache (updateViaCache: 'none'), so updates still arrive; but a proxy or CDN on the way may hold the old sw.js until its cache expires (browsers cap it at 24 hours).",
            ),
            fix: Fix::Config {
                nginx: NO_CACHE_NGINX,
                apache: NO_CACHE_APACHE,
                pages: NO_CACHE_PAGES,
            },
        },
        Code::CacheHashed => Words {
            title: both(
                "Berkas bernama hash (bimtek-…) tidak disimpan lama",
                "Files named by hash (bimtek-…) are not kept long",
            ),
            breaks: both(
                "Isinya tidak pernah berubah di bawah nama yang sama, tetapi tanpa cache panjang browser bertanya lagi ke server di setiap kunjungan tanpa service worker: lebih lambat di jaringan lambat.",
                "Their content never changes under the same name, but without a long cache browsers ask the server again on every visit without the service worker: slower on a slow network.",
            ),
            fix: Fix::Config {
                nginx: Line(r#"location ~ ^{dir}bimtek-[^/]*\.(js|wasm)$ { add_header Cache-Control "public, max-age=31536000, immutable"; }"#),
                apache: Line(r#"<FilesMatch "^bimtek-.*\.(js|wasm)$"> Header set Cache-Control "public, max-age=31536000, immutable" </FilesMatch>"#),
                pages: Line("{dir}bimtek-*\n  Cache-Control: public, max-age=31536000, immutable"),
            },
        },
        Code::FrameBlocked => Words {
            title: both(
                "Host melarang aplikasi ditanam (iframe) di portal lain",
                "The host forbids embedding the app (iframe) in another portal",
            ),
            breaks: both(
                "Modul yang ditanam pelatih di portal dengan alamat lain (WordPress, Moodle, situs kabupaten) tidak tampil; embed.js hanya dapat menampilkan tautan untuk membukanya di tab baru. Aplikasi sendiri tetap jalan.",
                "Modules a trainer embeds in a portal at another address (WordPress, Moodle, a kabupaten site) do not show; embed.js can only offer a link that opens them in a new tab. The app itself still runs.",
            ),
            fix: Fix::Config {
                nginx: Line(r#"location {dir} { add_header Content-Security-Policy "frame-ancestors 'self' https://portal-anda.go.id"; }"#),
                apache: Line(
                    "Header always unset X-Frame-Options\nHeader always set Content-Security-Policy \"frame-ancestors 'self' https://portal-anda.go.id\"",
                ),
                // A frame-ancestors directive makes browsers ignore X-Frame-Options (CSP3).
                pages: Line("{dir}*\n  Content-Security-Policy: frame-ancestors 'self' https://portal-anda.go.id"),
            },
        },
        Code::CspWasm => Words {
            title: both(
                "CSP host tanpa 'wasm-unsafe-eval': WebAssembly diblokir",
                "The host's CSP lacks 'wasm-unsafe-eval': WebAssembly is blocked",
            ),
            breaks: both(
                "Aplikasi tidak dapat mulai: hanya layar pertama yang tampil, tanpa pelajaran, kuis, atau penyimpanan kemajuan.",
                "The app cannot start: only the first screen shows, with no lessons, quizzes or saved progress.",
            ),
            fix: Fix::Config {
                nginx: Line("location {dir} { add_header X-Content-Type-Options nosniff; }   # tanpa CSP host; aplikasi membawa CSP-nya sendiri"),
                apache: Line("Header always unset Content-Security-Policy"),
                pages: NO_HOST_CSP_PAGES,
            },
        },
        Code::CspScript => Words {
            title: both(
                "CSP host memblokir skrip aplikasi",
                "The host's CSP blocks the app's scripts",
            ),
            breaks: both(
                "Skrip pembuka atau skrip aplikasi tidak dijalankan: aplikasi tidak mulai.",
                "The start-up script or the app's script does not run: the app does not start.",
            ),
            fix: Fix::Config {
                nginx: Line("location {dir} { add_header X-Content-Type-Options nosniff; }   # tanpa CSP host; aplikasi membawa CSP-nya sendiri"),
                apache: Line("Header always unset Content-Security-Policy"),
                pages: NO_HOST_CSP_PAGES,
            },
        },
        Code::CspConnect => Words {
            title: both(
                "CSP host memblokir permintaan aplikasi (connect-src)",
                "The host's CSP blocks the app's requests (connect-src)",
            ),
            breaks: both(
                "Aplikasi tidak dapat mengambil materi (packs.json, berkas modul): modul tidak terbuka.",
                "The app cannot fetch its content (packs.json, module files): modules do not open.",
            ),
            fix: Fix::Config {
                nginx: Line("location {dir} { add_header X-Content-Type-Options nosniff; }   # tanpa CSP host; aplikasi membawa CSP-nya sendiri"),
                apache: Line("Header always unset Content-Security-Policy"),
                pages: NO_HOST_CSP_PAGES,
            },
        },
        Code::CspOther => Words {
            title: both(
                "CSP host memblokir gaya, worker, manifest atau gambar aplikasi",
                "The host's CSP blocks the app's styles, worker, manifest or images",
            ),
            breaks: both(
                "Aplikasi jalan, tetapi tanpa tampilan yang benar, tanpa mode luring, atau tanpa pemasangan di layar utama.",
                "The app runs, but without its proper look, without offline mode, or without installing to the home screen.",
            ),
            fix: Fix::Config {
                nginx: Line("location {dir} { add_header X-Content-Type-Options nosniff; }   # tanpa CSP host; aplikasi membawa CSP-nya sendiri"),
                apache: Line("Header always unset Content-Security-Policy"),
                pages: NO_HOST_CSP_PAGES,
            },
        },
        Code::SwMissing => Words {
            title: both("sw.js tidak ada atau tanpa daftar precache", "sw.js is missing or has no precache list"),
            breaks: both(
                "Tanpa service worker aplikasi tidak bekerja luring dan tidak menerima pembaruan di latar belakang.",
                "Without the service worker the app does not work offline and gets no background updates.",
            ),
            fix: Fix::Do(REUPLOAD),
        },
        Code::PrecacheMissing => Words {
            title: both("Berkas dari daftar precache tidak ada di host", "Files of the precache list are missing on the host"),
            breaks: both(
                "Service worker menolak memasang versi ini: aplikasi tidak bekerja luring dan pembaruan tidak pernah terpasang; halaman yang memerlukan berkas itu gagal dibuka.",
                "The service worker refuses to install this version: the app does not work offline and updates never install; pages that need those files fail to open.",
            ),
            fix: Fix::Do(REUPLOAD),
        },
        Code::PrecacheHash => Words {
            title: both(
                "Berkas di host berbeda dari hash SHA-256-nya (unggahan setengah jadi?)",
                "Files on the host differ from their SHA-256 (a half-finished upload?)",
            ),
            breaks: both(
                "Service worker menolak memasang versi ini (tidak luring, pembaruan tidak terpasang), dan browser dapat memuat berkas yang terpotong: halaman rusak.",
                "The service worker refuses to install this version (no offline, updates never install), and browsers may load the cut-short file: broken pages.",
            ),
            fix: Fix::Do(REUPLOAD),
        },
        Code::PrecacheUnverified => Words {
            title: both(
                "Berkas dikirim terkompresi walau tidak diminta: hash tidak dapat diperiksa",
                "Files are sent compressed although not asked to be: their hash cannot be checked",
            ),
            breaks: both(
                "Tidak ada yang rusak karenanya; pemeriksaan ini saja yang tidak dapat memastikan isinya utuh.",
                "Nothing breaks because of it; only this check cannot confirm the content is whole.",
            ),
            fix: Fix::Do(both(
                "Periksa isi berkasnya dengan cara lain (bandingkan ukuran dengan dist/).",
                "Check the files another way (compare their sizes with dist/).",
            )),
        },
        Code::PacksList => Words {
            title: both("packs.json tidak ada atau tidak terbaca", "packs.json is missing or unreadable"),
            breaks: both(
                "Modul tambahan penyelenggara tidak muncul, dan perubahan daftar modul tidak sampai ke peserta.",
                "Deployers' own modules do not show, and changes to the module list never reach learners.",
            ),
            fix: Fix::Do(both(
                "Unggah packs.json dari dist/ (atau perbaiki JSON-nya: {\"format_version\":1,\"packs\":[\"content/inti/pack.json\", …]}).",
                "Upload packs.json from dist/ (or fix its JSON: {\"format_version\":1,\"packs\":[\"content/inti/pack.json\", …]}).",
            )),
        },
        Code::PackMissing => Words {
            title: both("Paket di packs.json tidak dapat dimuat", "A pack listed in packs.json does not load"),
            breaks: both(
                "Aplikasi menampilkan galat yang menyebut paket itu, dan modul-modulnya tidak tersedia bagi peserta.",
                "The app shows an error naming the pack, and its modules are not available to learners.",
            ),
            fix: Fix::Do(both(
                "Unggah folder paketnya (content/<paket>/) atau hapus barisnya dari packs.json.",
                "Upload the pack's folder (content/<pack>/) or remove its line from packs.json.",
            )),
        },
    }
}

/// The report's fixed words.
pub mod ui {
    use super::{both, Both};

    /// Heading.
    pub const HEADING: Both = both(
        "Pemeriksaan host Bimtek Mandiri",
        "Bimtek Mandiri host check",
    );
    /// Requests made.
    pub const REQUESTS: Both = both("permintaan ke host", "requests to the host");
    /// An error.
    pub const ERROR: Both = both("GALAT", "ERROR");
    /// A warning.
    pub const WARNING: Both = both("PERINGATAN", "WARNING");
    /// What breaks.
    pub const BREAKS: Both = both("Akibatnya", "What breaks");
    /// The fix.
    pub const FIX: Both = both("Perbaikan", "Fix");
    /// Facts left out.
    pub const MORE: Both = both("lainnya", "more");
    /// All fine.
    pub const CLEAN: Both = both(
        "Tidak ada masalah: host ini menyajikan aplikasi dengan benar.",
        "No problems: this host serves the app correctly.",
    );
    /// Warnings only.
    pub const WARNINGS_ONLY: Both = both(
        "Aplikasi berjalan di host ini; peringatan di atas layak diperbaiki.",
        "The app runs on this host; the warnings above are worth fixing.",
    );
    /// Errors.
    pub const BROKEN: Both = both(
        "Aplikasi TIDAK berjalan dengan benar di host ini: perbaiki galat di atas, lalu periksa lagi.",
        "The app does NOT work properly on this host: fix the errors above, then check again.",
    );
    /// Counts line.
    pub const COUNTS: Both = both("galat", "errors");
    /// Counts line.
    pub const WARNINGS: Both = both("peringatan", "warnings");
    /// Area names, in `Area::ALL` order.
    pub const AREAS: [Both; 9] = [
        both("Alamat dan pengalihan (redirect)", "Address and redirects"),
        both("HTTPS", "HTTPS"),
        both("Jenis berkas (MIME)", "File types (MIME)"),
        both("Kompresi", "Compression"),
        both("Cache-Control", "Cache-Control"),
        both(
            "Penanaman di portal (iframe)",
            "Embedding in portals (iframe)",
        ),
        both(
            "Content-Security-Policy host",
            "The host's Content-Security-Policy",
        ),
        both(
            "Service worker dan daftar precache (SHA-256)",
            "Service worker and precache list (SHA-256)",
        ),
        both(
            "packs.json dan paket materi",
            "packs.json and content packs",
        ),
    ];
}
