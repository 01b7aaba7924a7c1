//! The trainers' page's list of SCORM packages (`scorm/index.json`, written by the build): each
//! module's SCORM 1.2 and SCORM 2004 zips with a download link and size, for uploading to an LMS.

use leptos::prelude::*;

use crate::content::scorm_list::{self, ModulePackages, ScormPackage};
use crate::i18n::trainers::Word as Words;
use crate::i18n::{t, Key};
use crate::platform;
use crate::ui::state::AppState;

/// What the list's load came to.
#[derive(Debug, Clone, PartialEq)]
enum Listed {
    Loading,
    Ready(Vec<ModulePackages>),
    Failed(String),
}

/// "Paket SCORM untuk LMS": the build's packages, each a download link with its size. Online
/// only (packages are never cached on learners' phones); offline, it says so.
#[component]
pub(super) fn ScormDownloads() -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let listed = RwSignal::new(Listed::Loading);
    // In the course's order (the build writes them by id).
    let position = move |p: &ScormPackage| {
        state.catalog.with_untracked(|c| {
            c.as_ref()
                .and_then(|c| c.entries.iter().position(|e| e.summary.id == p.module))
                .unwrap_or(usize::MAX)
        })
    };
    leptos::task::spawn_local(async move {
        let result = platform::content::fetch_text(
            scorm_list::PATH,
            platform::content::LIST_TIMEOUT_MS,
            platform::content::MAX_LIST_BYTES,
        )
        .await;
        let next = match result {
            Ok(text) => match scorm_list::parse(&platform::content::BrowserJson, &text) {
                Ok(mut list) => {
                    list.sort_by_key(position);
                    Listed::Ready(scorm_list::by_module(list))
                }
                Err(e) => Listed::Failed(e.message(lang)),
            },
            Err(e) => Listed::Failed(e.message(lang)),
        };
        listed.set(next);
    });
    view! {
        <section aria-labelledby="scorm-downloads-title" id="scorm-downloads">
            <h2 id="scorm-downloads-title">{Words::ScormListTitle.text(lang)}</h2>
            <p>{Words::ScormListLead.text(lang)}</p>
            {move || match listed.get() {
                Listed::Loading => view! { <p class="muted" role="status">{t(lang, Key::LoadingPage)}</p> }.into_any(),
                Listed::Failed(why) => view! { <p class="banner banner-warn" role="status">{Words::ScormListFailed.with(lang, &[&why])}</p> }.into_any(),
                Listed::Ready(list) => view! {
                    <ul class="scorm-list">
                        {list.into_iter().map(|m| view! {
                            <li>
                                <span class="scorm-module">{m.title.clone()}</span>
                                {m.packages.into_iter().map(|p| view! {
                                    <span class="scorm-file">
                                        <a href=p.file.clone() download=""
                                            aria-label=format!("{} — {}", m.title, p.edition_text(lang))>
                                            {p.edition_text(lang)}</a>
                                        " · "{p.size_text()}
                                    </span>
                                }).collect_view()}
                            </li>
                        }).collect_view()}
                    </ul>
                }.into_any(),
            }}
        </section>
    }
}
