//! The framework's floor, for the benchmark (scripts/bench.sh): the smallest Leptos CSR app
//! with what every screen of ours uses (a signal, a list rendered from data, a click handler,
//! text in attributes), built with the app's own profile and flags. Its size is what no
//! splitting or trimming of our code can go below. Not part of the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    leptos::mount::mount_to_body(|| {
        let (count, set_count) = signal(0_u32);
        let items = [
            "Pola pikir melayani",
            "Agen perubahan",
            "Pemerintahan bersih",
        ];
        view! {
            <main>
                <h1 id="page-title">"Bimtek"</h1>
                <ul>
                    {items.iter().map(|i| view! { <li class="card">{*i}</li> }).collect_view()}
                </ul>
                <button on:click=move |_| set_count.update(|n| *n += 1)>
                    {move || count.get().to_string()}
                </button>
            </main>
        }
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
