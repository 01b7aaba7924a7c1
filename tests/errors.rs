//! Every variant of every error a learner, trainer or deployer can read, rendered in both
//! languages from the one table (`src/i18n.rs`): not empty, no `{}` left unfilled, the
//! Indonesian text is the `Display` text, and the English text is not the Indonesian one.
//!
//! Each list below is guarded by a `match` without a wildcard: a new variant does not compile
//! until it is added here, so no error can reach a learner untranslated.
#![allow(
    clippy::unwrap_used,
    reason = "test helpers: a failing unwrap is a failing test"
)]

use bimtek::content::catalog::FetchError;
use bimtek::content::scorm_list::ScormListError;
use bimtek::domain::embed::origin::OriginError;
use bimtek::domain::journal::JournalError;
use bimtek::domain::laporan::LaporanError;
use bimtek::domain::lrs::target::{ActorError, EndpointError, LaunchError};
use bimtek::domain::progress::ResumeError;
use bimtek::domain::record::{ProfileError, RecordError};
use bimtek::domain::rekap::lrs::LrsError;
use bimtek::domain::rekap::FileError;
use bimtek::domain::review::ReviewError;
use bimtek::domain::rtl::{RtlError, RtlField};
use bimtek::domain::scorm::{Edition, ErrorCode, LmsCall, ScormError, SuspendError};
use bimtek::domain::transfer::{ImportError, Inconsistency};
use bimtek::domain::worksheet::WorksheetError;
use bimtek::i18n::Lang;
use bimtek::storage::StorageError;

/// Checks one error's two texts; `what` names it in a failure.
fn check(what: &str, display: &str, id: &str, en: &str) {
    for (lang, text) in [("id", id), ("en", en)] {
        assert!(!text.trim().is_empty(), "{what}: empty {lang} text");
        assert!(
            !text.contains("{}"),
            "{what}: unfilled placeholder in {lang}: {text}"
        );
    }
    assert_eq!(display, id, "{what}: Display is not the Indonesian text");
    assert_ne!(id, en, "{what}: the English text is the Indonesian one");
}

macro_rules! check_all {
    ($list:expr) => {
        for e in $list {
            check(
                &format!("{e:?}"),
                &e.to_string(),
                &e.message(Lang::Id).to_string(),
                &e.message(Lang::En).to_string(),
            );
        }
    };
}

fn origins() -> Vec<OriginError> {
    use OriginError as O;
    let all = vec![
        O::Malformed,
        O::Scheme,
        O::NotASite,
        O::UserInfo,
        O::Path,
        O::Port,
        O::Host,
        O::Ipv4Form,
        O::Ipv6,
    ];
    for e in &all {
        match e {
            O::Malformed
            | O::Scheme
            | O::NotASite
            | O::UserInfo
            | O::Path
            | O::Port
            | O::Host
            | O::Ipv4Form
            | O::Ipv6 => {}
        }
    }
    all
}

fn worksheets() -> Vec<WorksheetError> {
    use WorksheetError as W;
    let all = vec![
        W::TooLong {
            field: "nama kelompok",
            max: 80,
        },
        W::TooManyRows {
            what: "anggota",
            max: 12,
        },
        W::BadNumber("delapan".into()),
        W::CountTooLarge,
        W::BadDate,
    ];
    for e in &all {
        match e {
            W::TooLong { .. }
            | W::TooManyRows { .. }
            | W::BadNumber(_)
            | W::CountTooLarge
            | W::BadDate => {}
        }
    }
    all
}

fn rtls() -> Vec<RtlError> {
    use RtlError as R;
    let mut all: Vec<RtlError> = RtlField::ALL
        .into_iter()
        .map(|field| R::TooLong { field, max: 500 })
        .collect();
    all.extend([
        R::Missing(RtlField::Perubahan),
        R::BadDeadline,
        R::BadNote { max: 200 },
        R::BadTime,
    ]);
    for e in &all {
        match e {
            R::Missing(_) | R::TooLong { .. } | R::BadDeadline | R::BadNote { .. } | R::BadTime => {
            }
        }
    }
    all
}

fn journals() -> Vec<JournalError> {
    use JournalError as J;
    let all = vec![J::TooLong { max: 1000 }, J::BadTime];
    for e in &all {
        match e {
            J::TooLong { .. } | J::BadTime => {}
        }
    }
    all
}

fn reviews() -> Vec<ReviewError> {
    use ReviewError as R;
    let all = vec![R::NoSuchBox(7), R::BadFingerprint, R::BadTime];
    for e in &all {
        match e {
            R::NoSuchBox(_) | R::BadFingerprint | R::BadTime => {}
        }
    }
    all
}

fn resumes() -> Vec<ResumeError> {
    use ResumeError as R;
    let all = vec![
        R::TooLong(900),
        R::NotAppRoute("javascript:x".into()),
        R::UnknownRoute("#/x".into()),
        R::NotModulePage("#/".into()),
        R::ModuleMismatch("#/modul/a".into(), "b".into()),
        R::BadTime,
    ];
    for e in &all {
        match e {
            R::TooLong(_)
            | R::NotAppRoute(_)
            | R::UnknownRoute(_)
            | R::NotModulePage(_)
            | R::ModuleMismatch(..)
            | R::BadTime => {}
        }
    }
    all
}

#[test]
fn import_errors_and_what_contradicts() {
    use Inconsistency as I;
    let inconsistencies = vec![
        I::LessonTwice("m/l".into()),
        I::LessonImpossible("m/l".into()),
        I::AttemptId("a".into()),
        I::AttemptImpossible("a".into()),
        I::AnswerWithoutAttempt("a".into()),
        I::AnswerOutsideAttempt("q".into(), "a".into()),
        I::AnswerTwice("q".into(), "a".into()),
        I::WorksheetTwice("kbk".into()),
        I::Worksheet("kbk".into(), WorksheetError::BadDate),
        I::Pretest("agen-perubahan".into()),
        I::RtlTwice("agen-perubahan".into()),
        I::Rtl("agen-perubahan".into(), RtlError::BadDeadline),
        I::JournalTwice("agen-perubahan/mawas-diri".into()),
        I::Journal(
            "agen-perubahan/mawas-diri".into(),
            JournalError::TooLong { max: 1000 },
        ),
        I::ReviewTwice("agen-perubahan/ap-01".into()),
        I::Review("agen-perubahan/ap-01".into(), ReviewError::NoSuchBox(5)),
    ];
    for e in &inconsistencies {
        match e {
            I::LessonTwice(_)
            | I::LessonImpossible(_)
            | I::AttemptId(_)
            | I::AttemptImpossible(_)
            | I::AnswerWithoutAttempt(_)
            | I::AnswerOutsideAttempt(..)
            | I::AnswerTwice(..)
            | I::WorksheetTwice(_)
            | I::Worksheet(..)
            | I::Pretest(_)
            | I::RtlTwice(_)
            | I::Rtl(..)
            | I::JournalTwice(_)
            | I::Journal(..)
            | I::ReviewTwice(_)
            | I::Review(..) => {}
        }
    }
    let mut all = vec![
        ImportError::TooLarge(6000),
        ImportError::NotJson("EOF".into()),
        ImportError::Foreign,
        ImportError::NewerVersion(9),
        ImportError::BadShape("missing field".into()),
        ImportError::UnknownVersion(0),
        ImportError::NoVersion,
    ];
    all.extend(resumes().into_iter().map(ImportError::BadResume));
    all.extend(inconsistencies.into_iter().map(ImportError::Inconsistent));
    for e in &all {
        match e {
            ImportError::TooLarge(_)
            | ImportError::NotJson(_)
            | ImportError::Foreign
            | ImportError::NewerVersion(_)
            | ImportError::BadShape(_)
            | ImportError::UnknownVersion(_)
            | ImportError::NoVersion
            | ImportError::BadResume(_)
            | ImportError::Inconsistent(_) => {}
        }
    }
    check_all!(&all);
    check_all!(&worksheets());
    check_all!(&resumes());
    check_all!(&rtls());
    check_all!(&journals());
    check_all!(&reviews());
}

#[test]
fn storage_errors_with_their_advice() {
    use StorageError as S;
    let all = vec![
        S::Unavailable("SecurityError".into()),
        S::QuotaExceeded,
        S::NewerSchema,
        S::VersionChanged,
        S::Corrupt("invalid type".into()),
        S::ForeignDatabase,
        S::AnswerMissing,
        S::QueueClosed,
        S::Failed("AbortError: aborted".into()),
        S::ReaderUnavailable,
    ];
    for e in &all {
        match e {
            S::Unavailable(_)
            | S::QuotaExceeded
            | S::NewerSchema
            | S::VersionChanged
            | S::Corrupt(_)
            | S::ForeignDatabase
            | S::AnswerMissing
            | S::QueueClosed
            | S::Failed(_)
            | S::ReaderUnavailable => {}
        }
    }
    check_all!(&all);
    let space = S::QuotaExceeded.advice(Lang::Id);
    for e in &all {
        check(
            &format!("advice for {e:?}"),
            e.advice(Lang::Id),
            e.advice(Lang::Id),
            e.advice(Lang::En),
        );
        // Only a full device is told to free space.
        assert_eq!(
            e.advice(Lang::Id) == space,
            matches!(e, S::QuotaExceeded),
            "{e:?}"
        );
    }
}

#[test]
fn lms_errors() {
    let mut scorm = vec![ScormError::NoApi];
    for edition in [Edition::Scorm12, Edition::Scorm2004] {
        for call in [
            LmsCall::Initialize,
            LmsCall::GetValue,
            LmsCall::SetValue,
            LmsCall::Commit,
            LmsCall::Finish,
            LmsCall::LastError,
        ] {
            scorm.push(ScormError::Threw {
                edition,
                call,
                detail: "TypeError".into(),
            });
            for code in [101, 201, 202, 203, 301, 401, 402, 403, 404, 405, 999] {
                let code = ErrorCode::parse_in(edition, &code.to_string()).unwrap();
                scorm.push(ScormError::Refused {
                    edition,
                    call,
                    code,
                });
            }
        }
    }
    let suspend = vec![
        SuspendError::Version("9".into()),
        SuspendError::ContentChanged,
        SuspendError::Malformed,
        SuspendError::TooLong(5000),
        SuspendError::Unencodable,
    ];
    for e in &suspend {
        match e {
            SuspendError::Version(_)
            | SuspendError::ContentChanged
            | SuspendError::Malformed
            | SuspendError::TooLong(_)
            | SuspendError::Unencodable => {}
        }
    }
    scorm.extend(suspend.iter().cloned().map(ScormError::Suspend));
    for e in &scorm {
        match e {
            ScormError::NoApi
            | ScormError::Refused { .. }
            | ScormError::Threw { .. }
            | ScormError::Suspend(_) => {}
        }
    }
    check_all!(&scorm);
    check_all!(&suspend);
}

#[test]
fn lrs_errors() {
    let actors = vec![
        ActorError::NotJson,
        ActorError::NotAnAgent,
        ActorError::Identifier,
        ActorError::BadValue,
    ];
    for e in &actors {
        match e {
            ActorError::NotJson
            | ActorError::NotAnAgent
            | ActorError::Identifier
            | ActorError::BadValue => {}
        }
    }
    let mut endpoints = vec![
        EndpointError::Malformed,
        EndpointError::QueryOrFragment,
        EndpointError::Path,
    ];
    endpoints.extend(origins().into_iter().map(EndpointError::Origin));
    for e in &endpoints {
        match e {
            EndpointError::Malformed
            | EndpointError::Origin(_)
            | EndpointError::QueryOrFragment
            | EndpointError::Path => {}
        }
    }
    let mut launches = vec![
        LaunchError::MissingEndpoint,
        LaunchError::Duplicate("endpoint"),
        LaunchError::MixedContent,
        LaunchError::Auth,
        LaunchError::Registration,
        LaunchError::ActivityId,
        LaunchError::Config("EOF".into()),
        LaunchError::ConfigVersion,
    ];
    launches.extend(endpoints.iter().cloned().map(LaunchError::Endpoint));
    launches.extend(actors.iter().cloned().map(LaunchError::Actor));
    for e in &launches {
        match e {
            LaunchError::MissingEndpoint
            | LaunchError::Duplicate(_)
            | LaunchError::Endpoint(_)
            | LaunchError::MixedContent
            | LaunchError::Auth
            | LaunchError::Actor(_)
            | LaunchError::Registration
            | LaunchError::ActivityId
            | LaunchError::Config(_)
            | LaunchError::ConfigVersion => {}
        }
    }
    check_all!(&launches);
    check_all!(&endpoints);
    check_all!(&actors);
    check_all!(&origins());
}

#[test]
fn trainers_class_summary_file_errors() {
    let laporan = vec![
        LaporanError::TooLarge(2048),
        LaporanError::NotJson("EOF".into()),
        LaporanError::ProgressFile,
        LaporanError::Foreign,
        LaporanError::Newer(2),
        LaporanError::UnknownVersion(0),
        LaporanError::NoVersion,
        LaporanError::BadShape("status".into()),
        LaporanError::Learner(ProfileError::BadNip),
        LaporanError::Impossible("agen-perubahan".into()),
        LaporanError::Rtl("agen-perubahan".into(), RtlError::BadDeadline),
        LaporanError::Worksheet(WorksheetError::CountTooLarge),
    ];
    for e in &laporan {
        match e {
            LaporanError::TooLarge(_)
            | LaporanError::NotJson(_)
            | LaporanError::ProgressFile
            | LaporanError::Foreign
            | LaporanError::Newer(_)
            | LaporanError::UnknownVersion(_)
            | LaporanError::NoVersion
            | LaporanError::BadShape(_)
            | LaporanError::Learner(_)
            | LaporanError::Impossible(_)
            | LaporanError::Rtl(..)
            | LaporanError::Worksheet(_) => {}
        }
    }
    check_all!(&laporan);
    let lrs = vec![
        LrsError::TooLarge(40_000),
        LrsError::BadStatement(3),
        LrsError::Nothing,
    ];
    for e in &lrs {
        match e {
            LrsError::TooLarge(_) | LrsError::BadStatement(_) | LrsError::Nothing => {}
        }
    }
    check_all!(&lrs);
    let files = vec![
        FileError::Laporan(LaporanError::Foreign),
        FileError::Lrs(LrsError::Nothing),
        FileError::Empty,
        FileError::Unreadable,
        FileError::TooLarge(40_000),
    ];
    for e in &files {
        match e {
            FileError::Laporan(_)
            | FileError::Lrs(_)
            | FileError::Empty
            | FileError::Unreadable
            | FileError::TooLarge(_) => {}
        }
    }
    check_all!(&files);
}

#[test]
fn content_record_and_profile_errors() {
    let fetch = vec![
        FetchError::Unreachable,
        FetchError::TimedOut(20),
        FetchError::TooLarge(2048),
        FetchError::Status(404, "Not Found".into()),
        FetchError::Unreadable,
        FetchError::WebPage,
    ];
    for e in &fetch {
        match e {
            FetchError::Unreachable
            | FetchError::TimedOut(_)
            | FetchError::TooLarge(_)
            | FetchError::Status(..)
            | FetchError::Unreadable
            | FetchError::WebPage => {}
        }
    }
    check_all!(&fetch);
    let lists = vec![
        ScormListError::Unreadable("EOF".into()),
        ScormListError::Format("lain".into(), 2),
    ];
    for e in &lists {
        match e {
            ScormListError::Unreadable(_) | ScormListError::Format(..) => {}
        }
    }
    check_all!(&lists);
    let profiles = vec![
        ProfileError::NoName,
        ProfileError::TooLong,
        ProfileError::BadNip,
    ];
    for e in &profiles {
        match e {
            ProfileError::NoName | ProfileError::TooLong | ProfileError::BadNip => {}
        }
    }
    check_all!(&profiles);
    let records = vec![RecordError::NothingPassed];
    for e in &records {
        match e {
            RecordError::NothingPassed => {}
        }
    }
    check_all!(&records);
}

/// The checker itself refuses what it must: an untranslated, an empty and an unfilled text.
#[test]
#[should_panic(expected = "the English text is the Indonesian one")]
fn the_check_refuses_an_untranslated_text() {
    check("x", "sama", "sama", "sama");
}

#[test]
#[should_panic(expected = "unfilled placeholder")]
fn the_check_refuses_an_unfilled_placeholder() {
    check("x", "a {}", "a {}", "b {}");
}

#[test]
#[should_panic(expected = "empty en text")]
fn the_check_refuses_an_empty_text() {
    check("x", "a", "a", " ");
}

/// A validator's findings stay in the authoring language; "and N more" follows the reader's.
#[test]
fn findings_count_the_rest_in_the_readers_language() {
    use bimtek::content::catalog::{Findings, ProblemDetail};
    let f = Findings {
        first: "m/quiz.toml: soal tanpa kunci".into(),
        more: 2,
    };
    assert!(f.message(Lang::Id).ends_with("(dan 2 masalah lain)"));
    assert!(f.message(Lang::En).ends_with("(and 2 more problems)"));
    let one = Findings { more: 0, ..f };
    assert_eq!(one.message(Lang::En), "m/quiz.toml: soal tanpa kunci");
    let en = ProblemDetail::Invalid(one).message(Lang::En);
    assert!(en.starts_with("the file does not pass the checks"), "{en}");
}

/// Every pack problem the catalog or a module page shows, in both languages.
#[test]
fn every_pack_problem_is_said_in_both_languages() {
    use bimtek::content::catalog::{Findings, ProblemDetail};
    let all = vec![
        ProblemDetail::Fetch(FetchError::Unreachable),
        ProblemDetail::Invalid(Findings {
            first: "m/quiz.toml: soal tanpa kunci".into(),
            more: 0,
        }),
        ProblemDetail::Unchecked,
        ProblemDetail::DuplicateModule {
            module: "m".into(),
            other_pack: "content/a/pack.json".into(),
        },
    ];
    for d in &all {
        match d {
            ProblemDetail::Fetch(_)
            | ProblemDetail::Invalid(_)
            | ProblemDetail::Unchecked
            | ProblemDetail::DuplicateModule { .. } => {}
        }
        let (id, en) = (d.message(Lang::Id), d.message(Lang::En));
        assert!(!id.trim().is_empty() && !en.trim().is_empty(), "{d:?}");
        assert_ne!(id, en, "{d:?}: the English text is the Indonesian one");
    }
}
