//! Shared states of every page about one module: loading, unknown module, body failures.

use leptos::prelude::*;

use crate::content::catalog::CatalogEntry;
use crate::domain::ids::ModuleId;
use crate::i18n::{t, Key};
use crate::ui::state::{AppState, BodyState};
use crate::views::lesson::LoadingTitle;

/// Renders `page` with the module's catalog entry once the catalog has it; otherwise a
/// loading line or a "module not found" page.
pub fn with_module(
    id: ModuleId,
    page: impl Fn(CatalogEntry) -> AnyView + Send + Sync + 'static,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    move || {
        if state.catalog.with(Option::is_none) {
            return view! { <p class="muted" role="status">{t(lang, Key::LoadingCatalog)}</p> }
                .into_any();
        }
        match state.entry(&id) {
            Some(entry) => page(entry),
            None => view! {
                <section class="card">
                    <h1 id="page-title" tabindex="-1">{t(lang, Key::ModuleNotFoundTitle)}</h1>
                    <p>{t(lang, Key::ModuleNotFoundBody)} " " <code>{id.to_string()}</code></p>
                    <p><a class="button" href=crate::ui::links::page(&crate::domain::route::Route::Home)>{t(lang, Key::BackHome)}</a></p>
                </section>
            }
            .into_any(),
        }
    }
}

/// Renders `page` with the module's catalog entry and its body, once both are in: the frame of
/// every page drawn from a module file (quiz, pre-test, RTL, the Gelar kit).
pub fn with_module_body(
    id: ModuleId,
    page: impl Fn(CatalogEntry, std::sync::Arc<crate::content::catalog::ModuleContent>) -> AnyView
        + Clone
        + Send
        + Sync
        + 'static,
) -> impl IntoView {
    with_module(id, move |entry| {
        let (e, page) = (entry.clone(), page.clone());
        with_body(&entry, move |body| page(e.clone(), body)).into_any()
    })
}

/// Renders `page` with the module's body once loaded; asks for it if needed.
pub fn with_body(
    entry: &CatalogEntry,
    page: impl Fn(std::sync::Arc<crate::content::catalog::ModuleContent>) -> AnyView
        + Send
        + Sync
        + 'static,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    state.request_body(entry);
    let entry = entry.clone();
    move || match state.body(&entry.summary.id) {
        // The loading line stands in as the page's title (navigation focuses it); the page's
        // own title, or the failure, takes the focus over once it is drawn.
        None | Some(BodyState::Loading) => {
            view! { <LoadingTitle lang=lang key=Key::LoadingModule /> }.into_any()
        }
        Some(BodyState::Ready(body)) => {
            hand_focus_over();
            page(body)
        }
        Some(BodyState::Failed(detail)) => {
            hand_focus_over();
            let retry_entry = entry.clone();
            view! {
                <div class="alert alert-error" role="alert">
                    <p id="page-title" tabindex="-1">{t(lang, Key::BodyFailed)}</p>
                    <p><code>{detail.message(lang)}</code></p>
                    <button class="button" type="button" on:click=move |_| state.request_body(&retry_entry)>
                        {t(lang, Key::Retry)}
                    </button>
                </div>
            }
            .into_any()
        }
    }
}

/// Called while the loading line is still on screen: if it has the focus, the next frame gives
/// it to what replaces it (the same id).
fn hand_focus_over() {
    if crate::platform::is_focused("page-title") {
        request_animation_frame(|| crate::platform::focus_element("page-title"));
    }
}
