//! The diagram blocks of a lesson (docs/content-format.md, "Diagram"): a fenced block
//! ```` ```pareto ```` (a title, an optional unit, then one `cause: count` per line) or
//! ```` ```tulang-ikan ```` (a title, the effect, then one `group: cause` per line). Errors name
//! the line of the lesson file.

use crate::content::diagram::check;
use crate::content::model::{Bone, Diagram, ParetoBar};

/// The fences that hold a diagram.
pub(super) const KINDS: [&str; 2] = ["pareto", "tulang-ikan"];

/// `key: value` lines of a block, each with its line number in the file (the fence is at
/// `fence_line`); empty lines skipped.
fn numbered(body: &str, fence_line: usize) -> impl Iterator<Item = (usize, &str)> {
    body.lines()
        .enumerate()
        .map(move |(i, l)| (fence_line + 1 + i, l.trim()))
        .filter(|(_, l)| !l.is_empty())
}

/// A `key: value` line's key, if it is `key` (any case).
fn keyed<'a>(line: &'a str, key: &str) -> Option<&'a str> {
    let (k, v) = line.split_once(':')?;
    k.trim().eq_ignore_ascii_case(key).then(|| v.trim())
}

fn once(slot: &mut Option<String>, value: &str, line: usize, key: &str) -> Result<(), String> {
    if slot.is_some() {
        return Err(format!("baris {line}: “{key}:” ditulis dua kali"));
    }
    *slot = Some(value.to_owned());
    Ok(())
}

/// Parses the block of `kind` (one of [`KINDS`]) whose lines are `body`, its fence at line
/// `fence_line` of the file.
///
/// # Errors
/// What is wrong, starting with "baris N:".
pub(super) fn parse(kind: &str, body: &str, fence_line: usize) -> Result<Diagram, String> {
    let mut title = None;
    let diagram = if kind == "pareto" {
        let mut unit = None;
        let mut bars = Vec::new();
        for (n, line) in numbered(body, fence_line) {
            if let Some(v) = keyed(line, "judul") {
                once(&mut title, v, n, "judul")?;
            } else if let Some(v) = keyed(line, "satuan") {
                once(&mut unit, v, n, "satuan")?;
            } else {
                let Some((label, count)) = line.rsplit_once(':') else {
                    return Err(format!(
                        "baris {n}: tulis “penyebab: jumlah” (mis. “Lain-lain: 7”), bukan “{line}”"
                    ));
                };
                let count = count.trim();
                let Ok(count) = count.parse::<u32>() else {
                    return Err(format!(
                        "baris {n}: jumlah “{count}” bukan bilangan bulat 0 atau lebih"
                    ));
                };
                bars.push(ParetoBar {
                    label: label.trim().to_owned(),
                    count,
                });
            }
        }
        Diagram::Pareto {
            title: title
                .take()
                .ok_or_else(|| format!("baris {fence_line}: judul tidak ada (tulis “judul: …”)"))?,
            unit: unit.unwrap_or_default(),
            bars,
        }
    } else {
        let mut effect = None;
        let mut groups: Vec<Bone> = Vec::new();
        for (n, line) in numbered(body, fence_line) {
            if let Some(v) = keyed(line, "judul") {
                once(&mut title, v, n, "judul")?;
            } else if let Some(v) = keyed(line, "akibat") {
                once(&mut effect, v, n, "akibat")?;
            } else {
                let Some((group, cause)) = line.split_once(':') else {
                    return Err(format!(
                        "baris {n}: tulis “kelompok: penyebab” (mis. “Metode: berkas tidak diperiksa”), bukan “{line}”"
                    ));
                };
                let (group, cause) = (group.trim(), cause.trim());
                if group.is_empty() || cause.is_empty() {
                    return Err(format!("baris {n}: kelompok atau penyebab kosong"));
                }
                match groups.iter_mut().find(|g| g.name == group) {
                    Some(g) => g.causes.push(cause.to_owned()),
                    None => groups.push(Bone {
                        name: group.to_owned(),
                        causes: vec![cause.to_owned()],
                    }),
                }
            }
        }
        Diagram::Fishbone {
            title: title.take().ok_or_else(|| {
                format!("baris {fence_line}: judul tidak ada (tulis “judul: …”)")
            })?,
            effect: effect.ok_or_else(|| {
                format!("baris {fence_line}: akibat tidak ada (tulis “akibat: …”, masalah di kepala ikan)")
            })?,
            groups,
        }
    };
    check(&diagram).map_err(|e| format!("baris {fence_line}: {e}"))?;
    Ok(diagram)
}
