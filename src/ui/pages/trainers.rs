//! `#/pelatih`: "Untuk pelatih", the one page that leads to the trainers' pages (issue 30,
//! finding 7): the embed snippet with the SCORM packages (`#/sematkan`) and the pack check
//! (`#/periksa-paket`), the class summary (`#/pelatih/rekap`, a chunk of its own), and each
//! module's *Gelar Budaya Kerja* kit (`#/modul/<id>/gelar`, issue 26) for the judges of the KBK
//! presentations. Linked from the footer and About, never from the learners' navigation.
//! In the `trainers` chunk with the pages it leads to.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::i18n::rekap::link::Word as Link;
use crate::i18n::trainers::Word as Words;
use crate::i18n::{t, Key, Lang};
use crate::ui::state::AppState;

/// The trainers' page.
#[component]
pub fn TrainersPage(
    /// UI language.
    lang: Lang,
) -> impl IntoView {
    let item = |route: Route, title: Key, what: Key, id: &'static str| {
        view! {
            <li class="trainer-link">
                <a href=route.to_hash() id=id>{t(lang, title)}</a>
                <p class="muted">{t(lang, what)}</p>
            </li>
        }
    };
    let state = AppState::get();
    // One line per module that has a kit, once the catalog is in.
    let kits = move || {
        state.catalog.with(|c| {
            c.iter()
                .flat_map(|c| &c.entries)
                .filter(|e| e.summary.gelar)
                .map(|e| {
                    let id = e.summary.id.clone();
                    view! {
                        <li class="trainer-link">
                            <a href=Route::Gelar(id.clone()).to_hash() id=format!("trainers-gelar-{id}")>{t(lang, Key::GelarLink)}</a>
                            <p class="muted">{e.summary.title.clone()}</p>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <h1 id="page-title" tabindex="-1">{t(lang, Key::NavTrainers)}</h1>
        <p>{Words::TrainersLead.text(lang)}</p>
        <ul class="trainer-list">
            {item(Route::EmbedGuide, Key::EmbedGuideTitle, Key::TrainersEmbed, "trainers-embed")}
            {item(Route::PackCheck, Key::PackCheckTitle, Key::TrainersPackCheck, "trainers-pack-check")}
            <li class="trainer-link">
                <a href=Route::ClassReport.to_hash() id="trainers-rekap">{Link::Title.text(lang)}</a>
                <p class="muted">{Link::What.text(lang)}</p>
            </li>
            {kits}
        </ul>
    }
}
