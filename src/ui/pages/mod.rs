//! One page per route.

mod about;
mod glossary;
mod home;
mod lesson;
mod module;
mod module_frame;
mod not_found;
mod pack_check;

pub use about::AboutPage;
pub use glossary::GlossaryPage;
pub use home::HomePage;
pub use lesson::LessonPage;
pub use module::ModulePage;
pub use not_found::NotFoundPage;
pub use pack_check::PackCheckPage;
