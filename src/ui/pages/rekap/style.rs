//! The class summary's own styles, carried by its chunk: a constructed style sheet adopted by
//! the document (`document.adoptedStyleSheets`), so the stylesheet every learner's first visit
//! inlines (`style/main.css`) does not grow for a page only trainers open. The page builds on
//! the shared classes (`.card`, `.callout`, `.table-wrap`, the diagrams' `.diagram-*`); a
//! browser without constructed style sheets shows it with those alone. Driven through
//! `Reflect`: no new binding in the main module's glue.

use wasm_bindgen::{JsCast, JsValue};

/// The rules: 16 px text in the tables, 44 px sort buttons, the charts' marks, and the print
/// layout (A4 portrait; each module and the RTL and KBK lists from a new page).
const CSS: &str = "
.rekap { --fs-sm: 1rem; }
.rekap-pick { border-style: dashed; }
.rekap-input { display: block; width: 100%; min-height: 44px; margin: 0 0 0.5rem; font: inherit; }
.rekap-drop { margin: 0 0 0.5rem; }
.rekap-refused { border-color: var(--case); }
.rekap-refused li { overflow-wrap: anywhere; margin-bottom: 0.25rem; }
.rekap-sort { display: inline-flex; align-items: center; gap: 0.25rem; min-height: 44px; min-width: 44px;
  padding: 0; border: 0; background: none; font: inherit; font-weight: 700; color: var(--link);
  text-align: left; cursor: pointer; }
.rekap-sort:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
.rekap-table th, .rekap-table td { min-width: 7.5rem; }
.rekap-learner { min-width: 10rem; }
.rekap-table td, .rekap-table th, .rekap-items td, .rekap-items th { overflow-wrap: break-word; }
.rekap-num { text-align: right; white-space: nowrap; }
.rekap-items th[scope=row] { min-width: 12rem; font-weight: 400; }
.rekap-qid { font-weight: 700; }
.rekap-items td { min-width: 5rem; }
.rekap-wrong { margin: 0; padding-left: 1.1rem; min-width: 16rem; }
.rekap-flagged > th, .rekap-flagged > td { background: var(--reading-bg); }
.rekap-module { border-top: 2px solid var(--border); margin-top: 2rem; padding-top: 1rem; }
.rekap-mark { stroke: var(--case); stroke-width: 1.5; stroke-dasharray: 4 3; }
.rekap-gain-line { stroke: var(--muted); stroke-width: 2; }
.rekap-pre { fill: var(--bg); stroke: var(--brand); stroke-width: 2; }
.rekap-plan dd { white-space: pre-wrap; }
@media print {
  .rekap .table-wrap { overflow: visible; border: 0; }
  .rekap table { font-size: 8.5pt; }
  .rekap th, .rekap td { padding: 1mm 1.5mm; }
  .rekap-table th, .rekap-table td, .rekap-learner, .rekap-items th[scope=row] { min-width: 0; }
  .rekap-sort { min-height: 0; color: inherit; }
  .rekap-sort-mark, .rekap .diagram-data { display: none; }
  .rekap-caution { break-after: avoid; }
  .rekap-module, .rekap-print-page { break-before: page; }
  .rekap-chart, .rekap-plan { break-inside: avoid; }
  .rekap-charts .diagram-svg { max-width: 12cm; }
}
";

thread_local! {
    static ADOPTED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Adopts the page's style sheet once per page load (nothing where the browser cannot).
pub fn adopt() {
    if ADOPTED.get() {
        return;
    }
    let done = (|| -> Option<()> {
        let window: JsValue = web_sys::window()?.into();
        let document = js_sys::Reflect::get(&window, &"document".into()).ok()?;
        let ctor: js_sys::Function = js_sys::Reflect::get(&window, &"CSSStyleSheet".into())
            .ok()?
            .dyn_into()
            .ok()?;
        let sheet = js_sys::Reflect::construct(&ctor, &js_sys::Array::new()).ok()?;
        let replace: js_sys::Function = js_sys::Reflect::get(&sheet, &"replaceSync".into())
            .ok()?
            .dyn_into()
            .ok()?;
        replace.call1(&sheet, &CSS.into()).ok()?;
        let current = js_sys::Reflect::get(&document, &"adoptedStyleSheets".into()).ok()?;
        let next = js_sys::Array::from(&current);
        next.push(&sheet);
        js_sys::Reflect::set(&document, &"adoptedStyleSheets".into(), &next).ok()?;
        Some(())
    })();
    ADOPTED.set(done.is_some());
}
