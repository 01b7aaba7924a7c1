//! The words of the trainers' pages (the trainers chunk), in Indonesian and English.
//!
//! A table of its own (issue 28, item 6): only that chunk refers to it, so both languages travel
//! in the chunk and not in the main module, which home needs. A word without both languages
//! does not compile; a test checks none is empty and the placeholders match.

super::chunk_words! {
    "of the trainers' pages (the trainers chunk)";
    PackCheckLead => "Halaman ini memuat dan memeriksa seluruh isi setiap paket yang terpasang (packs.json).",
        "This page loads and checks the full content of every installed pack (packs.json).";
    PackCheckRunning => "Memeriksa…", "Checking…";
    PackCheckAllOk => "Semua modul sah.", "All modules are valid.";
    PackCheckSomeBad => "Ada masalah; lihat di bawah.", "There are problems; see below.";
    PackCheckTime => "{} modul dan {} soal diurai dan diperiksa dalam {} ms.", "{} modules and {} questions parsed and checked in {} ms.";
    ModuleValid => "sah", "valid";
    ScormListTitle => "Paket SCORM untuk LMS (Moodle)", "SCORM packages for an LMS (Moodle)";
    ScormListLead => "Setiap modul sebagai paket SCORM 1.2 dan SCORM 2004 edisi ke-4. Untuk Moodle pakailah SCORM 1.2 (Moodle mendukung SCORM 2004 hanya sebagian); SCORM 2004 untuk LMS yang memintanya. Di Moodle: Tambahkan aktivitas → Paket SCORM, unggah berkasnya; penyelesaian: \"Require status: Passed\". Dengan SCORM 2004, \"Completed\" berarti semua pelajaran sudah dibaca.", "Each module as a SCORM 1.2 and a SCORM 2004 4th edition package. For Moodle use SCORM 1.2 (Moodle supports SCORM 2004 only in part); SCORM 2004 is for an LMS that asks for it. In Moodle: Add an activity → SCORM package, upload the file; completion: \"Require status: Passed\". With SCORM 2004, \"Completed\" means every lesson has been read.";
    ScormListFailed => "Daftar paket tidak dapat dimuat ({}). Paket ada di folder scorm/ aplikasi ini; buka halaman ini saat tersambung ke internet.", "The list of packages cannot be loaded ({}). The packages are in this app's scorm/ folder; open this page while online.";
    TrainersLead => "Halaman untuk pelatih, pengelola portal dan LMS, dan pemasang paket materi. Peserta tidak memerlukannya.",
        "Pages for trainers, portal and LMS managers, and whoever installs content packs. Learners do not need them.";
}
