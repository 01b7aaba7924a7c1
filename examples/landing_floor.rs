//! The stack's floor for a landing screen, for the benchmark (scripts/bench.sh): the least a
//! quiz deep link must do with this stack, and nothing more — fetch a module file, parse it
//! with `JSON.parse` + serde-wasm-bindgen (as the app does), open an IndexedDB database with
//! `indexed_db_futures`, read the saved answers, render the questions as radio buttons, and save
//! an answer when one is chosen. No validation, no error messages, no second language, no
//! lesson blocks, no routing, no queue, no accessibility work: every one of those is in the
//! app. Built with the app's profile and flags; its size is what no trimming of our own code
//! could go below while keeping Leptos, serde and `indexed_db_futures`. Not part of the app.

#[cfg(target_arch = "wasm32")]
mod floor {
    use indexed_db_futures::database::Database;
    use indexed_db_futures::prelude::*;
    use indexed_db_futures::transaction::TransactionMode;
    use leptos::prelude::*;
    use serde::{Deserialize, Serialize};

    #[derive(Deserialize, Clone)]
    pub struct Module {
        pub id: String,
        pub questions: Vec<Question>,
    }

    #[derive(Deserialize, Clone)]
    pub struct Question {
        pub id: String,
        pub prompt: String,
        pub kind: Kind,
    }

    /// Only single-choice questions (the app has six kinds).
    #[derive(Deserialize, Clone, Default)]
    pub struct Kind {
        #[serde(default)]
        pub single: Option<Options>,
    }

    #[derive(Deserialize, Clone, Default)]
    pub struct Options {
        pub options: Vec<Choice>,
    }

    #[derive(Deserialize, Clone)]
    pub struct Choice {
        pub id: String,
        pub text: String,
        pub correct: bool,
        pub feedback: String,
    }

    #[derive(Serialize, Deserialize, Clone)]
    pub struct Answer {
        pub key: String,
        pub choice: String,
    }

    async fn open() -> Option<Database> {
        Database::open("landing-floor")
            .with_version(1_u32)
            .with_on_upgrade_needed(|_, db| {
                db.create_object_store("answers")
                    .with_key_path("key".into())
                    .build()?;
                Ok(())
            })
            .await
            .ok()
    }

    async fn answers(db: &Database) -> Vec<Answer> {
        let Ok(tx) = db.transaction("answers").build() else {
            return Vec::new();
        };
        let Ok(store) = tx.object_store("answers") else {
            return Vec::new();
        };
        let Ok(all) = store.get_all::<Answer>().serde() else {
            return Vec::new();
        };
        all.await
            .map(|rows| rows.filter_map(Result::ok).collect())
            .unwrap_or_default()
    }

    async fn save(db: &Database, answer: &Answer) {
        let Ok(tx) = db
            .transaction("answers")
            .with_mode(TransactionMode::Readwrite)
            .build()
        else {
            return;
        };
        if let Ok(store) = tx.object_store("answers") {
            if let Ok(put) = store.put(answer).serde() {
                let _ = put.await;
            }
        }
        let _ = tx.commit().await;
    }

    async fn module() -> Option<Module> {
        let text = gloo_net::http::Request::get("content/inti/pola-pikir-melayani.json")
            .send()
            .await
            .ok()?
            .text()
            .await
            .ok()?;
        let value = js_sys::JSON::parse(&text).ok()?;
        serde_wasm_bindgen::from_value(value).ok()
    }

    pub fn start() {
        leptos::mount::mount_to_body(|| {
            let data = LocalResource::new(|| async {
                let db = open().await;
                let saved = match &db {
                    Some(db) => answers(db).await,
                    None => Vec::new(),
                };
                (module().await, db, saved)
            });
            // The app's own signal for "usable" (docs/design.md contract 7), once the
            // questions are in the page.
            Effect::new(move |_| {
                if data.with(Option::is_some) {
                    if let Some(p) = window().performance() {
                        let _ = p.mark("app-ready");
                    }
                }
            });
            view! {
                <main>
                    {move || data.get().map(|(module, db, saved)| {
                        let Some(module) = module else {
                            return view! { <p>"?"</p> }.into_any();
                        };
                        let (chosen, set_chosen) = signal(saved);
                        let db = StoredValue::new_local(db);
                        let questions = module.questions.into_iter().map(|q| {
                            let qid = q.id.clone();
                            let choices = q.kind.single.unwrap_or_default().options;
                            let feedback = {
                                let (qid, choices) = (qid.clone(), choices.clone());
                                move || chosen.with(|a| {
                                    let pick = a.iter().find(|x| x.key == qid)?;
                                    let c = choices.iter().find(|c| c.id == pick.choice)?;
                                    Some(view! { <p class:correct=c.correct>{c.feedback.clone()}</p> })
                                })
                            };
                            let options = choices.into_iter().map(|c| {
                                let (qid, cid) = (qid.clone(), c.id.clone());
                                let checked = {
                                    let (qid, cid) = (qid.clone(), cid.clone());
                                    move || chosen.with(|a| a.iter().any(|x| x.key == qid && x.choice == cid))
                                };
                                view! {
                                    <label>
                                        <input type="radio" name=qid.clone() prop:checked=checked
                                            on:change=move |_| {
                                                let answer = Answer { key: qid.clone(), choice: cid.clone() };
                                                set_chosen.update(|a| { a.retain(|x| x.key != answer.key); a.push(answer.clone()); });
                                                if let Some(db) = db.get_value() {
                                                    leptos::task::spawn_local(async move { save(&db, &answer).await });
                                                }
                                            } />
                                        {c.text}
                                    </label>
                                }
                            }).collect_view();
                            view! { <fieldset><legend>{q.prompt}</legend>{options}{feedback}</fieldset> }
                        }).collect_view();
                        view! { <h1>{module.id}</h1> {questions} }.into_any()
                    })}
                </main>
            }
        });
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    floor::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
