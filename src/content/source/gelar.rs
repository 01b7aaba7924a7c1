//! `<module>/gelar.toml` (optional): the *Gelar Budaya Kerja* kit — rubric, storyline and a
//! completed *Lembar Kerja KBK* as a worked example (docs/content-format.md).
//!
//! The worked example is read into the worksheet's own type ([`KbkSheet`]), which accepts
//! unknown keys (stored sheets from older apps must keep loading); here a key the worksheet does
//! not know is refused by name, so a typo cannot silently empty a field.

use serde::Deserialize;

use super::toml_error;
use crate::content::error::{ContentError, Location, Problem};
use crate::content::model::{GelarKit, LevelDescriptor, RubricCriterion, StorySlide};
use crate::domain::worksheet::KbkSheet;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct GelarSource {
    title: String,
    intro: String,
    #[serde(default)]
    criterion: Vec<CriterionSource>,
    #[serde(default)]
    slide: Vec<StorySlide>,
    example_title: String,
    example: ::toml::Table,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CriterionSource {
    id: String,
    name: String,
    weight: u32,
    looks_for: String,
    #[serde(default)]
    level: Vec<LevelDescriptor>,
}

/// Reads `<dir>/gelar.toml` when it exists.
pub(super) fn read_gelar(
    read: &dyn Fn(&str) -> Option<String>,
    dir: &str,
    errors: &mut Vec<ContentError>,
) -> Option<GelarKit> {
    let file = format!("{dir}/gelar.toml");
    let text = read(&file)?;
    let source: GelarSource = match toml::from_str(&text) {
        Ok(s) => s,
        Err(e) => {
            errors.push(toml_error(&file, &e));
            return None;
        }
    };
    let loc = Location::module(dir);
    let original = ::toml::Value::Table(source.example);
    let example: KbkSheet = match original.clone().try_into() {
        Ok(sheet) => sheet,
        Err(e) => {
            errors.push(ContentError::new(
                &file,
                &loc,
                Problem::BadGelar(format!("contoh lembar kerja: {}", e.message())),
            ));
            return None;
        }
    };
    if let Ok(known) = ::toml::Value::try_from(&example) {
        let mut unknown = Vec::new();
        unknown_keys(&original, &known, "example", &mut unknown);
        for key in unknown {
            errors.push(ContentError::new(
                &file,
                &loc,
                Problem::BadGelar(format!(
                    "“{key}” bukan kolom Lembar Kerja KBK (group, unit, members, problem, reason, tally, fishbone, plan, do, check, act, before, after)"
                )),
            ));
        }
    }
    Some(GelarKit {
        title: source.title,
        intro: source.intro,
        rubric: source
            .criterion
            .into_iter()
            .map(|c| RubricCriterion {
                id: c.id,
                name: c.name,
                weight: c.weight,
                looks_for: c.looks_for,
                levels: c.level,
            })
            .collect(),
        storyline: source.slide,
        example_title: source.example_title,
        example,
    })
}

/// Keys of `original` (recursively, through tables and arrays of tables) that `known` lacks.
fn unknown_keys(
    original: &::toml::Value,
    known: &::toml::Value,
    path: &str,
    out: &mut Vec<String>,
) {
    match (original, known) {
        (::toml::Value::Table(o), ::toml::Value::Table(k)) => {
            for (key, value) in o {
                let here = format!("{path}.{key}");
                match k.get(key) {
                    Some(kv) => unknown_keys(value, kv, &here, out),
                    None => out.push(here),
                }
            }
        }
        (::toml::Value::Array(o), ::toml::Value::Array(k)) => {
            for (i, (ov, kv)) in o.iter().zip(k).enumerate() {
                unknown_keys(ov, kv, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}
