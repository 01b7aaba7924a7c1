//! Every UI string, in Indonesian (default) and English.
//!
//! Invariant: views take their words from here, never from string literals. The table is a
//! macro so that a key without both translations does not compile; `tests` also checks that
//! no text is empty. Course content is not here: it comes from content packs.

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

            /// The text of this key in `lang`.
            #[must_use]
            pub fn text(self, lang: Lang) -> &'static str {
                match self {
                    $(Key::$key => match lang {
                        Lang::Id => $id,
                        Lang::En => $en,
                    },)*
                }
            }
        }
    };
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
    StorageUnavailable => "Penyimpanan peramban tidak tersedia (mungkin mode penyamaran atau diblokir). Anda tetap bisa belajar, tetapi kemajuan TIDAK akan disimpan setelah halaman ditutup.",
        "Browser storage is unavailable (private mode or blocked). You can still learn, but progress will NOT be kept after you close the page.";
    LoadingCatalog => "Memuat daftar modul…", "Loading the module list…";
    LoadingModule => "Memuat isi modul…", "Loading the module…";
    PackProblemsLead => "Sebagian materi tidak dapat dimuat. Modul lain tetap bisa dipelajari dan kemajuan Anda tidak berubah.",
        "Some material could not be loaded. The other modules still work and your progress is unchanged.";
    PackProblemsNone => "Belum ada modul yang bisa ditampilkan.", "There are no modules to show yet.";
    MetaMinutes => "{} menit", "{} min";
    MetaJp => "{} JP", "{} JP";
    MetaLessons => "{} pelajaran", "{} lessons";
    Objectives => "Tujuan pembelajaran", "Learning objectives";
    LessonsTitle => "Pelajaran", "Lessons";
    StartLearning => "Mulai belajar", "Start learning";
    GlossaryTitle => "Glosarium", "Glossary";
    GlossaryOf => "Glosarium: {}", "Glossary: {}";
    QuizTitle => "Kuis", "Quiz";
    QuizInfo => "Bank soal berisi {} soal; setiap percobaan memakai {} soal. Nilai lulus {} %.",
        "The question pool has {} questions; each attempt uses {}. Pass mark {} %.";
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
    NewTab => "(membuka tab baru)", "(opens in a new tab)";
    TableLabel => "Tabel; geser ke samping bila perlu", "Table; scroll sideways if needed";
    PackCheckTitle => "Periksa paket konten", "Check content packs";
    PackCheckLead => "Halaman ini memuat dan memeriksa seluruh isi setiap paket yang terpasang (packs.json).",
        "This page loads and checks the full content of every installed pack (packs.json).";
    PackCheckRunning => "Memeriksa…", "Checking…";
    PackCheckAllOk => "Semua modul sah.", "All modules are valid.";
    PackCheckSomeBad => "Ada masalah; lihat di bawah.", "There are problems; see below.";
    PackCheckTime => "{} modul dan {} soal diurai dan diperiksa dalam {} ms.", "{} modules and {} questions parsed and checked in {} ms.";
    ModuleValid => "sah", "valid";
    FooterNote => "Belajar mandiri. Data Anda tetap di perangkat ini.", "Self-study. Your data stays on this device.";
}

/// Fills the `{}` placeholders of `key`'s text in order with `args`.
#[must_use]
pub fn tf(lang: Lang, key: Key, args: &[&dyn std::fmt::Display]) -> String {
    let mut out = String::new();
    let mut args = args.iter();
    let mut parts = key.text(lang).split("{}").peekable();
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
