//! The app's routes, parsed from `location.hash` (docs/design.md contract 1).
//!
//! Every deep link is a hash route (`index.html#/…`), so the built app works from any
//! static server under any sub-path with no rewrite rules. Parsing never fails: anything
//! unknown becomes [`Route::NotFound`], which the UI shows with a way home.

use super::ids::{LessonId, ModuleId};

/// Which screen of an embedded module.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EmbedPart {
    /// `#/embed/<id>`: objectives and lessons.
    Overview,
    /// `#/embed/<id>/pelajaran/<lesson>`.
    Lesson(LessonId),
    /// `#/embed/<id>/glosarium`.
    Glossary,
    /// `#/embed/<id>/kuis`.
    Quiz,
    /// `#/embed/<id>/kuis/hasil`.
    Result,
    /// `#/embed/<id>/kuis/pretest`.
    Pretest,
    /// `#/embed/<id>/rtl`.
    Rtl,
    /// `#/embed/<id>/ulang`: this module's questions to review.
    Review,
}

/// A screen of the app, as addressed by the URL hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Route {
    /// `#/` (or no hash): the home page with the module catalog.
    Home,
    /// `#/tentang`: what the app is and how it keeps data.
    About,
    /// `#/modul/<id>`: a module's objectives and lessons.
    Module(ModuleId),
    /// `#/modul/<id>/pelajaran/<lesson>`: the lesson reader.
    Lesson(ModuleId, LessonId),
    /// `#/modul/<id>/glosarium`: the module's glossary.
    Glossary(ModuleId),
    /// `#/modul/<id>/kuis`: the quiz (start, continue, answer).
    Quiz(ModuleId),
    /// `#/modul/<id>/kuis/hasil`: the result and review of the latest finished attempt.
    QuizResult(ModuleId),
    /// `#/modul/<id>/kuis/pretest`: the module's pre-test (issue 26), before the lessons.
    Pretest(ModuleId),
    /// `#/modul/<id>/rtl`: the learner's *Rencana Tindak Lanjut* for the module (issue 26),
    /// after the post-test, with its 30-day follow-up.
    Rtl(ModuleId),
    /// `#/modul/<id>/gelar`: the module's *Gelar Budaya Kerja* kit (issue 26, item 5): the
    /// rubric, the storyline and the worked example, for KBK groups and their judges. Not a
    /// place in the learner's path, so not a resume point ([`Route::module`]).
    Gelar(ModuleId),
    /// `#/pengaturan`: storage, export, import, reset.
    Settings,
    /// `#/bukti`: the learner's profile and completion record.
    Record,
    /// `#/sematkan`: the trainers' page that makes an embed snippet.
    EmbedGuide,
    /// `#/embed/<id>[/…]`: one module inside a portal's iframe, without the app's chrome.
    Embed(ModuleId, EmbedPart),
    /// `#/periksa-paket`: checks every installed pack in full (for deployers).
    PackCheck,
    /// `#/modul`: the module catalog alone (the learners' "Modul" in the navigation).
    Modules,
    /// `#/ulang`: today's review of the questions answered wrong in a post-test ("Ulang soal
    /// yang salah", issue 29 item 2).
    Review,
    /// `#/cari`: search across the lessons and glossaries (issue 30, finding 10). The words
    /// searched for ride in the hash's query (`#/cari?q=…`), which [`Route::parse`] ignores;
    /// the page reads them.
    Search,
    /// `#/pelatih`: "Untuk pelatih", the one page that leads to the trainers' pages (embed
    /// snippet and SCORM packages, pack check), linked from the footer and About.
    Trainers,
    /// `#/pelatih/rekap`: the class summary from learners' files and LRS exports (issue 27,
    /// item 2), linked from "Untuk pelatih".
    ClassReport,
    /// Anything else; holds the path that was asked for, for the message.
    NotFound(String),
}

impl Route {
    /// Parses a `location.hash` value (with or without the leading `#`).
    #[must_use]
    pub fn parse(hash: &str) -> Self {
        let path = hash.strip_prefix('#').unwrap_or(hash);
        let path = path.strip_prefix('/').unwrap_or(path);
        // A query inside the hash (`#/x?y`) is ignored; trailing slashes don't matter.
        let path = path
            .split('?')
            .next()
            .unwrap_or_default()
            .trim_end_matches('/');
        let not_found = || Self::NotFound(format!("#/{path}"));
        let module = |m: &str| ModuleId::parse(m).ok();
        let segments: Vec<&str> = if path.is_empty() {
            Vec::new()
        } else {
            path.split('/').collect()
        };
        match segments.as_slice() {
            [] => Self::Home,
            ["tentang"] => Self::About,
            ["periksa-paket"] => Self::PackCheck,
            ["pengaturan"] => Self::Settings,
            ["sematkan"] => Self::EmbedGuide,
            ["bukti"] => Self::Record,
            ["modul"] => Self::Modules,
            ["pelatih"] => Self::Trainers,
            ["pelatih", "rekap"] => Self::ClassReport,
            ["cari"] => Self::Search,
            ["ulang"] => Self::Review,
            ["embed", m, rest @ ..] => match (module(m), rest) {
                (Some(m), []) => Self::Embed(m, EmbedPart::Overview),
                (Some(m), ["glosarium"]) => Self::Embed(m, EmbedPart::Glossary),
                (Some(m), ["kuis"]) => Self::Embed(m, EmbedPart::Quiz),
                (Some(m), ["kuis", "hasil"]) => Self::Embed(m, EmbedPart::Result),
                (Some(m), ["kuis", "pretest"]) => Self::Embed(m, EmbedPart::Pretest),
                (Some(m), ["rtl"]) => Self::Embed(m, EmbedPart::Rtl),
                (Some(m), ["ulang"]) => Self::Embed(m, EmbedPart::Review),
                (Some(m), ["pelajaran", l]) => LessonId::parse(l)
                    .map_or_else(|_| not_found(), |l| Self::Embed(m, EmbedPart::Lesson(l))),
                _ => not_found(),
            },
            ["modul", m, "kuis"] => module(m).map_or_else(not_found, Self::Quiz),
            ["modul", m, "kuis", "hasil"] => module(m).map_or_else(not_found, Self::QuizResult),
            ["modul", m, "kuis", "pretest"] => module(m).map_or_else(not_found, Self::Pretest),
            ["modul", m, "rtl"] => module(m).map_or_else(not_found, Self::Rtl),
            ["modul", m, "gelar"] => module(m).map_or_else(not_found, Self::Gelar),
            ["modul", m] => module(m).map_or_else(not_found, Self::Module),
            ["modul", m, "glosarium"] => module(m).map_or_else(not_found, Self::Glossary),
            ["modul", m, "pelajaran", l] => match (module(m), LessonId::parse(l).ok()) {
                (Some(m), Some(l)) => Self::Lesson(m, l),
                _ => not_found(),
            },
            _ => not_found(),
        }
    }

    /// The module this route is inside, if any (for the resume point).
    #[must_use]
    pub fn module(&self) -> Option<&ModuleId> {
        match self {
            Self::Module(m)
            | Self::Lesson(m, _)
            | Self::Quiz(m)
            | Self::QuizResult(m)
            | Self::Pretest(m)
            | Self::Rtl(m)
            | Self::Glossary(m) => Some(m),
            _ => None,
        }
    }

    /// The hash that addresses this route, starting with `#/`.
    #[must_use]
    pub fn to_hash(&self) -> String {
        match self {
            Self::Home => "#/".to_owned(),
            Self::About => "#/tentang".to_owned(),
            Self::PackCheck => "#/periksa-paket".to_owned(),
            Self::Module(m) => format!("#/modul/{m}"),
            Self::Lesson(m, l) => format!("#/modul/{m}/pelajaran/{l}"),
            Self::Glossary(m) => format!("#/modul/{m}/glosarium"),
            Self::Quiz(m) => format!("#/modul/{m}/kuis"),
            Self::QuizResult(m) => format!("#/modul/{m}/kuis/hasil"),
            Self::Pretest(m) => format!("#/modul/{m}/kuis/pretest"),
            Self::Rtl(m) => format!("#/modul/{m}/rtl"),
            Self::Gelar(m) => format!("#/modul/{m}/gelar"),
            Self::Settings => "#/pengaturan".to_owned(),
            Self::EmbedGuide => "#/sematkan".to_owned(),
            Self::Record => "#/bukti".to_owned(),
            Self::Modules => "#/modul".to_owned(),
            Self::Trainers => "#/pelatih".to_owned(),
            Self::ClassReport => "#/pelatih/rekap".to_owned(),
            Self::Search => "#/cari".to_owned(),
            Self::Review => "#/ulang".to_owned(),
            Self::Embed(m, part) => match part {
                EmbedPart::Overview => format!("#/embed/{m}"),
                EmbedPart::Lesson(l) => format!("#/embed/{m}/pelajaran/{l}"),
                EmbedPart::Glossary => format!("#/embed/{m}/glosarium"),
                EmbedPart::Quiz => format!("#/embed/{m}/kuis"),
                EmbedPart::Result => format!("#/embed/{m}/kuis/hasil"),
                EmbedPart::Pretest => format!("#/embed/{m}/kuis/pretest"),
                EmbedPart::Rtl => format!("#/embed/{m}/rtl"),
                EmbedPart::Review => format!("#/embed/{m}/ulang"),
            },
            Self::NotFound(path) => path.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_hash_is_home() {
        for h in ["", "#", "#/", "/", "#//"] {
            assert_eq!(Route::parse(h), Route::Home, "{h:?}");
        }
    }

    #[test]
    fn known_routes_parse_and_round_trip() {
        let m = ModuleId::parse("agen-perubahan").unwrap();
        let l = LessonId::parse("mawas-diri").unwrap();
        for route in [
            Route::Home,
            Route::About,
            Route::PackCheck,
            Route::Module(m.clone()),
            Route::Lesson(m.clone(), l),
            Route::Glossary(m.clone()),
            Route::Quiz(m.clone()),
            Route::QuizResult(m.clone()),
            Route::Pretest(m.clone()),
            Route::Rtl(m.clone()),
            Route::Gelar(m),
            Route::Settings,
            Route::EmbedGuide,
            Route::Record,
            Route::Modules,
            Route::Trainers,
            Route::ClassReport,
            Route::Search,
            Route::Review,
            Route::Embed(
                ModuleId::parse("agen-perubahan").unwrap(),
                EmbedPart::Review,
            ),
            Route::Embed(
                ModuleId::parse("agen-perubahan").unwrap(),
                EmbedPart::Overview,
            ),
            Route::Embed(ModuleId::parse("agen-perubahan").unwrap(), EmbedPart::Quiz),
            Route::Embed(ModuleId::parse("agen-perubahan").unwrap(), EmbedPart::Rtl),
            Route::Embed(
                ModuleId::parse("agen-perubahan").unwrap(),
                EmbedPart::Result,
            ),
            Route::Embed(
                ModuleId::parse("agen-perubahan").unwrap(),
                EmbedPart::Glossary,
            ),
            Route::Embed(
                ModuleId::parse("agen-perubahan").unwrap(),
                EmbedPart::Lesson(LessonId::parse("mawas-diri").unwrap()),
            ),
        ] {
            assert_eq!(Route::parse(&route.to_hash()), route);
        }
        assert_eq!(Route::parse("#/tentang/"), Route::About);
        assert_eq!(Route::parse("#/tentang?x=1"), Route::About);
        assert_eq!(Route::parse("#/cari?q=melayani"), Route::Search);
    }

    #[test]
    fn unknown_is_not_found_with_path() {
        assert_eq!(
            Route::parse("#/tidak-ada/sama-sekali"),
            Route::NotFound("#/tidak-ada/sama-sekali".to_owned())
        );
        assert_eq!(
            Route::parse("#tentangx"),
            Route::NotFound("#/tentangx".to_owned())
        );
        // Ids that break the id rule are not found, not passed on.
        assert!(matches!(Route::parse("#/modul/Agen"), Route::NotFound(_)));
        assert!(matches!(
            Route::parse("#/modul/a/pelajaran/<script>"),
            Route::NotFound(_)
        ));
        assert!(matches!(
            Route::parse("#/modul/a/kuis/x"),
            Route::NotFound(_)
        ));
        // The kit is a module's own page, not an embed part.
        assert!(matches!(
            Route::parse("#/embed/a/gelar"),
            Route::NotFound(_)
        ));
    }

    #[test]
    fn the_gelar_kit_is_not_a_resume_point() {
        let m = ModuleId::parse("budaya-kerja-mutu").unwrap();
        assert_eq!(Route::Gelar(m.clone()).module(), None);
        assert_eq!(Route::Rtl(m.clone()).module(), Some(&m));
    }
}
