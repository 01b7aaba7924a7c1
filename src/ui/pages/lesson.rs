//! `#/modul/<id>/pelajaran/<lesson>`: the lesson reader, with previous / "done reading".

use leptos::prelude::*;

use crate::content::reading::{reading_order, BLOCKS_FROM};
use crate::domain::ids::{LessonId, ModuleId};
use crate::domain::progress::LessonUpdate;
use crate::i18n::{t, Key};
use crate::platform;
use crate::ui::blocks::lesson_blocks_view;
use crate::ui::links;
use crate::ui::listen::ListenBar;
use crate::ui::state::AppState;
use crate::views::lesson::LessonHead;

use super::module_frame::{with_body, with_module};

/// The lesson reader.
#[component]
pub fn LessonPage(
    /// Which module.
    module: ModuleId,
    /// Which lesson.
    lesson: LessonId,
) -> impl IntoView {
    let state = AppState::get();
    let lang = state.lang;
    let opened_at = platform::device::now();
    // Opening a lesson is progress too ("sedang belajar"); record it once.
    let (m0, l0) = (module.clone(), lesson.clone());
    leptos::task::spawn_local(async move {
        state
            .record_lesson(LessonUpdate {
                module: m0,
                lesson: l0,
                read: false,
                add_seconds: 0,
                position: None,
            })
            .await;
    });
    with_module(module, move |entry| {
        let lesson = lesson.clone();
        let base = entry.base.clone();
        let title = entry.summary.title.clone();
        let module_href = links::module(&entry.summary.id);
        let summary = entry.summary.clone();
        with_body(&entry, move |body| {
            let Some(index) = body.lessons.iter().position(|l| l.id == lesson) else {
                return view! {
                    <section class="card">
                        <h1 id="page-title" tabindex="-1">{t(lang, Key::NotFoundTitle)}</h1>
                        <p>{t(lang, Key::LessonNotFoundBody)} " " <code>{lesson.to_string()}</code></p>
                        <p><a class="button" href=module_href.clone()>{t(lang, Key::BackToModule)}</a></p>
                    </section>
                }
                .into_any();
            };
            // A required pre-test not yet done holds the lessons back (domain::pretest::gate).
            let pretest = state.progress.pretest(&body.id);
            let has = crate::domain::pretest::module_has_pretest(&summary, &body.questions);
            let post_started = state.progress.post_started(&body.id);
            if crate::domain::pretest::gate(summary.pretest, has, pretest.as_ref(), post_started).blocks_lessons() {
                let pretest_href = links::pretest(&body.id);
                return view! {
                    <p class="crumb"><a href=module_href.clone()>{title.clone()}</a></p>
                    <section class="card" id="pretest-blocked">
                        <h1 id="page-title" tabindex="-1">{t(lang, Key::PretestTitle)}</h1>
                        <p>{t(lang, Key::PretestBlocked)}</p>
                        <p><a class="button" id="pretest-link" href=pretest_href>{t(lang, Key::PretestStart)}</a></p>
                    </section>
                }
                .into_any();
            }
            let l = &body.lessons[index];
            // A search result's place (`?blok=<n>`, ui/pages/search.rs): brought into view once
            // the lesson is drawn.
            if let Some(block) = platform::place::hash_param("blok")
                .and_then(|b| b.parse::<u16>().ok())
                .filter(|b| usize::from(*b) < l.blocks.len())
            {
                platform::place::reveal_in_lesson(vec![BLOCKS_FROM.saturating_add(block)]);
            }
            let count = body.lessons.len();
            let href = |i: usize| links::lesson(&body.id, &body.lessons[i].id);
            let prev = index.checked_sub(1).map(href);
            // The last lesson leads on to the quiz (issue 30, finding 4); the quiz page lists any
            // lesson still unread.
            let next = if index + 1 < count { href(index + 1) } else { links::quiz(&body.id) };
            view! {
                <article class="lesson">
                    <LessonHead
                        lang=lang
                        module_href=module_href.clone()
                        module_title=title.clone()
                        title=l.title.clone()
                        index=index
                        count=count
                        minutes=l.minutes
                    />
                    {lesson_blocks_view(&l.blocks, &base, lang, &body.id, &lesson)}
                </article>
                // After the article (the first screen draws the article alone, element for
                // element), and held at the bottom of the screen by its style.
                <ListenBar lang=lang segments=reading_order(&l.title, &l.blocks) />
                <nav class="pager" aria-label=t(lang, Key::LessonsTitle)>
                    {prev.map(|h| view! { <a class="button button-secondary" href=h>{t(lang, Key::Previous)}</a> })}
                    <a class="button" href=next.clone() id="finish-reading" on:click={
                        let (m, l) = (body.id.clone(), lesson.clone());
                        let next = next.clone();
                        move |ev: leptos::ev::MouseEvent| {
                            // Save first, then move on: the "read" mark is committed before the next page.
                            // While the database is not open yet (blocked by an older tab, say) the
                            // mark waits in the storage queue and the learner moves on at once.
                            ev.prevent_default();
                            let wait = !state.storage_waiting();
                            let seconds = u32::try_from((platform::device::now() - opened_at) / 1000).unwrap_or(0);
                            let update = LessonUpdate { module: m.clone(), lesson: l.clone(), read: true, add_seconds: seconds, position: Some(100) };
                            let next = next.clone();
                            // Only if the learner is still here: a late save must not pull them back
                            // from a page they went to meanwhile.
                            let here = platform::current_route();
                            let go = move || crate::ui::links::go_if_still_on(&here, &next);
                            if wait {
                                leptos::task::spawn_local(async move {
                                    state.record_lesson(update).await;
                                    go();
                                });
                            } else {
                                leptos::task::spawn_local(state.record_lesson(update));
                                go();
                            }
                        }
                    }>{t(lang, Key::FinishReading)}</a>
                </nav>
            }
            .into_any()
        })
        .into_any()
    })
}
