//! Lays the findings out as the text `bimtek-pack check-host` prints: each part of the check
//! passed or not, then each finding with its facts, what breaks and its fixes, then one line
//! saying whether the app runs. Pure: findings and words in, a `String` out.

use super::text::{ui, words, Fix, HostFix};
use super::url::Url;
use super::{Area, Finding, Severity};
use crate::i18n::Lang;

/// Facts shown per finding before "… and N more".
const MAX_FACTS: usize = 8;

fn fill(text: &str, folder: &Url) -> String {
    let dir = folder.path.as_str();
    let bare = if dir.len() > 1 {
        dir.trim_end_matches('/')
    } else {
        dir
    };
    text.replace("{dir}", dir).replace("{bare}", bare)
}

fn host_fix(lines: &mut Vec<String>, name: &str, fix: HostFix, folder: &Url, lang: Lang) {
    match fix {
        HostFix::Line(text) => {
            let text = fill(text, folder);
            if text.contains('\n') {
                lines.push(format!("    {name}:"));
                lines.extend(text.lines().map(|l| format!("        {l}")));
            } else {
                lines.push(format!("    {name}: {text}"));
            }
        }
        HostFix::Say(words) => lines.push(format!("    {name}: {}", fill(words.get(lang), folder))),
    }
}

/// The report for `findings` on the app at `folder`, after `requests` requests.
#[must_use]
pub fn render(folder: &Url, findings: &[Finding], requests: usize, lang: Lang) -> String {
    let mut lines = vec![
        format!("{}: {folder}", ui::HEADING.get(lang)),
        format!("{requests} {}", ui::REQUESTS.get(lang)),
        String::new(),
    ];
    for (area, name) in Area::ALL.iter().zip(ui::AREAS) {
        let worst = findings
            .iter()
            .filter(|f| f.code.area() == *area)
            .map(Finding::severity)
            .min();
        let mark = match worst {
            None => "✓",
            Some(Severity::Warning) => "!",
            Some(Severity::Error) => "✗",
        };
        lines.push(format!("{mark} {}", name.get(lang)));
    }
    let mut sorted: Vec<&Finding> = findings.iter().collect();
    sorted.sort_by_key(|f| (f.severity(), f.code));
    for finding in &sorted {
        lines.push(String::new());
        lines.extend(finding_lines(finding, folder, lang));
    }
    let errors = findings
        .iter()
        .filter(|f| f.severity() == Severity::Error)
        .count();
    let warnings = findings.len() - errors;
    let verdict = if errors > 0 {
        ui::BROKEN
    } else if warnings > 0 {
        ui::WARNINGS_ONLY
    } else {
        ui::CLEAN
    };
    lines.push(String::new());
    lines.push(format!(
        "{errors} {}, {warnings} {}. {}",
        ui::COUNTS.get(lang),
        ui::WARNINGS.get(lang),
        verdict.get(lang)
    ));
    lines.push(String::new());
    lines.join("\n")
}

/// One finding: `GALAT [code] title`, its facts, what breaks, the fixes.
#[must_use]
pub fn finding_lines(finding: &Finding, folder: &Url, lang: Lang) -> Vec<String> {
    let w = words(finding.code);
    let label = match finding.severity() {
        Severity::Error => ui::ERROR,
        Severity::Warning => ui::WARNING,
    };
    let mut lines = vec![format!(
        "{} [{}] {}",
        label.get(lang),
        finding.code.id(),
        fill(w.title.get(lang), folder)
    )];
    lines.extend(
        finding
            .facts
            .iter()
            .take(MAX_FACTS)
            .map(|fact| format!("  · {fact}")),
    );
    if finding.facts.len() > MAX_FACTS {
        lines.push(format!(
            "  · … +{} {}",
            finding.facts.len() - MAX_FACTS,
            ui::MORE.get(lang)
        ));
    }
    lines.push(format!(
        "  {}: {}",
        ui::BREAKS.get(lang),
        fill(w.breaks.get(lang), folder)
    ));
    lines.push(format!("  {}:", ui::FIX.get(lang)));
    match w.fix {
        Fix::Config {
            nginx,
            apache,
            pages,
        } => {
            host_fix(&mut lines, "nginx", nginx, folder, lang);
            host_fix(&mut lines, "Apache (.htaccess)", apache, folder, lang);
            host_fix(
                &mut lines,
                "Cloudflare Pages / Netlify (_headers)",
                pages,
                folder,
                lang,
            );
        }
        Fix::Do(words) => lines.push(format!("    {}", fill(words.get(lang), folder))),
    }
    lines
}

/// Whether the findings break the app (the check's exit code is then non-zero).
#[must_use]
pub fn breaks_app(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.severity() == Severity::Error)
}
