//! The root component: language, route and storage status, and the page for the route.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::i18n::{t, Key, Lang};
use crate::platform;
use crate::storage::idb::IdbStore;
use crate::storage::schema::DB_NAME;

use super::chrome::{Footer, Header};
use super::pages::{
    AboutPage, GlossaryPage, HomePage, LessonPage, ModulePage, NotFoundPage, PackCheckPage,
};
use super::state::AppState;

/// Whether saved progress can be kept in this browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StorageStatus {
    /// Still opening the database.
    Opening,
    /// IndexedDB is open.
    Available,
    /// IndexedDB could not be opened: the app runs on memory only.
    Unavailable,
}

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    let lang = platform::lang_from_url().unwrap_or_default();
    platform::set_document_lang(lang);
    let state = AppState::new(lang);
    provide_context(state);

    let (route, set_route) = signal(platform::current_route());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        set_route.set(platform::current_route());
    });
    on_cleanup(move || handle.remove());

    // After a route change (not the first render), move focus to the new page's title.
    let first = StoredValue::new(true);
    Effect::new(move |_| {
        route.track();
        if first.get_value() {
            first.set_value(false);
        } else {
            platform::focus_element("page-title");
            if let Some(w) = web_sys::window() {
                w.scroll_to_with_x_and_y(0.0, 0.0);
            }
        }
    });

    // app-ready (DESIGN.md contract 7) once the catalog is shown and storage has answered.
    let (catalog_done, set_catalog_done) = signal(false);
    state.load_catalog(move || set_catalog_done.set(true));
    let (storage, set_storage) = signal(StorageStatus::Opening);
    Effect::new(move |_| {
        if catalog_done.get() && storage.get() != StorageStatus::Opening {
            platform::mark_app_ready();
        }
    });
    leptos::task::spawn_local(async move {
        let status = match IdbStore::open(DB_NAME).await {
            Ok(store) => {
                store.close();
                StorageStatus::Available
            }
            Err(e) => {
                web_sys::console::warn_1(&e.to_string().into());
                StorageStatus::Unavailable
            }
        };
        set_storage.set(status);
    });

    view! {
        <a class="skip-link" href="#main">{t(lang, Key::SkipToContent)}</a>
        <Header lang=lang />
        <Show when=move || storage.get() == StorageStatus::Unavailable>
            <p class="banner banner-warn" role="status">{t(lang, Key::StorageUnavailable)}</p>
        </Show>
        <main id="main" tabindex="-1">
            {move || page_for(route.get(), lang)}
        </main>
        <Footer lang=lang />
    }
}

fn page_for(route: Route, lang: Lang) -> AnyView {
    match route {
        Route::Home => view! { <HomePage /> }.into_any(),
        Route::Module(id) => view! { <ModulePage id=id /> }.into_any(),
        Route::Lesson(module, lesson) => {
            view! { <LessonPage module=module lesson=lesson /> }.into_any()
        }
        Route::Glossary(id) => view! { <GlossaryPage id=id /> }.into_any(),
        Route::PackCheck => view! { <PackCheckPage /> }.into_any(),
        Route::About => view! { <AboutPage lang=lang /> }.into_any(),
        Route::NotFound(path) => view! { <NotFoundPage lang=lang path=path /> }.into_any(),
    }
}
