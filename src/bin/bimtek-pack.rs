//! `bimtek-pack`: compiles content packs from the authoring format (TOML + Markdown) into the
//! compact JSON the app loads, validating everything on the way.
//!
//! ```text
//! bimtek-pack build <content-dir> <out-dir>   every <content-dir>/<pack>/pack.toml →
//!                                             <out-dir>/content/<pack>/*.json (the modules,
//!                                             pack.json, search.json) + <out-dir>/packs.json
//! bimtek-pack check <pack-dir>...             validate only
//! bimtek-pack first-screen <dist-dir>         writes the static first screen and the inlined
//!                                             pack indexes into <dist-dir>/index.html
//! bimtek-pack mark-checked <dist-dir> [<page>...]
//!                                             validates the packs in <dist-dir> again and lists
//!                                             their fingerprints in <dist-dir>/index.html (and
//!                                             each <page>): the browser checks only other files
//! bimtek-pack names                           prints the names the build scripts share with
//!                                             the app (content/names.rs) as JSON
//! bimtek-pack check-host <URL> [--lang en]    checks a deployed copy's host (redirects, types,
//!                                             compression, caching, HTTPS, frame and CSP
//!                                             headers, packs, precache hashes): docs/deploy.md
//! ```
//! Exit code 1 with one line per problem (file, id, problem) when a pack is broken; for
//! `check-host`, 1 when something on the host breaks the app (warnings alone exit 0).

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use std::fs;
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    use bimtek::content::first_screen::{boot_script, data_block};
    use bimtek::content::model::{PackIndex, PackList, FORMAT_VERSION};
    use bimtek::content::search::SEARCH_FILE;
    use bimtek::content::source::{build_index, compile_pack, CompiledPack};
    use bimtek::content::ContentError;
    use bimtek::views::prerender::home_screen;

    pub fn main() -> ExitCode {
        let args: Vec<String> = std::env::args().skip(1).collect();
        match args.first().map(String::as_str) {
            Some("build") if args.len() == 3 => build(Path::new(&args[1]), Path::new(&args[2])),
            Some("first-screen") if args.len() == 2 => match first_screen(Path::new(&args[1])) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("bimtek-pack first-screen: {e}");
                    ExitCode::FAILURE
                }
            },
            Some("check-host") if args.len() >= 2 => check_host(&args[1..]),
            Some("mark-checked") if args.len() >= 2 => mark_checked(&args[1..]),
            Some("names") if args.len() == 1 => {
                // The names the build scripts share with the app (content/names.rs).
                match serde_json::to_string(&bimtek::content::names::NAMES) {
                    Ok(json) => {
                        println!("{json}");
                        ExitCode::SUCCESS
                    }
                    Err(e) => {
                        eprintln!("bimtek-pack names: {e}");
                        ExitCode::FAILURE
                    }
                }
            }
            Some("check") if args.len() >= 2 => {
                let mut ok = true;
                for dir in &args[1..] {
                    ok &= compile(Path::new(dir)).is_some();
                }
                if ok {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                }
            }
            _ => {
                eprintln!("usage: bimtek-pack build <content-dir> <out-dir> | bimtek-pack check <pack-dir>... | bimtek-pack first-screen <dist-dir> | bimtek-pack mark-checked <dist-dir> [<page>...] | bimtek-pack names | bimtek-pack check-host <URL> [--lang en]");
                ExitCode::from(2)
            }
        }
    }

    /// `check-host <URL> [--lang id|en]`: the report on stdout; exit 1 when the app breaks on
    /// that host, 2 for a bad command line.
    fn check_host(args: &[String]) -> ExitCode {
        use bimtek::hostcheck::{http::Network, record, report, rules, url::Url};
        use bimtek::i18n::Lang;
        let mut url = None;
        let mut lang = Lang::Id;
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            match arg.as_str() {
                "--lang" => {
                    let Some(l) = rest.next().and_then(|c| Lang::parse(c)) else {
                        eprintln!("bimtek-pack check-host: --lang id | --lang en");
                        return ExitCode::from(2);
                    };
                    lang = l;
                }
                _ if url.is_none() => url = Some(arg.as_str()),
                other => {
                    eprintln!("bimtek-pack check-host: {other}?");
                    return ExitCode::from(2);
                }
            }
        }
        let typed = match url.map(Url::parse) {
            Some(Ok(u)) => u,
            Some(Err(e)) => {
                eprintln!("bimtek-pack check-host: {e}");
                return ExitCode::from(2);
            }
            None => {
                eprintln!("usage: bimtek-pack check-host <URL> [--lang en]");
                return ExitCode::from(2);
            }
        };
        let mut network = Network::new(std::time::Duration::from_secs(30));
        let site = record::gather(&typed, &mut network);
        let findings = rules::check(&site);
        print!(
            "{}",
            report::render(&site.folder, &findings, network.requests, lang)
        );
        if report::breaks_app(&findings) {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }

    /// `mark-checked <dist> [<page>...]`: `content::checked::mark` over the files in `<dist>`,
    /// its meta written into `<dist>/index.html` and each further page.
    fn mark_checked(args: &[String]) -> ExitCode {
        use bimtek::content::checked::{insert_meta, mark};
        let dist = Path::new(&args[0]);
        let content = match mark(|rel| fs::read_to_string(dist.join(rel)).ok()) {
            Ok(c) => c,
            Err(errors) => {
                report(dist, &errors);
                return ExitCode::FAILURE;
            }
        };
        let pages =
            std::iter::once(dist.join("index.html")).chain(args[1..].iter().map(PathBuf::from));
        for page in pages {
            let written = fs::read_to_string(&page)
                .map_err(|e| e.to_string())
                .and_then(|html| insert_meta(&html, &content))
                .and_then(|html| fs::write(&page, html).map_err(|e| e.to_string()));
            if let Err(e) = written {
                eprintln!("bimtek-pack mark-checked: {}: {e}", page.display());
                return ExitCode::FAILURE;
            }
        }
        println!(
            "bimtek-pack: {} checked content files listed in {}",
            content.split(' ').count(),
            dist.join("index.html").display()
        );
        ExitCode::SUCCESS
    }

    fn compile(dir: &Path) -> Option<CompiledPack> {
        let read = |rel: &str| fs::read_to_string(dir.join(rel)).ok();
        match compile_pack(&read) {
            Ok(pack) => Some(pack),
            Err(errors) => {
                report(dir, &errors);
                None
            }
        }
    }

    fn report(dir: &Path, errors: &[ContentError]) {
        eprintln!(
            "Paket {} tidak sah ({} masalah):",
            dir.display(),
            errors.len()
        );
        for e in errors {
            eprintln!("  {}: {e}", dir.display());
        }
    }

    fn pack_dirs(content: &Path) -> std::io::Result<Vec<PathBuf>> {
        let mut dirs: Vec<PathBuf> = fs::read_dir(content)?
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.join("pack.toml").is_file())
            .collect();
        dirs.sort();
        Ok(dirs)
    }

    fn write_json<T: serde::Serialize>(path: &Path, value: &T) -> Result<(), String> {
        let json = serde_json::to_string(value).map_err(|e| e.to_string())?;
        fs::write(path, json).map_err(|e| format!("{}: {e}", path.display()))
    }

    fn build(content: &Path, out: &Path) -> ExitCode {
        let dirs = match pack_dirs(content) {
            Ok(d) => d,
            Err(e) => {
                eprintln!("{}: {e}", content.display());
                return ExitCode::FAILURE;
            }
        };
        let mut list = PackList {
            format_version: FORMAT_VERSION,
            packs: Vec::new(),
        };
        let mut ok = true;
        for dir in dirs {
            let Some(pack) = compile(&dir) else {
                ok = false;
                continue;
            };
            let pack_out = out.join("content").join(pack.index.id.as_str());
            let result = fs::create_dir_all(&pack_out)
                .map_err(|e| e.to_string())
                .and_then(|()| write_json(&pack_out.join("pack.json"), &pack.index))
                .and_then(|()| {
                    pack.bodies
                        .iter()
                        .try_for_each(|(file, body)| write_json(&pack_out.join(file), body))
                })
                // The search index, next to pack.json (content/search.rs).
                .and_then(|()| {
                    let index = build_index(pack.bodies.iter().map(|(_, b)| b));
                    write_json(&pack_out.join(SEARCH_FILE), &index)
                });
            if let Err(e) = result {
                eprintln!("{e}");
                ok = false;
                continue;
            }
            list.packs
                .push(format!("content/{}/pack.json", pack.index.id));
            println!(
                "bimtek-pack: {} → {} ({} modul)",
                dir.display(),
                pack_out.display(),
                pack.index.modules.len()
            );
        }
        if let Err(e) = write_json(&out.join("packs.json"), &list) {
            eprintln!("{e}");
            ok = false;
        }
        if ok {
            ExitCode::SUCCESS
        } else {
            ExitCode::FAILURE
        }
    }

    /// Writes the static first screen, the start-up script and the inlined pack files into
    /// `<dist>/index.html` (see `views::prerender` and `content::first_screen`). Reads only
    /// what the build wrote.
    fn first_screen(dist: &Path) -> Result<(), String> {
        let read = |rel: &str| {
            fs::read_to_string(dist.join(rel))
                .map_err(|e| format!("{}: {e}", dist.join(rel).display()))
        };
        let list_text = read("packs.json")?;
        let list: PackList =
            serde_json::from_str(&list_text).map_err(|e| format!("packs.json: {e}"))?;
        let mut files = vec![("packs.json".to_owned(), list_text)];
        let mut packs = Vec::new();
        for path in &list.packs {
            let text = read(path)?;
            let index: PackIndex =
                serde_json::from_str(&text).map_err(|e| format!("{path}: {e}"))?;
            packs.push(index);
            files.push((path.clone(), text));
        }
        let file = dist.join("index.html");
        let html = fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        if html.contains(bimtek::content::catalog::INLINE_PACKS_ID) {
            return Err(format!(
                "{}: already has a first screen (processed twice?)",
                file.display()
            ));
        }
        let head_end = html.find("</head>").ok_or("index.html has no </head>")?;
        let body_start = html[head_end..]
            .find("<body")
            .and_then(|i| html[head_end + i..].find('>').map(|j| head_end + i + j + 1))
            .ok_or("index.html has no <body>")?;
        let lang = bimtek::i18n::Lang::Id;
        let out = format!(
            "{}{}{}{}{}{}",
            &html[..head_end],
            data_block(&files),
            boot_script(),
            &html[head_end..body_start],
            home_screen(lang, &packs),
            &html[body_start..]
        );
        fs::write(&file, out).map_err(|e| format!("{}: {e}", file.display()))?;
        println!(
            "bimtek-pack: first screen with {} modules written into {}",
            packs.iter().map(|p| p.modules.len()).sum::<usize>(),
            file.display()
        );
        Ok(())
    }
}
