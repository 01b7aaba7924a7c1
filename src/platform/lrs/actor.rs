//! A launch actor read in the main module (issue 27, item 3): before storage opens, the page
//! must know whose progress it holds (`domain::lrs::learner`), and the LRS engine, which reads
//! the actor with serde, is a chunk that is not in yet. `JSON.parse` and property reads cost
//! the main module no deserializer. Split from `lrs.rs` (one concern per file).

use wasm_bindgen::JsValue;

/// A launch actor's JSON read into its members with `JSON.parse`, as
/// `domain::lrs::target::actor_fields` reads it with serde (which the LRS engine's chunk
/// carries): each member a string, or the first of a list; `account` an object (or the first of
/// a list) with `homePage`/`accountServiceHomePage` and `name`/`accountName`; absent, `null` or
/// an empty list is `None`. `None` for text that is not a JSON object, or a member of another
/// type (as serde refuses it). In the main module: the page picks the launched learner's store
/// before the engine is in (`domain::lrs::learner`).
#[must_use]
pub fn actor_fields(text: &str) -> Option<crate::domain::lrs::target::ActorFields> {
    use js_sys::{Array, Reflect};
    let value = js_sys::JSON::parse(text).ok()?;
    if !value.is_object() || Array::is_array(&value) {
        return None;
    }
    // The member `key` of `object` (the first of a list): `Some(None)` when absent, `null` or an
    // empty list; `None` when it cannot be read.
    let member = |object: &JsValue, key: &str| -> Option<Option<JsValue>> {
        let v = Reflect::get(object, &JsValue::from_str(key)).ok()?;
        let v = if Array::is_array(&v) {
            Array::from(&v).get(0)
        } else {
            v
        };
        Some((!v.is_undefined() && !v.is_null()).then_some(v))
    };
    let text = |object: &JsValue, key: &str| -> Option<Option<String>> {
        match member(object, key)? {
            None => Some(None),
            Some(v) => v.as_string().map(Some),
        }
    };
    // An account's member under either spelling (the second is Tin Can 0.9's).
    let either = |object: &JsValue, key: &str, old: &str| -> Option<Option<String>> {
        Some(text(object, key)?.or(text(object, old)?))
    };
    let account = match member(&value, "account")? {
        None => None,
        Some(a) if a.is_object() => Some((
            either(&a, "homePage", "accountServiceHomePage")?,
            either(&a, "name", "accountName")?,
        )),
        Some(_) => return None,
    };
    Some(crate::domain::lrs::target::ActorFields {
        object_type: text(&value, "objectType")?,
        name: text(&value, "name")?,
        mbox: text(&value, "mbox")?,
        mbox_sha1sum: text(&value, "mbox_sha1sum")?,
        openid: text(&value, "openid")?,
        account,
    })
}
