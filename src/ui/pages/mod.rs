//! One page per route.

mod about;
mod embed;
mod framed;
mod glossary;
mod home;
mod lesson;
mod module;
mod module_frame;
mod module_worksheets;
mod not_found;
mod pack_check;
mod quiz;
mod quiz_feedback;
mod quiz_form;
mod quiz_reading;
mod quiz_result;
mod record;
mod result_actions;
mod scorm_downloads;
mod settings;
mod settings_lrs;
mod trainers;

pub use about::AboutPage;
pub use embed::{EmbedGuidePage, EmbedNotices, EmbedView};
pub use framed::FramedPage;
pub use glossary::GlossaryPage;
pub use home::{HomePage, ModulesPage};
pub use lesson::LessonPage;
pub use module::ModulePage;
pub use not_found::NotFoundPage;
pub use pack_check::PackCheckPage;
pub use quiz::QuizPage;
pub use quiz_result::QuizResultPage;
pub use record::RecordPage;
pub use settings::SettingsPage;
pub use trainers::TrainersPage;
