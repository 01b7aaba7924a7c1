//! Every UI string, in Indonesian (default) and English.
//!
//! Invariant: views take their words from here, never from string literals. The table is a
//! macro so that a key without both translations does not compile; `tests` also checks that
//! no text is empty. Course content is not here: it comes from content packs.
//!
//! Longer than our ~350-line guide on purpose: it is one table, and one table is what makes a
//! missing translation a compile error.

/// `Display` (the Indonesian text) and `std::error::Error` for an error type from its
/// `message(lang)`: one text per language, never a second Indonesian copy in an `#[error]`
/// attribute that can drift from the table (issue 28). Errors reach people through
/// `message(lang)`; `Display` is for logs and for code that has no language at hand.
macro_rules! learner_error {
    ($t:ty) => {
        impl ::std::fmt::Display for $t {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                write!(f, "{}", self.message($crate::i18n::Lang::Id))
            }
        }
        impl ::std::error::Error for $t {}
    };
}
pub(crate) use learner_error;

/// The `localStorage` key under which the learner's choice of language is kept (read by the
/// app, and by the first screen's start-up script before the app runs).
pub const LANG_STORAGE_KEY: &str = "bimtek-lang";

/// A table of words that only one wasm chunk refers to (`diagram`, `listen`, `search`): both
/// languages travel in that chunk, not in the main module. A word without both languages does
/// not compile; each table's test checks none is empty and the placeholders match.
macro_rules! chunk_words {
    ($what:literal; $($(#[$doc:meta])* $key:ident => $id:expr, $en:expr;)*) => {
        #[doc = concat!("A word ", $what, ". See [`Word::text`].")]
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Word {
            $($(#[$doc])* $key,)*
        }

        impl Word {
            /// Every word, for tests.
            pub const ALL: &'static [Word] = &[$(Word::$key,)*];

            /// This word in `lang`.
            #[must_use]
            pub fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                const ID: &[&str] = &[$($id,)*];
                const EN: &[&str] = &[$($en,)*];
                let table = match lang {
                    $crate::i18n::Lang::Id => ID,
                    $crate::i18n::Lang::En => EN,
                };
                table.get(self as usize).copied().unwrap_or("")
            }

            /// This word in `lang` with its `{}` filled in order.
            #[must_use]
            #[allow(dead_code, reason = "not every table has words with placeholders")]
            pub fn with(self, lang: $crate::i18n::Lang, args: &[&dyn ::std::fmt::Display]) -> String {
                $crate::i18n::fill(self.text(lang), args)
            }
        }

        #[cfg(test)]
        #[test]
        fn every_word_has_both_languages_and_the_same_placeholders() {
            for word in Word::ALL {
                let (id, en) = (
                    word.text($crate::i18n::Lang::Id),
                    word.text($crate::i18n::Lang::En),
                );
                assert!(!id.trim().is_empty() && !en.trim().is_empty(), "{word:?}");
                assert_eq!(id.matches("{}").count(), en.matches("{}").count(), "{word:?}");
            }
        }
    };
}
pub(crate) use chunk_words;

pub mod diagram;
pub mod gelar;
pub mod laporan;
pub mod learner;
pub mod listen;
pub mod plan;
pub mod quiz;
pub mod record;
pub mod rekap;
pub mod review;
pub mod scorm;
pub mod search;
pub mod settings;
pub mod trainers;

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    /// Bahasa Indonesia, the default.
    #[default]
    Id,
    /// English.
    En,
}

impl Lang {
    /// Parses a language code as used in `?lang=` (`id` or `en`).
    #[must_use]
    pub fn parse(code: &str) -> Option<Self> {
        match code.trim().to_ascii_lowercase().as_str() {
            "id" => Some(Self::Id),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// The BCP 47 code for `<html lang>` and `?lang=`.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Self::Id => "id",
            Self::En => "en",
        }
    }
}

macro_rules! texts {
    ($($(#[$doc:meta])* $key:ident => $id:expr, $en:expr;)*) => {
        /// A UI string's key. See [`Key::text`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Key {
            $($(#[$doc])* $key,)*
        }

        impl Key {
            /// Every key, for tests and tools.
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];

            /// The text of this key in `lang`. English in a split build is a wasm chunk
            /// (`ui/lazy.rs`, loaded before the app mounts in English): until it is in, the
            /// Indonesian text stands in.
            #[must_use]
            pub fn text(self, lang: Lang) -> &'static str {
                // A table indexed by the key, not a `match`: one `match` arm per key compiled
                // to about 12 KB of wasm code; the table is data, and brotli packs it.
                const ID: &[&str] = &[$($id,)*];
                let table = match lang {
                    Lang::Id => ID,
                    Lang::En => english().unwrap_or(ID),
                };
                table.get(self as usize).copied().unwrap_or("")
            }
        }

        /// The English table, indexed by [`Key`]. In a split build only the English chunk
        /// refers to it, so its text travels in that chunk, not in the main module.
        pub static ENGLISH: &[&str] = &[$($en,)*];
    };
}

#[cfg(feature = "split")]
thread_local! {
    static LOADED_ENGLISH: std::cell::Cell<Option<&'static [&'static str]>> =
        const { std::cell::Cell::new(None) };
}

/// The English table, once its chunk has handed it over.
#[cfg(feature = "split")]
fn english() -> Option<&'static [&'static str]> {
    LOADED_ENGLISH.get()
}

/// The English table (a build without `split` links it in).
#[cfg(not(feature = "split"))]
#[allow(
    clippy::unnecessary_wraps,
    reason = "one signature with the split build's, where English may not be in yet"
)]
const fn english() -> Option<&'static [&'static str]> {
    Some(ENGLISH)
}

/// Installs the English table the English chunk hands over (`ui/lazy.rs`).
#[cfg(feature = "split")]
pub fn set_english(table: &'static [&'static str]) {
    LOADED_ENGLISH.set(Some(table));
}

texts! {
    AppName => "Bimtek Mandiri", "Bimtek Mandiri";
    AppTagline => "Bimbingan teknis mandiri untuk ASN", "Self-paced technical training for civil servants";
    SkipToContent => "Langsung ke isi", "Skip to content";
    NavHome => "Beranda", "Home";
    NavAbout => "Tentang", "About";
    NavMain => "Navigasi utama", "Main navigation";
    HomeTitle => "Belajar mandiri, kapan saja", "Learn at your own pace, any time";
    HomeLead => "Materi singkat tentang pola pikir melayani, agen perubahan, pemerintahan yang bersih dan baik, serta budaya kerja. Dibaca di ponsel, tetap jalan tanpa sinyal.",
        "Short lessons on a service mindset, agents of change, clean and good governance, and work culture. Made for phones, working without signal.";
    HowTitle => "Cara belajar", "How it works";
    HowRead => "Baca pelajaran singkat (3–7 menit) dan studi kasusnya.", "Read short lessons (3–7 minutes) and their case studies.";
    HowQuiz => "Kerjakan kuis; setiap jawaban diberi penjelasan.", "Take the quiz; every answer is explained.";
    HowKeep => "Kemajuan tersimpan di perangkat ini, bukan di server.", "Your progress stays on this device, not on a server.";
    CatalogTitle => "Modul", "Modules";
    CatalogPending => "Daftar modul sedang disiapkan.", "The module list is being prepared.";
    AboutTitle => "Tentang Bimtek Mandiri", "About Bimtek Mandiri";
    AboutBody => "Bimtek Mandiri adalah kursus belajar mandiri untuk Aparatur Sipil Negara, dalam kerangka Grand Design Reformasi Birokrasi 2010–2025 (Perpres Nomor 81 Tahun 2010).",
        "Bimtek Mandiri is a self-study course for Indonesian civil servants (ASN), framed by the Grand Design of Bureaucratic Reform 2010–2025 (Presidential Regulation No. 81 of 2010).";
    AboutPrivacy => "Nama, NIP dan kemajuan belajar Anda hanya disimpan di peramban perangkat ini dan tidak dikirim ke mana pun.",
        "Your name, NIP and learning progress are kept only in this device's browser and are never sent anywhere.";
    NotFoundTitle => "Halaman tidak ditemukan", "Page not found";
    NotFoundBody => "Alamat ini tidak ada di Bimtek Mandiri:", "This address does not exist in Bimtek Mandiri:";
    BackHome => "Kembali ke beranda", "Back to home";
    StorageForeign => "Penyimpanan peramban di alamat ini sudah dipakai data lain dengan nama yang sama (mungkin aplikasi lain dipasang di alamat yang sama). Anda tetap bisa belajar, tetapi kemajuan TIDAK akan disimpan setelah halaman ditutup; ekspor kemajuan dari Pengaturan sebelum menutupnya, dan beri tahu pengelola situs.",
        "This address's browser storage already holds other data under the same name (perhaps another app installed at the same address). You can still learn, but progress will NOT be kept once the page is closed; export it from Settings before closing, and tell the site's administrator.";
    StorageNoLearner => "Tautan dari LMS menyebut peserta yang tidak dapat dibaca, jadi kemajuan yang tersimpan di peramban ini tidak ditampilkan, dan yang Anda kerjakan sekarang TIDAK disimpan setelah halaman ditutup. Beri tahu pelatih Anda (alasannya ada di Pengaturan).",
        "The link from the LMS names a learner the app cannot read, so no progress kept in this browser is shown, and what you do now will NOT be kept after you close the page. Tell your trainer (Settings gives the reason).";
    LearningAs => "Belajar sebagai {} (dari LMS)", "Learning as {} (from the LMS)";
    LearningAsUnnamed => "Belajar dengan akun dari LMS", "Learning with an account from the LMS";
    StorageUnavailable => "Penyimpanan peramban tidak tersedia (mungkin mode penyamaran atau diblokir). Anda tetap bisa belajar, tetapi kemajuan TIDAK akan disimpan setelah halaman ditutup.",
        "Browser storage is unavailable (private mode or blocked). You can still learn, but progress will NOT be kept after you close the page.";
    LoadingCatalog => "Memuat daftar modul…", "Loading the module list…";
    LoadingModule => "Memuat isi modul…", "Loading the module…";
    LoadingPage => "Memuat halaman…", "Loading the page…";
    ChunkFailedTitle => "Halaman belum dapat dibuka", "This page could not be opened yet";
    ChunkFailed => "Bagian aplikasi untuk halaman ini belum terunduh (sinyal putus atau lemah). Kemajuan Anda tidak berubah. Periksa sambungan, lalu coba lagi.",
        "The part of the app for this page has not downloaded (no or weak signal). Your progress is unchanged. Check the connection, then try again.";
    PackProblemsLead => "Sebagian materi tidak dapat dimuat. Modul lain tetap bisa dipelajari dan kemajuan Anda tidak berubah.",
        "Some material could not be loaded. The other modules still work and your progress is unchanged.";
    PackProblemsNone => "Belum ada modul yang bisa ditampilkan.", "There are no modules to show yet.";
    MetaMinutes => "{} menit", "{} min";
    MetaJp => "{} JP", "{} JP";
    MetaLessons => "{} pelajaran", "{} lessons";
    Objectives => "Tujuan pembelajaran", "Learning objectives";
    LessonsTitle => "Pelajaran", "Lessons";
    StartLearning => "Mulai belajar", "Start learning";
    /// The module page's main button once a lesson is read: the next unread lesson.
    ContinueLesson => "Lanjutkan: {}", "Continue: {}";
    /// The module page's main button once the module is passed.
    SeeRecord => "Lihat bukti belajar", "See your learning record";
    /// The result page after a pass: the next module not passed yet.
    NextModule => "Modul berikutnya: {}", "Next module: {}";
    GlossaryTitle => "Glosarium", "Glossary";
    GlossaryOf => "Glosarium: {}", "Glossary: {}";
    QuizTitle => "Kuis", "Quiz";
    PretestTitle => "Pre-test", "Pre-test";
    PretestOffered => "Pre-test ini boleh dilewati: pelajaran tetap terbuka.", "You may skip this pre-test: the lessons stay open.";
    PretestRequired => "Pre-test ini wajib: pelajaran dan kuis modul ini terbuka setelah pre-test selesai.", "This pre-test is required: the module's lessons and quiz open once it is done.";
    PretestStart => "Mulai pre-test", "Start the pre-test";
    PretestContinue => "Lanjutkan pre-test", "Continue the pre-test";
    PretestSkipped => "Anda melewati pre-test modul ini.", "You skipped this module's pre-test.";
    PretestSaveAnswer => "Simpan dan lanjut", "Save and go on";
    PretestBlocked => "Kerjakan pre-test dulu: pelajaran dan kuis modul ini terbuka setelah pre-test selesai.", "Take the pre-test first: this module's lessons and quiz open once it is done.";
    PretestGain => "Pre-test {} → Post-test {}", "Pre-test {} → post-test {}";
    PretestScore => "Nilai pre-test: {}%", "Pre-test score: {}%";
    PretestYourAnswer => "Jawaban Anda: {}", "Your answer: {}";
    QuizInfo => "Bank soal berisi {} soal; setiap percobaan memakai {} soal. Nilai lulus {}%.",
        "The question pool has {} questions; each attempt uses {}. Pass mark {}%.";
    AllModules => "Semua modul", "All modules";
    LessonOf => "Pelajaran {} dari {}", "Lesson {} of {}";
    Previous => "Sebelumnya", "Previous";
    FinishReading => "Selesai membaca", "Done reading";
    BackToModule => "Kembali ke modul", "Back to the module";
    ModuleNotFoundTitle => "Modul tidak ditemukan", "Module not found";
    ModuleNotFoundBody => "Modul ini tidak ada di katalog perangkat ini:", "This module is not in this device's catalog:";
    LessonNotFoundBody => "Pelajaran ini tidak ada di modul:", "This lesson is not in the module:";
    BodyFailed => "Isi modul tidak dapat dimuat. Kemajuan Anda tidak berubah.", "The module could not be loaded. Your progress is unchanged.";
    Retry => "Coba lagi", "Try again";
    CalloutDasarHukum => "Dasar hukum", "Legal basis";
    CalloutSumber => "Sumber", "Sources";
    CalloutStudiKasus => "Studi kasus", "Case study";
    CalloutRefleksi => "Refleksi", "Reflection";
    CalloutRingkasan => "Ringkasan", "Summary";
    CalloutPembahasan => "Pembahasan", "Discussion";
    DiscussionPrompt => "Pilih jawaban Anda dulu; pembahasan terbuka sesudahnya.", "Choose your answer first; the discussion opens after.";
    DiscussionYourChoice => "pilihan Anda", "your choice";
    DiscussionBest => "paling tepat", "best choice";
    // Lembar kerja KBK (src/ui/blocks/worksheet.rs, src/ui/pages/module_worksheets.rs).
    WkTitle => "Lembar Kerja KBK", "KBK worksheet (Lembar Kerja KBK)";
    WkIntro => "Isian tersimpan otomatis di perangkat ini, juga tanpa sinyal, dan ikut dalam ekspor kemajuan.", "What you type is saved automatically on this device, also offline, and included in the progress export.";
    WkGroupLegend => "Kelompok", "Group";
    WkGroupName => "Nama kelompok", "Group name";
    WkUnit => "Unit kerja", "Work unit";
    WkMembersLegend => "Anggota dan peran", "Members and roles";
    WkMemberName => "Nama anggota {}", "Member {} name";
    WkMemberRole => "Peran anggota {}", "Member {} role";
    WkRoleFasilitator => "Fasilitator", "Facilitator (fasilitator)";
    WkRoleKetua => "Ketua", "Leader (ketua)";
    WkRoleNotulis => "Notulis", "Note-taker (notulis)";
    WkRoleAnggota => "Anggota", "Member (anggota)";
    WkAddMember => "Tambah anggota", "Add member";
    WkRemoveMember => "Hapus anggota {}", "Remove member {}";
    WkProblemLegend => "Masalah yang dipilih", "Chosen problem";
    WkProblem => "Masalah", "Problem";
    WkReason => "Alasan memilihnya", "Why this problem";
    WkTallyLegend => "Hasil lembar periksa", "Check sheet results";
    WkCause => "Penyebab {}", "Cause {}";
    WkCount => "Jumlah {}", "Count {}";
    WkAddRow => "Tambah baris", "Add row";
    WkRemoveRow => "Hapus baris {}", "Remove row {}";
    WkFishboneLegend => "Akar penyebab (tulang ikan)", "Root causes (fishbone)";
    WkManusia => "Manusia", "People (manusia)";
    WkMetode => "Metode", "Method (metode)";
    WkBahan => "Bahan/data", "Material/data (bahan/data)";
    WkSarana => "Sarana", "Equipment (sarana)";
    WkLingkungan => "Lingkungan", "Environment (lingkungan)";
    WkPdcaLegend => "Rencana PDCA", "PDCA plan";
    WkPlan => "Plan (rencanakan)", "Plan";
    WkDo => "Do (lakukan)", "Do";
    WkCheck => "Check (periksa)", "Check";
    WkAct => "Act (tindak lanjuti)", "Act";
    WkMeasureLegend => "Ukuran sebelum dan sesudah", "Measure before and after";
    WkBeforeValue => "Angka sebelum", "Value before";
    WkBeforeUnit => "Satuan sebelum", "Unit before";
    WkAfterValue => "Angka sesudah", "Value after";
    WkAfterUnit => "Satuan sesudah", "Unit after";
    WkSaving => "Menyimpan…", "Saving…";
    WkSaved => "Tersimpan", "Saved";
    WkNotSaved => "Belum tersimpan: {}", "Not saved: {}";
    WkBadNumber => "Angka sebelum dan sesudah hanya boleh berisi angka, misalnya 12 atau 3,5. Perubahan belum disimpan.", "Before and after values must be numbers, such as 12 or 3.5. Changes are not saved yet.";
    WkTooLong => "Ada isian yang melebihi batas. Perubahan belum disimpan.", "A field is over its limit. Changes are not saved yet.";
    WkReviewTitle => "Lembar kerja Anda", "Your worksheets";
    WkReviewLink => "{} (di pelajaran “{}”)", "{} (in the lesson “{}”)";
    // Rencana Tindak Lanjut (issue 26, item 4) and the reflection journal (item 6).
    RtlTitle => "Rencana Tindak Lanjut (RTL)", "Follow-up action plan (RTL)";
    GelarLink => "Kit Gelar Budaya Kerja: rubrik penilaian dan contoh", "Gelar Budaya Kerja kit: scoring rubric and example";
    RtlIntro => "Tulis satu perubahan nyata yang akan Anda bawa dari modul ini ke pekerjaan Anda. RTL tersimpan di perangkat ini (juga tanpa sinyal), ikut dalam ekspor kemajuan, dan dicetak bersama Bukti Belajar Mandiri.",
        "Write one real change you will take from this module back to your work. The plan is kept on this device (also offline), included in the progress export, and printed with your learning record.";
    RtlPerubahan => "Apa yang akan saya ubah dalam pekerjaan saya", "What I will change in my work";
    RtlLangkahPertama => "Langkah pertama", "The first step";
    RtlTenggat => "Tenggat (kapan)", "By when";
    RtlUkuranBerhasil => "Dari mana saya tahu berhasil", "How I will know it worked";
    RtlLaporKepada => "Kepada siapa saya melapor", "Who I report to";
    RtlNotSaved => "RTL belum tersimpan: {}", "The plan is not saved: {}";
    RtlCardNone => "Tulis satu perubahan yang akan Anda bawa dari modul ini ke pekerjaan Anda.", "Write one change you will take from this module back to your work.";
    RtlCardSaved => "Rencana Anda: “{}”", "Your plan: “{}”";
    RtlCardDeadline => "Tenggat: {}", "By: {}";
    RtlWrite => "Tulis RTL", "Write the plan";
    RtlEdit => "Lihat atau ubah RTL", "See or edit the plan";
    RtlFollowTitle => "Bagaimana RTL Anda berjalan?", "How is your plan going?";
    RtlOutcomeDone => "Sudah terlaksana", "Done";
    RtlOutcomeStarted => "Sudah dimulai, belum selesai", "Started, not finished";
    RtlOutcomeNotYet => "Belum dimulai", "Not started yet";
    RtlFollowResult => "Tindak lanjut 30 hari: {}", "30-day follow-up: {}";
    ReviewDueTitle => "Ulang soal yang salah", "Review the questions you missed";
    ReviewDue => "{} soal perlu diulang hari ini.", "{} questions to review today.";
    ReviewDueOne => "1 soal perlu diulang hari ini.", "1 question to review today.";
    ReviewDueModule => "{} soal modul ini perlu diulang hari ini.", "{} questions of this module to review today.";
    ReviewDueModuleOne => "1 soal modul ini perlu diulang hari ini.", "1 question of this module to review today.";
    ReviewStart => "Mulai mengulang", "Start reviewing";
    RtlErrMissing => "isian “{}” wajib diisi", "“{}” is required";
    RtlErrTooLong => "isian “{}” terlalu panjang (paling banyak {} karakter)", "“{}” is too long (at most {} characters)";
    RtlErrDeadline => "tenggat harus berupa tanggal", "the deadline must be a date";
    RtlErrNote => "alasan tindak lanjut harus satu baris, paling banyak {} karakter", "the follow-up's reason must be one line of at most {} characters";
    RtlErrTime => "tanggal RTL tidak mungkin", "the plan's date is impossible";
    JournalLabel => "Jawaban Anda (jurnal refleksi)", "Your answer (reflection journal)";
    JournalHint => "Hanya untuk Anda: tersimpan otomatis di perangkat ini dan ikut dalam ekspor kemajuan.", "Only for you: saved automatically on this device and included in the progress export.";
    JournalTitle => "Jurnal refleksi Anda", "Your reflection journal";
    JournalEdit => "Ubah di pelajaran “{}”", "Edit in the lesson “{}”";
    JournalErrTooLong => "jurnal terlalu panjang (paling banyak {} karakter)", "the journal entry is too long (at most {} characters)";
    JournalErrTime => "tanggal jurnal tidak mungkin", "the journal entry's date is impossible";
    ReviewErrBox => "kotak {} tidak ada (kotak 1 sampai {})", "there is no box {} (boxes 1 to {})";
    ReviewErrFingerprint => "sidik kunci jawaban tidak sah", "the answer key's fingerprint is not valid";
    ReviewErrTime => "tanggal pengulangan soal tidak mungkin", "the review's dates are impossible";
    ScormRtlNote => "Di LMS, RTL dan jurnal hanya tersimpan selama jendela ini terbuka (LMS hanya menyimpan 4.096 karakter kemajuan). Salin atau cetak isian Anda sebelum keluar.",
        "In the LMS, plans and journal entries are kept only while this window is open (the LMS keeps only 4,096 characters of progress). Copy or print them before you leave.";
    NewTab => "(membuka tab baru)", "(opens in a new tab)";
    TableLabel => "Tabel; geser ke samping bila perlu", "Table; scroll sideways if needed";
    PackCheckTitle => "Periksa paket konten", "Check content packs";
    VersionChanged => "Versi Bimtek Mandiri yang lebih baru dibuka di tab lain. Muat ulang halaman ini agar kemajuan tetap tersimpan.",
        "A newer version of Bimtek Mandiri was opened in another tab. Reload this page so your progress keeps being saved.";
    Reload => "Muat ulang", "Reload";
    SaveFailed => "Kemajuan terakhir belum tersimpan ({}). Yang sudah tersimpan sebelumnya tetap aman. {}",
        "Your latest progress was not saved ({}). Everything saved before is safe. {}";
    Dismiss => "Tutup", "Dismiss";
    NavSettings => "Pengaturan", "Settings";
    /// The search field's label, on home and the module list (issue 30, finding 10).
    SearchLabel => "Cari di semua pelajaran", "Search all lessons";
    /// Its button.
    SearchButton => "Cari", "Search";
    Continue => "Lanjutkan", "Continue";
    ContinueWhere => "Terakhir Anda di: {}", "You were last at: {}";
    CourseProgress => "{} dari {} modul lulus · {} dari {} JP", "{} of {} modules passed · {} of {} JP";
    StatusNotStarted => "Belum mulai", "Not started";
    StatusInProgress => "Sedang belajar", "In progress";
    StatusCompleted => "Selesai dibaca", "All lessons read";
    StatusPassed => "Lulus", "Passed";
    LessonRead => "sudah dibaca", "read";
    LessonsReadOf => "{} dari {} pelajaran dibaca", "{} of {} lessons read";
    QuizStart => "Mulai kuis", "Start the quiz";
    QuizContinue => "Lanjutkan kuis", "Continue the quiz";
    QuizRetry => "Ulangi kuis", "Retake the quiz";
    QuizBest => "Nilai terbaik: {}%", "Best score: {}%";
    ReadingQuizAllowed => "Anda boleh mengerjakan kuis sekarang; kelulusan modul menunggu pelajaran ini:",
        "You may take the quiz now; the module's pass waits for these lessons:";
    ReadingStillUnread => "Kuis sudah lulus. Baca pelajaran ini agar modul lulus dan JP-nya dihitung:",
        "The quiz is passed. Read these lessons so the module is passed and its JP counted:";
    QuizRulesShort => "Setiap soal bernilai sama; jawaban yang sebagian tepat mendapat sebagian nilainya.", "Every question counts the same; a partly right answer earns part of its marks.";
    More => "Selengkapnya", "More";
    QuizRules => "Cara penilaian: pilihan tunggal dan benar/salah dinilai penuh atau nol; pilihan ganda: (opsi benar yang dipilih − opsi salah yang dipilih) ÷ jumlah opsi benar, minimal nol; urutan: bagian langkah yang berada di tempat yang benar; menjodohkan: bagian pasangan yang benar.",
        "Scoring: single choice and true/false score all or nothing; multiple choice: (right options chosen − wrong options chosen) ÷ right options, never below zero; ordering: the share of steps in the right place; matching: the share of right pairs.";
    ChooseAll => "Pilih semua jawaban yang benar.", "Choose every right answer.";
    ChooseOne => "Pilih satu jawaban.", "Choose one answer.";
    MatchChoose => "Pilih pasangan", "Choose a match";
    MatchChange => "Ganti pasangan", "Change the match";
    True => "Benar", "True";
    False => "Salah", "False";
    CheckAnswer => "Periksa jawaban", "Check answer";
    Saving => "Menyimpan…", "Saving…";
    /// A chosen option, step or pair that was right: "<label>: <text>".
    ChosenRight => "Pilihan Anda — tepat", "Your choice — right";
    /// A chosen option, step or pair that was not right.
    ChosenWrong => "Pilihan Anda — kurang tepat", "Your choice — not right";
    MissedKey => "Jawaban yang tepat, tidak Anda pilih", "A right answer you did not choose";
    /// A wrong option the learner rightly left out.
    LeftOut => "Tidak Anda pilih, dan memang bukan jawaban", "Not chosen, and not an answer";
    SavedNote => "Jawaban tersimpan di perangkat ini.", "Answer saved on this device.";
    NotSavedNote => "Jawaban BELUM tersimpan.", "Answer NOT saved.";
    NextQuestion => "Soal berikutnya", "Next question";
    SeeResult => "Lihat hasil", "See the result";
    ResultPassed => "Selamat, Anda lulus modul ini.", "Well done, you passed this module.";
    ResultQuizPassed => "Kuis lulus. Modul ini belum lulus: masih ada pelajaran yang belum dibaca.", "Quiz passed. The module is not passed yet: some lessons are still unread.";
    ResultFailed => "Anda belum lulus. Baca lagi pelajarannya, lalu coba lagi.", "You did not pass yet. Read the lessons again, then try again.";
    StorageOk => "Kemajuan Anda disimpan di peramban perangkat ini.", "Your progress is saved in this device's browser.";
    PersistGranted => "Peramban mengizinkan: data tidak akan dihapus otomatis saat ruang penyimpanan menipis.", "Granted: the browser will not delete this data automatically when space runs low.";
    PersistDenied => "Peramban belum mengizinkan. Data tetap tersimpan, tetapi peramban bisa menghapusnya bila ruang sangat penuh. Ekspor kemajuan secara berkala untuk berjaga-jaga.", "Not granted. Data is still saved, but the browser may delete it when space is very low. Export your progress now and then to be safe.";
    PersistUnknown => "Peramban ini tidak mendukung permintaan simpan permanen.", "This browser does not support the request.";
    ImportPreview => "Berkas ini berisi {} catatan pelajaran ({} sudah dibaca), {} percobaan kuis dan {} jawaban, dari {} modul, tanggal {} sampai {}.", "This file holds {} lesson records ({} read), {} quiz attempts and {} answers, from {} modules, dated {} to {}.";
    Cancel => "Batal", "Cancel";
    ImportTooLarge => "Berkas terlalu besar ({} KB). Berkas kemajuan Bimtek Mandiri biasanya jauh di bawah 5 MB.", "The file is too large ({} KB). Bimtek Mandiri progress files are usually far below 5 MB.";
    ImportNotJson => "Berkas ini bukan berkas kemajuan yang utuh (mungkin terpotong atau rusak): {}", "This is not a complete progress file (it may be cut off or damaged): {}";
    ImportForeign => "Berkas ini bukan berkas kemajuan Bimtek Mandiri.", "This is not a Bimtek Mandiri progress file.";
    ImportNewer => "Berkas ini dibuat oleh versi Bimtek Mandiri yang lebih baru (versi berkas {}). Perbarui aplikasi ini dulu, lalu impor lagi.", "This file was made by a newer version of Bimtek Mandiri (file version {}). Update this app first, then import again.";
    ImportBadShape => "Isi berkas tidak sesuai format kemajuan: {}", "The file's contents do not match the progress format: {}";
    ImportInconsistent => "Isi berkas tidak konsisten: {}", "The file's records contradict each other: {}";
    ImportUnknownVersion => "Isi berkas tidak sesuai format kemajuan: versi {} tidak dikenal", "The file's contents do not match the progress format: version {} is unknown";
    ImportNoVersion => "Isi berkas tidak sesuai format kemajuan: versi tidak ada", "The file's contents do not match the progress format: it has no version";
    ImportLessonTwice => "pelajaran {} tercatat dua kali", "lesson {} is recorded twice";
    ImportLessonImpossible => "catatan pelajaran {} berisi angka yang mustahil", "the record of lesson {} has impossible numbers";
    ImportAttemptId => "id percobaan kuis “{}” kosong, terlalu panjang atau ganda", "quiz attempt id “{}” is empty, too long or repeated";
    ImportAttemptImpossible => "percobaan kuis {} berisi data yang mustahil", "quiz attempt {} has impossible data";
    ImportAnswerNoAttempt => "jawaban untuk percobaan {} yang tidak ada di berkas", "an answer to attempt {}, which the file does not have";
    ImportAnswerOutside => "jawaban untuk soal {} yang bukan bagian percobaan {}", "an answer to question {}, which is not part of attempt {}";
    ImportAnswerTwice => "jawaban soal {} pada percobaan {} ganda atau bernilai mustahil", "the answer to question {} in attempt {} is repeated or has an impossible value";
    ImportWorksheetTwice => "lembar kerja {} tercatat dua kali", "worksheet {} is recorded twice";
    ImportWorksheet => "lembar kerja {}: {}", "worksheet {}: {}";
    ImportPretest => "pre-test modul {} tercatat dua kali atau berisi data yang tidak mungkin", "the pre-test of module {} is recorded twice or holds impossible data";
    ImportRtlTwice => "RTL modul {} tercatat dua kali", "the plan of module {} is recorded twice";
    ImportRtl => "RTL modul {}: {}", "the plan of module {}: {}";
    ImportJournalTwice => "jurnal pelajaran {} tercatat dua kali", "the journal entry of lesson {} is recorded twice";
    ImportJournal => "jurnal pelajaran {}: {}", "the journal entry of lesson {}: {}";
    ImportReviewTwice => "soal {} tercatat dua kali di daftar soal untuk diulang", "question {} is listed twice among the questions to review";
    ImportReview => "soal untuk diulang {}: {}", "the question to review {}: {}";
    WkErrTooLong => "isian “{}” terlalu panjang (paling banyak {} karakter)", "the “{}” entry is too long (at most {} characters)";
    WkErrTooManyRows => "terlalu banyak baris {} (paling banyak {})", "too many {} rows (at most {})";
    WkErrBadNumber => "nilai “{}” bukan angka", "“{}” is not a number";
    WkErrCountTooLarge => "jumlah pada lembar periksa terlalu besar (paling banyak {})", "a tally count is too large (at most {})";
    WkErrBadDate => "tanggal lembar kerja tidak mungkin", "the worksheet's date is impossible";
    ImportBadResume => "Titik lanjut (“Lanjutkan”) di berkas ditolak: {}.", "The resume point (“Continue”) in the file was refused: {}.";
    ResumeTooLong => "titik lanjut terlalu panjang ({} karakter)", "the resume point is too long ({} characters)";
    ResumeNotAppRoute => "titik lanjut “{}” bukan alamat halaman aplikasi ini (harus diawali #/)", "the resume point “{}” is not the address of a page of this app (it must start with #/)";
    ResumeUnknownRoute => "titik lanjut “{}” bukan halaman yang dikenal", "the resume point “{}” is not a known page";
    ResumeNotModulePage => "titik lanjut “{}” bukan halaman modul", "the resume point “{}” is not a page of a module";
    ResumeModuleMismatch => "titik lanjut “{}” tidak cocok dengan modul “{}”", "the resume point “{}” does not belong to module “{}”";
    ResumeBadTime => "tanggal titik lanjut mustahil", "the resume point's date is impossible";
    UpdateReady => "Versi baru tersedia. Kemajuan Anda tetap aman saat dimuat ulang.", "A new version is available. Your progress stays safe when reloading.";
    UpdateApply => "Muat ulang sekarang", "Reload now";
    OfflinePill => "Luring", "Offline";
    OfflineLabel => "Tidak ada koneksi internet; Anda tetap bisa belajar.", "No internet connection; you can keep learning.";
    // Real-world faults: storage that waits, a newer schema, eviction, content updates.
    StorageBlocked => "Bimtek Mandiri juga terbuka di tab atau jendela lain dengan versi lama, dan tab itu menahan penyimpanan. Tutup tab lain itu. Yang Anda kerjakan di sini menunggu dan langsung disimpan begitu tab itu ditutup; jangan tutup halaman ini sebelum pesan ini hilang.",
        "Bimtek Mandiri is also open in another tab or window with an older version, and that tab is holding the storage. Close that other tab. What you do here waits and is saved as soon as it closes; do not close this page before this message disappears.";
    StorageSlow => "Penyimpanan peramban belum siap. Anda bisa terus belajar; yang Anda kerjakan akan disimpan begitu penyimpanan siap. Bila pesan ini tidak hilang, tutup tab lain Bimtek Mandiri atau muat ulang halaman.",
        "Browser storage is not ready yet. You can keep learning; what you do is saved as soon as storage is ready. If this message stays, close other Bimtek Mandiri tabs or reload the page.";
    StorageWaiting => "{} perubahan menunggu disimpan.", "{} changes waiting to be saved.";
    StorageNewerSchema => "Data kemajuan di peramban ini dibuat oleh versi Bimtek Mandiri yang lebih baru daripada halaman ini (misalnya versi lama yang masih tersimpan, atau salinan lain aplikasi di situs yang sama). Kemajuan Anda aman, tetapi halaman ini tidak dapat memakainya. Muat ulang untuk memakai versi terbaru.",
        "The progress data in this browser was made by a newer version of Bimtek Mandiri than this page (an older cached version, or another copy of the app on the same site). Your progress is safe, but this page cannot use it. Reload to use the newest version.";
    EvictedTitle => "Kemajuan Anda di perangkat ini sudah tidak ada", "Your progress on this device is gone";
    EvictedBody => "Peramban telah menghapus data situs ini (biasanya karena ruang penyimpanan ponsel penuh, atau karena situs lama tidak dibuka). Bila Anda pernah mengekspor kemajuan, pulihkan dengan Impor kemajuan di Pengaturan.",
        "The browser has deleted this site's data (usually because the phone's storage is full, or because the site was not opened for a long time). If you exported your progress before, restore it with Import progress in Settings.";
    EvictedAction => "Buka Pengaturan untuk impor", "Open Settings to import";
    PersistOn => "diizinkan (peramban tidak akan menghapus data ini saat ruang menipis)", "granted (the browser will not delete this data when space runs low)";
    PersistOff => "belum diizinkan (peramban bisa menghapus data ini bila ruang sangat penuh; ekspor kemajuan sesekali)", "not granted (the browser may delete this data when space is very low; export your progress now and then)";
    ContentUpdated => "Materi yang lebih baru sudah diunduh.", "Newer course material has been downloaded.";
    ContentUpdatedApply => "Tampilkan", "Show it";
    PacksPending => "Masih memuat: {}", "Still loading: {}";
    FetchUnreachable => "tidak dapat dihubungi (periksa koneksi internet)", "cannot be reached (check the internet connection)";
    FetchTimedOut => "server terlalu lama menjawab (lebih dari {} detik)", "the server took too long to answer (more than {} seconds)";
    FetchTooLarge => "berkas terlalu besar (lebih dari {} KB)", "the file is too large (more than {} KB)";
    FetchStatus => "server menjawab {} {}", "the server answered {} {}";
    FetchUnreadable => "isi berkas tidak dapat dibaca", "the file's contents cannot be read";
    FetchWebPage => "yang datang halaman web, bukan berkas materi (jaringan mungkin meminta Anda masuk/login dulu)", "a web page came instead of the course file (the network may ask you to log in first)";
    /// The notice that shows when the app has not started 30 s after the page (`views/prerender.rs`).
    StalledTitle => "Aplikasi belum berjalan.", "The app has not started.";
    StalledBody => "Bila jaringan Anda lancar, server situs ini mungkin memblokirnya. Coba muat ulang; bila tetap begini, beri tahu pengelola situs: header Content-Security-Policy server harus mengizinkan 'wasm-unsafe-eval' dan skrip aplikasi (periksa dengan bimtek-pack check-host, lihat docs/deploy.md).", "If your connection is fine, this site's server may be blocking it. Reload; if it stays like this, tell the site's manager: the server's Content-Security-Policy header must allow 'wasm-unsafe-eval' and the app's scripts (check with bimtek-pack check-host, see docs/deploy.md).";
    ProfileNoName => "Nama wajib diisi.", "The name is required.";
    ProfileTooLong => "Isian terlalu panjang (paling banyak 120 karakter).", "An entry is too long (at most 120 characters).";
    ProfileBadNip => "NIP harus 18 angka (spasi boleh), misalnya 199001012015031001. Kosongkan bila tidak ingin mencantumkannya.",
        "The NIP must be 18 digits (spaces allowed), e.g. 199001012015031001. Leave it empty if you do not want it on the record.";
    RecordNothingPassed => "Belum ada modul yang lulus. Bukti dibuat setelah Anda lulus kuis sebuah modul.",
        "No module passed yet. The record is made once you pass a module's quiz.";
    DeviceDownloadRefused => "Peramban tidak mengizinkan berkas diunduh. Coba lagi, atau buka aplikasi di peramban lain.",
        "The browser did not allow the file to be downloaded. Try again, or open the app in another browser.";
    DeviceFileUnreadable => "Berkas yang dipilih tidak dapat dibaca (mungkin dipindah atau masih diunduh). Pilih lagi.",
        "The chosen file cannot be read (it may have been moved or still be downloading). Choose it again.";
    DeviceEncodeFailed => "Data tidak dapat diubah menjadi berkas. Kemajuan Anda tetap tersimpan di perangkat ini.",
        "The data could not be turned into a file. Your progress is still saved on this device.";
    BodyProblem => "{}: {}", "{}: {}";
    FindingsMore => "{} (dan {} masalah lain)", "{} (and {} more problems)";
    PackInvalid => "{}", "the file does not pass the checks (details for the pack's author, in Indonesian): {}";
    PackDuplicateModule => "modul {} sudah ada di paket {}; modul ini dilewati", "module {} is already in pack {}; this one is skipped";
    PackUnchecked => "pemeriksa isi paket tidak dapat dimuat (periksa sambungan internet), jadi berkas ini belum dipakai; coba lagi", "the content checker could not be loaded (check the internet connection), so this file is not used yet; try again";
    StorageErrUnavailable => "penyimpanan peramban tidak tersedia ({})", "browser storage is unavailable ({})";
    StorageErrQuota => "ruang penyimpanan perangkat penuh", "the device's storage is full";
    StorageErrNewer => "data kemajuan di peramban ini dibuat oleh versi aplikasi yang lebih baru; muat ulang halaman untuk memakai versi terbaru (kemajuan Anda tetap aman)", "the progress data in this browser was made by a newer version of the app; reload the page to use the newest version (your progress is safe)";
    StorageErrVersionChanged => "versi aplikasi yang lebih baru sedang terbuka; muat ulang halaman ini", "a newer version of the app is open; reload this page";
    StorageErrCorrupt => "data tersimpan tidak dapat dibaca ({})", "saved data cannot be read ({})";
    StorageErrFailed => "gagal menyimpan ({})", "saving failed ({})";
    StorageErrForeign => "penyimpanan peramban di alamat ini sudah dipakai data lain dengan nama yang sama (mungkin aplikasi lain di alamat yang sama)", "this address's browser storage already holds other data under the same name (perhaps another app at the same address)";
    StorageErrAnswerMissing => "jawaban yang akan diperbarui tidak ada lagi (mungkin kemajuan dihapus di tab lain)", "the answer to update is no longer there (perhaps progress was deleted in another tab)";
    StorageErrQueueClosed => "penyimpanan berhenti sebelum data ini sempat disimpan", "storage stopped before this could be saved";
    StorageErrReaderUnavailable => "kemajuan tersimpan belum dapat ditampilkan: bagian aplikasi yang membacanya belum dapat dimuat (periksa sambungan internet); kemajuan Anda tetap aman di perangkat ini", "saved progress cannot be shown yet: the part of the app that reads it could not be loaded (check the internet connection); your progress is still safe on this device";
    StorageAdviceSpace => "Kosongkan sedikit ruang di perangkat, lalu coba lagi.", "Free some space on the device, then try again.";
    StorageAdviceReload => "Muat ulang halaman ini, lalu coba lagi.", "Reload this page, then try again.";
    StorageAdviceForeign => "Kemajuan tidak dapat disimpan di alamat ini; beri tahu pengelola situs. Ekspor kemajuan Anda dari Pengaturan agar tidak hilang.", "Progress cannot be saved at this address; tell the site's administrator. Export your progress from Settings so that it is not lost.";
    StorageAdviceRetry => "Coba lagi; bila tetap gagal, ekspor kemajuan Anda dari Pengaturan, lalu muat ulang halaman.", "Try again; if it still fails, export your progress from Settings, then reload the page.";
    AnswerIncomplete => "Jawaban belum lengkap: pilih atau atur semua bagian soal dulu, lalu periksa lagi.", "The answer is not complete: choose or arrange every part of the question first, then check again.";
    AnswerInvalid => "Jawaban ini tidak cocok dengan soalnya. Muat ulang halaman lalu jawab lagi; jawaban sebelumnya tetap tersimpan.", "This answer does not fit the question. Reload the page and answer again; earlier answers stay saved.";
    WaitingNote => "Jawaban menunggu disimpan (penyimpanan belum siap); jangan tutup halaman ini.", "Answer waiting to be saved (storage not ready); do not close this page.";
    NoProgressHint => "Pernah belajar di peramban ini, tetapi kemajuan Anda tidak tampak? Peramban kadang menghapus data situs. Pulihkan dari berkas ekspor terakhir lewat",
        "Studied in this browser before, but your progress is not shown? Browsers sometimes delete site data. Restore it from your last export file in";
    AppVersion => "Versi aplikasi: {}", "App version: {}";
    EmbedBadOrigin => "Alamat portal (origin) di kode sematan tidak sah: “{}” — {}. Modul tetap bisa dipelajari, tetapi kemajuan tidak dikirim ke portal. Contoh yang benar: https://portal.contoh.go.id",
        "The portal address (origin) in the embed code is not valid: “{}” — {}. The module still works, but progress is not sent to the portal. A valid example: https://portal.example.org";
    OriginInvalid => "Alamat portal (origin) tidak sah: “{}” — {}.", "The portal address (origin) is not valid: “{}” — {}.";
    OriginMalformed => "bukan alamat situs; contoh yang benar: https://portal.contoh.go.id", "not a site address; a valid example: https://portal.example.org";
    OriginScheme => "hanya alamat http:// atau https:// yang bisa dipakai", "only http:// or https:// addresses can be used";
    OriginNotASite => "harus satu situs tertentu, bukan “null” atau “*”", "it must name one site, not “null” or “*”";
    OriginUserInfo => "tidak boleh memuat nama pengguna atau sandi (…@) karena bisa menyamarkan situs lain", "it must not contain a user name or password (…@), which can disguise another site";
    OriginPath => "tulis hanya nama situs (dan port); hapus jalur, “?” dan “#” di belakangnya", "give only the site name (and port); remove any path, “?” or “#” after it";
    OriginPort => "nomor port harus angka 0–65535", "the port must be a number from 0 to 65535";
    OriginHost => "nama situs hanya boleh berisi huruf a–z, angka, tanda hubung dan titik (nama berhuruf non-Latin ditulis dalam bentuk xn--…)", "the site name may contain only letters a–z, digits, hyphens and dots (non-Latin names in their xn--… form)";
    OriginIpv4 => "alamat IP harus ditulis sebagai empat angka desimal, misalnya 10.0.0.1 (bukan bentuk heksadesimal, oktal atau singkat)", "an IP address must be written as four decimal numbers, e.g. 10.0.0.1 (not in hex, octal or short form)";
    OriginIpv6 => "alamat IPv6 tidak sah (tulis di dalam [ ], tanpa bagian IPv4)", "the IPv6 address is not valid (write it inside [ ], without an IPv4 part)";
    EmbedNoRandomness => "Peramban ini tidak menyediakan bilangan acak yang aman, jadi laporan kemajuan TIDAK dikirim ke portal (tanpa itu semua peserta akan tampak sebagai satu orang). Modul tetap bisa dipelajari dan kemajuan tersimpan di perangkat ini.",
        "This browser provides no secure random numbers, so progress is NOT reported to the portal (without them every learner would look like the same person). The module still works and progress is saved on this device.";
    EmbedPostFailed => "Laporan kemajuan tidak dapat dikirim ke portal ({}). Modul tetap bisa dipelajari dan kemajuan tersimpan di perangkat ini.",
        "Progress could not be reported to the portal ({}). The module still works and progress is saved on this device.";
    FramedTitle => "Buka aplikasi di tab sendiri", "Open the app in its own tab";
    FramedBody => "Halaman ini (pengaturan, data diri, bukti belajar) hanya dibuka di tab Bimtek Mandiri sendiri, bukan di dalam halaman situs lain, agar data Anda tidak bisa diubah atau dilihat oleh situs tersebut.",
        "This page (settings, your details, the completion record) opens only in Bimtek Mandiri's own tab, not inside another site's page, so that site cannot change or see your data.";
    FramedOpen => "Buka Bimtek Mandiri di tab baru", "Open Bimtek Mandiri in a new tab";
    EmbedBadLang => "Bahasa “{}” tidak didukung; tampilan memakai Bahasa Indonesia.", "Language “{}” is not supported; showing Indonesian.";
    NavEmbed => "Sematkan", "Embed";
    ScormListUnreadable => "daftar paket tidak dapat dibaca: {}", "the list of packages cannot be read: {}";
    ScormListFormat => "daftar paket berformat lain ({} versi {})", "the list of packages has another format ({} version {})";
    ScormEdition2004 => "SCORM 2004 (edisi ke-4)", "SCORM 2004 (4th edition)";
    EmbedGuideTitle => "Sematkan modul di portal Anda", "Embed a module in your portal";
    EmbedGuideLead => "Untuk pelatih dan pengelola portal (WordPress, Moodle, situs kabupaten): pilih modul, isi alamat portal, lalu salin kode di bawah ke halaman portal.",
        "For trainers and portal admins (WordPress, Moodle, a regency site): pick a module, enter your portal's address, and copy the code below into a portal page.";
    EmbedModule => "Modul", "Module";
    EmbedLang => "Bahasa tampilan", "Interface language";
    EmbedOrigin => "Alamat portal (origin), mis. https://bpsdm.contoh.go.id", "Portal address (origin), e.g. https://training.example.org";
    EmbedOriginHelp => "Hanya alamat ini yang menerima laporan kemajuan (siap, menjawab, lulus…). Kosongkan bila portal tidak perlu laporan.",
        "Only this address receives progress events (ready, answered, passed…). Leave empty if the portal needs none.";
    EmbedSnippet => "Kode sematan", "Embed code";
    EmbedCopy => "Salin kode", "Copy code";
    EmbedCopied => "Kode tersalin.", "Code copied.";
    EmbedPreview => "Pratinjau", "Preview";
    EmbedDocs => "Panduan lengkap, daftar pesan dan contoh penerima ada di docs/embed.md dalam repositori.", "The full guide, message reference and an example listener are in docs/embed.md in the repository.";
    LangId => "Bahasa Indonesia", "Indonesian";
    LangEn => "English", "English";
    TextSizeNormal => "Biasa", "Normal";
    TextSizeLarge => "Besar", "Large";
    TextSizeLarger => "Lebih besar", "Larger";
    NavRecord => "Bukti belajar", "Learning record";
    NavTrainers => "Untuk pelatih", "For trainers";
    /// The first screen's main button for a learner with nowhere to continue.
    StartHere => "Mulai dari sini", "Start here";
    TrainersEmbed => "Menyematkan modul di portal (WordPress, Moodle, situs kabupaten) dan mengunduh paket SCORM untuk LMS.",
        "Embed a module in a portal (WordPress, Moodle, a district site) and download SCORM packages for an LMS.";
    TrainersPackCheck => "Memeriksa setiap paket materi yang terpasang di situs ini.", "Check every content pack installed on this site.";
    RecordTitle => "Bukti Belajar Mandiri", "Self-Study Learning Record";
    ProfileName => "Nama lengkap", "Full name";
    ProfileNip => "NIP (18 angka, boleh dikosongkan)", "NIP (18 digits, optional)";
    ProfileUnit => "Unit kerja / OPD", "Work unit / OPD";
    RecordName => "Nama", "Name";
    RecordNip => "NIP", "NIP";
    RecordUnit => "Unit kerja / OPD", "Work unit / OPD";
    RecordTotal => "Jumlah JP", "Total JP";
    RecordReference => "Kode rujukan", "Reference code";
    /// The small line under the record: what it is, and what the code is not.
    RecordStatement => "Dibuat oleh aplikasi Bimtek Mandiri dari hasil belajar di perangkat peserta. Kode rujukan membantu mencocokkan salinan; siapa pun dapat menghitungnya, jadi pengesahan ada pada tanda tangan atasan langsung.",
        "Made by the Bimtek Mandiri app from the learning on the learner's device. The reference code helps to match copies; anyone can compute it, so the acknowledgement rests on the direct superior's signature.";
    Month1 => "Januari", "January";
    Month2 => "Februari", "February";
    Month3 => "Maret", "March";
    Month4 => "April", "April";
    Month5 => "Mei", "May";
    Month6 => "Juni", "June";
    Month7 => "Juli", "July";
    Month8 => "Agustus", "August";
    Month9 => "September", "September";
    Month10 => "Oktober", "October";
    Month11 => "November", "November";
    Month12 => "Desember", "December";
    RecordMadeOn => "Dibuat pada {}", "Made on {}";
    FooterNote => "Belajar mandiri. Data Anda tetap di perangkat ini.", "Self-study. Your data stays on this device.";
    LrsRefusedItem => "{} — {} (HTTP {}: {})", "{} — {} (HTTP {}: {})";
    LrsLaunchRefused => "Tautan peluncuran LRS ditolak, jadi tidak ada catatan yang dikirim: {}.", "The LRS launch link was refused, so no records are sent: {}.";
    LrsConfigRefused => "Berkas lrs.json ditolak, jadi tidak ada catatan yang dikirim: {}.", "The lrs.json file was refused, so no records are sent: {}.";
    LrsCspBlocked => "Kebijakan keamanan situs ini (Content-Security-Policy, connect-src) tidak mengizinkan koneksi ke {}, jadi tidak ada catatan yang dibuat. Pengelola situs perlu membangun aplikasi dengan BIMTEK_CONNECT_SRC yang memuat alamat itu.",
        "This site's security policy (Content-Security-Policy, connect-src) does not allow connecting to {}, so no records are made. The site's operator needs to build the app with a BIMTEK_CONNECT_SRC that includes that address.";
    LrsNoRandomness => "Peramban ini tidak menyediakan bilangan acak yang aman, jadi catatan untuk LRS tidak dibuat.", "This browser has no secure random numbers, so no records are made for the LRS.";
    LrsEngineUnavailable => "Bagian aplikasi yang mengirim catatan ke LRS belum dapat dimuat (jaringan terputus). Aplikasi mencobanya lagi setiap 15 detik; catatan sesi ini menunggu di halaman ini sampai berhasil.", "The part of the app that sends records to the LRS could not be loaded (the network failed). The app tries again every 15 seconds; this session's records wait in this page until it succeeds.";
    LrsErrMissingEndpoint => "parameter “endpoint” tidak ada", "the “endpoint” parameter is missing";
    LrsErrDuplicate => "parameter “{}” muncul lebih dari sekali", "the “{}” parameter appears more than once";
    LrsErrEndpoint => "endpoint LRS tidak sah ({})", "the LRS endpoint is not valid ({})";
    LrsErrMixedContent => "endpoint LRS memakai http:// sedangkan aplikasi dibuka lewat https://, dan peramban memblokirnya", "the LRS endpoint uses http:// while the app is opened over https://, which the browser blocks";
    LrsErrAuth => "nilai “auth” kosong, terlalu panjang, atau memuat karakter yang tidak boleh ada di header", "the “auth” value is empty, too long, or has characters a header cannot carry";
    LrsErrActor => "nilai “actor” tidak sah ({})", "the “actor” value is not valid ({})";
    LrsErrRegistration => "nilai “registration” bukan UUID", "the “registration” value is not a UUID";
    LrsErrActivityId => "nilai “activity_id” bukan IRI yang sah", "the “activity_id” value is not a valid IRI";
    LrsErrConfig => "isinya tidak sesuai format ({})", "its content does not have the documented shape ({})";
    LrsErrConfigVersion => "bukan berkas “bimtek-lrs” versi 1", "it is not a “bimtek-lrs” file of version 1";
    LrsEndpointMalformed => "bukan URL", "not a URL";
    LrsEndpointQuery => "tidak boleh memuat “?” atau “#”", "it must not contain “?” or “#”";
    LrsEndpointPath => "jalur (path) memuat karakter yang tidak sah atau segmen . / ..", "the path has characters that are not allowed, or . / .. segments";
    LrsActorNotJson => "bukan objek JSON", "not a JSON object";
    LrsActorNotAgent => "hanya Agent yang didukung", "only an Agent is supported";
    LrsActorIdentifier => "harus memuat tepat satu pengenal: mbox, mbox_sha1sum, openid atau account", "it must have exactly one identifier: mbox, mbox_sha1sum, openid or account";
    LrsActorBadValue => "pengenal atau nama tidak sah", "an identifier or the name is not valid";
    // SCORM mode (src/ui/scorm.rs, src/domain/scorm/).
    ScormPracticeNote => "Latihan: jawaban ini tidak disimpan ke LMS.", "Practice: this answer is not saved to the LMS.";
    ScormLeaving => "Menyimpan…", "Saving…";
    ScormNoApi => "Paket ini harus dibuka dari LMS (misalnya Moodle) agar kemajuan tercatat. Di sini materinya tetap bisa dibaca, tetapi kemajuan dan nilai kuis tidak disimpan ke mana pun.",
        "This package must be opened from an LMS (such as Moodle) for progress to be recorded. Here you can still read the material, but progress and quiz scores are not saved anywhere.";
    ScormRefused => "Kemajuan belum tersimpan di LMS: {} (kode {}, pada {}).", "Your progress is not saved in the LMS yet: {} (code {}, in {}).";
    ScormThrew => "Kemajuan belum tersimpan di LMS: LMS tidak menjawab {} dengan benar ({}).", "Your progress is not saved in the LMS yet: the LMS did not answer {} properly ({}).";
    ScormSavedNote => "Jawaban tersimpan di LMS.", "Answer saved in the LMS.";
    ScormNotSavedNote => "Jawaban BELUM tersimpan di LMS; lihat pesan di atas.", "Answer NOT saved in the LMS yet; see the message above.";
    ScormWorksheetNote => "Di LMS, isian lembar kerja hanya tersimpan selama jendela ini terbuka (LMS hanya menyimpan 4.096 karakter kemajuan). Salin atau cetak isian Anda sebelum keluar.",
        "In the LMS, worksheet entries are kept only while this window is open (the LMS keeps only 4,096 characters of progress). Copy or print your entries before you leave.";
    LmsErrGeneral => "LMS sedang bermasalah atau tidak dapat menyimpan", "the LMS has a problem or cannot store data";
    LmsErrArgument => "LMS tidak mengenali data yang dikirim", "the LMS did not recognise the data sent";
    LmsErrNotOpen => "sesi LMS belum dibuka atau sudah ditutup", "the LMS session is not open (not started or already closed)";
    LmsErrUnsupported => "LMS tidak mendukung data ini", "the LMS does not support this data";
    LmsErrRefused => "LMS menolak data ini", "the LMS refused this data";
    LmsErrOther => "LMS melaporkan galat", "the LMS reported an error";
    SuspendVersion => "data tersimpan berformat lain ({})", "the saved data has another format ({})";
    SuspendContentChanged => "isi modul sudah berubah sejak sesi sebelumnya (paket diganti)", "the module's content changed since the last session (the package was replaced)";
    SuspendMalformed => "data tersimpan dari LMS rusak", "the saved data from the LMS is damaged";
    SuspendTooLong => "kemajuan terlalu panjang untuk LMS ({} karakter)", "the progress is too long for the LMS ({} characters)";
    SuspendUnencodable => "jawaban ini tidak dapat dicatat di LMS", "this answer cannot be recorded in the LMS";
}

/// Fills the `{}` placeholders of `key`'s text in order with `args`.
#[must_use]
pub fn tf(lang: Lang, key: Key, args: &[&dyn std::fmt::Display]) -> String {
    fill(key.text(lang), args)
}

/// Fills the `{}` placeholders of `text` in order with `args`.
#[must_use]
pub fn fill(text: &str, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::new();
    let mut args = args.iter();
    let mut parts = text.split("{}").peekable();
    while let Some(part) = parts.next() {
        out.push_str(part);
        if parts.peek().is_some() {
            if let Some(arg) = args.next() {
                out.push_str(&arg.to_string());
            }
        }
    }
    out
}

/// Looks up `key` in `lang`; a short alias for views.
#[must_use]
pub fn t(lang: Lang, key: Key) -> &'static str {
    key.text(lang)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages() {
        for key in Key::ALL {
            for lang in [Lang::Id, Lang::En] {
                assert!(
                    !key.text(lang).trim().is_empty(),
                    "{key:?} is empty in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn placeholders_match_between_languages() {
        for key in Key::ALL {
            let id = key.text(Lang::Id).matches("{}").count();
            let en = key.text(Lang::En).matches("{}").count();
            assert_eq!(id, en, "{key:?} has {id} placeholders in id and {en} in en");
        }
    }

    #[test]
    fn tf_fills_in_order() {
        assert_eq!(tf(Lang::Id, Key::LessonOf, &[&2, &5]), "Pelajaran 2 dari 5");
        assert_eq!(tf(Lang::En, Key::MetaMinutes, &[&45]), "45 min");
    }

    #[test]
    fn lang_codes_round_trip() {
        for lang in [Lang::Id, Lang::En] {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::parse("EN"), Some(Lang::En));
        assert_eq!(Lang::parse("fr"), None);
    }
}
