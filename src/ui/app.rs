//! The root component: language, route and storage status, and the page for the route.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::i18n::Lang;
use crate::platform;

use super::chrome::{Footer, Header, SkipLink, StatusBanners};
use super::lazy::{lazy_learn, lazy_module, lazy_page, LazyPage, LearnChunk, LearnSettled};
use super::pages::{FramedPage, HomePage, ModulesPage, NotFoundPage};
use super::state::AppState;

/// The whole app.
#[component]
pub fn App() -> impl IntoView {
    // Tin Can launch parameters leave the address bar before anything else reads it.
    let launch = platform::lrs::take_launch();
    let lang = platform::lang_from_url()
        .or_else(platform::stored_lang)
        .unwrap_or_default();
    platform::set_document_lang(lang);
    // The start-up script applied it already where it ran; a no-op then.
    platform::apply_text_size(platform::stored_text_size());
    let state = AppState::new(lang);
    // Whose progress this page holds — a launched actor's own database, or the device's — is
    // decided here, before storage opens (issue 27, item 3).
    state.set_learner(launch.as_ref().map_or_else(Default::default, |(pairs, _)| {
        crate::domain::lrs::learner::launch_learner(pairs, platform::lrs::actor_fields)
    }));
    provide_context(state);
    provide_context(state.health);
    let net = super::state::Connectivity::new();
    provide_context(net);
    let learn = LearnSettled::new();
    provide_context(learn);
    // The embed view is decided once, by the URL the portal's iframe loads. Inside any frame
    // the app is chrome-less too, and only embed routes render (contract 9).
    let embedded = matches!(platform::current_route(), Route::Embed(..));
    let framed = platform::embed::in_frame();
    let restricted = embedded || framed;
    if embedded {
        // The portal's origin, the resizer and the learner's id are the embed view's, in the
        // module chunk (`pages/embed.rs`); until it is in, nothing is sent.
        state.embed.set(Some(super::state::EmbedSession::default()));
        platform::set_root_class("embed");
    }

    let (route, set_route) = signal(platform::current_route());
    let lrs = super::lrs::start(state, launch, &route.get_untracked());
    let handle = window_event_listener(leptos::ev::hashchange, move |_| {
        if platform::lrs::hash_has_launch() {
            platform::reload();
            return;
        }
        set_route.set(platform::current_route());
    });
    on_cleanup(move || handle.remove());
    let online = window_event_listener_untyped("online", move |_| net.online.set(true));
    let offline = window_event_listener_untyped("offline", move |_| net.online.set(false));
    on_cleanup(move || {
        online.remove();
        offline.remove();
    });

    super::links::focus_title_on_change(route);
    if platform::has_root_class(super::FIRST_SCREEN_HOLD) {
        release_when_settled(state, route, learn);
    }

    // app-ready (docs/design.md contract 7) once the catalog is shown and storage has answered.
    // Listen before any content is fetched: the worker reports a newer copy while it answers
    // this page's own requests, and a message with no listener yet would be lost.
    platform::sw::on_content_updated(move || net.content_updated.set(true));
    // The catalog is usable at once when the build inlined it; settled once `packs.json` has
    // been checked and every pack it lists has settled (what the offline warm-up needs).
    let (catalog_settled, set_catalog_settled) = signal(false);
    // `packs.json` is checked once the app is ready: no request of the first load is for it.
    let (ready_tx, ready_rx) = futures::channel::oneshot::channel::<()>();
    let usable_at_once = state.load_catalog(
        async move {
            let _ = ready_rx.await;
        },
        move || set_catalog_settled.set(true),
    );
    let ready_tx = std::cell::Cell::new(Some(ready_tx));
    let (storage_done, set_storage_done) = signal(false);
    state.open_storage(move || set_storage_done.set(true));
    Effect::new(move |_| {
        if (usable_at_once || catalog_settled.get()) && storage_done.get() {
            platform::mark_app_ready();
            if let Some(tx) = ready_tx.take() {
                let _ = tx.send(());
                // Home's cards lead to module pages: their chunk, after the first view.
                if !restricted {
                    super::lazy::warm_module_chunk(learn);
                }
            }
            lrs.app_ready();
        }
    });
    Effect::new(move |_| {
        if catalog_settled.get() && storage_done.get() {
            // A launch's replay of what its actor completed reads every pack's modules.
            lrs.catalog_settled();
            // Offline support is set up after the first view, not competing with it.
            platform::sw::register(move || net.update_ready.set(true));
            // Every module of every pack (deployers' too) available offline after one visit.
            // And each pack's search index (search works offline too).
            let mut paths: Vec<String> = state.catalog.with_untracked(|c| {
                c.iter()
                    .flat_map(|c| c.entries.iter())
                    .flat_map(|e| [e.pack_path.clone(), e.body_path(), e.search_path()])
                    .collect()
            });
            // A pack's own files once, not once per module.
            paths.sort_unstable();
            paths.dedup();
            leptos::task::spawn_local(async move {
                if platform::sw::warm(&paths).await.is_some() {
                    net.cache_epoch.update(|n| *n += 1);
                }
            });
        }
    });
    // The resume point ("Lanjutkan"): every page inside a module, once storage is open.
    Effect::new(move |_| {
        let route = route.get();
        if storage_done.get() {
            state.remember(&route);
        }
    });

    if restricted {
        if !embedded {
            platform::set_root_class("embed");
        }
        return view! {
            <StatusBanners />
            <main id="main" tabindex="-1" class="embed-main">
                {move || match route.get() {
                    r @ Route::Embed(..) => page_for(r, lang),
                    other => view! { <FramedPage lang=lang route=other /> }.into_any(),
                }}
            </main>
        }
        .into_any();
    }
    view! {
        // The hash holds the route, so the skip link must not change it (`#main` would be
        // "page not found"): it moves focus to the main region instead.
        <SkipLink lang=lang on_click=|ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            platform::focus_element("main");
        } />
        <Header lang=lang />
        <StatusBanners />
        <main id="main" tabindex="-1">
            {move || page_for(route.get(), lang)}
        </main>
        <Footer lang=lang />
    }
    .into_any()
}

fn page_for(route: Route, lang: Lang) -> AnyView {
    match route {
        Route::Home => view! { <HomePage /> }.into_any(),
        r @ (Route::Module(_) | Route::Embed(..)) => lazy_module(r, lang),
        r @ (Route::Lesson(..)
        | Route::Glossary(_)
        | Route::Quiz(_)
        | Route::QuizResult(_)
        | Route::Pretest(_)
        | Route::Rtl(_)
        | Route::Gelar(_)
        | Route::Review) => lazy_learn(r, lang),
        Route::PackCheck => lazy_page(LazyPage::PackCheck, lang),
        Route::Settings => lazy_page(LazyPage::Settings, lang),
        Route::EmbedGuide => lazy_page(LazyPage::EmbedGuide, lang),
        Route::Record => lazy_page(LazyPage::Record, lang),
        Route::About => lazy_page(LazyPage::About, lang),
        Route::Modules => view! { <ModulesPage /> }.into_any(),
        Route::Trainers => lazy_page(LazyPage::Trainers, lang),
        Route::ClassReport => lazy_page(LazyPage::ClassReport, lang),
        Route::Search => lazy_page(LazyPage::Search, lang),
        Route::NotFound(path) => view! { <NotFoundPage lang=lang path=path /> }.into_any(),
    }
}

/// Lets go of the static lesson or quiz the start-up script drew (`content/boot.js`) once the
/// app has its own page for the route ready: the page (its chunk in, its module file read), or
/// what it shows instead (module not found, the module file or the chunk failed), or another
/// page the learner went to meanwhile.
fn release_when_settled(state: AppState, route: ReadSignal<Route>, learn: LearnSettled) {
    Effect::new(move |done: Option<bool>| {
        if done == Some(true) {
            return true;
        }
        let route = route.get();
        let settled = match &route {
            // A module's overview: once its chunk is in (or failed: its retry shows) and the
            // catalog is known.
            Route::Module(_) => match learn.get(LearnChunk::Module) {
                None => false,
                Some(false) => true,
                Some(true) => state.catalog.with(Option::is_some),
            },
            Route::Lesson(module, _) | Route::Quiz(module) => {
                match LearnChunk::of(&route).map(|c| learn.get(c)) {
                    // The page's chunk is on its way; or it failed, and its retry shows.
                    Some(None) => false,
                    Some(Some(false)) => true,
                    _ => {
                        state.catalog.with(Option::is_some)
                            && (state.entry(module).is_none()
                                || !matches!(
                                    state.body(module),
                                    None | Some(super::state::BodyState::Loading)
                                ))
                    }
                }
            }
            _ => true,
        };
        if settled {
            platform::release_first_screen(crate::content::catalog::FIRST_SCREEN_ID);
        }
        settled
    });
}
