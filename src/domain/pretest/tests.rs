//! Native tests of the drawing rule: over many seeds no learner meets an item in both tests,
//! and the bank check refuses exactly the banks that could make that happen.

use super::*;
use crate::domain::course::QuestionKind;

fn bank(tags: &[ItemUse]) -> Vec<Question> {
    tags.iter()
        .enumerate()
        .map(|(i, &usage)| Question {
            id: QuestionId::parse(&format!("q-{i:02}")).unwrap_or_else(|_| unreachable!()),
            prompt: format!("Soal {i}"),
            explanation: String::new(),
            usage,
            lesson: None,
            kind: QuestionKind::TrueFalse {
                answer: true,
                feedback_true: String::new(),
                feedback_false: String::new(),
            },
        })
        .collect()
}

fn tags(pre: usize, post: usize, both: usize) -> Vec<ItemUse> {
    let mut t = vec![ItemUse::Pre; pre];
    t.extend(vec![ItemUse::Post; post]);
    t.extend(vec![ItemUse::Both; both]);
    t
}

#[test]
fn a_learner_never_meets_an_item_in_both_tests() {
    let items = bank(&tags(2, 10, 6));
    let counts = UseCounts::of(items.iter().map(|q| q.usage));
    // 10 post + 6 both − 5 both the pre-test may take = 11 ≥ 10.
    assert_eq!(check_bank(PretestMode::Required, 5, 10, counts), Ok(()));
    for seed in 0..500_u32 {
        let pre = draw(&pretest_pool(&items), 5, seed);
        assert_eq!(pre.len(), 5);
        for attempt in 0..3_u32 {
            let post = draw(
                &posttest_pool(&items, true, &pre),
                10,
                seed.wrapping_mul(31).wrapping_add(attempt),
            );
            assert_eq!(post.len(), 10, "seed {seed}");
            assert!(
                post.iter().all(|id| !pre.contains(id)),
                "seed {seed}: {post:?} repeats {pre:?}"
            );
            assert!(post
                .iter()
                .all(|id| items.iter().any(|q| &q.id == id && q.usage.post())));
        }
    }
}

#[test]
fn the_pretest_draws_only_pre_and_both_items_and_the_seed_fixes_the_draw() {
    let items = bank(&tags(3, 10, 2));
    let pool = pretest_pool(&items);
    assert_eq!(pool.len(), 5);
    assert!(pool.iter().all(|q| q.usage != ItemUse::Post));
    assert_eq!(draw(&pool, 4, 7), draw(&pool, 4, 7));
    let orders: std::collections::HashSet<_> = (0..50).map(|s| draw(&pool, 4, s)).collect();
    assert!(orders.len() > 1, "the seed changes the draw");
    assert_eq!(draw(&pool, 9, 1).len(), 5, "never more than the pool");
}

#[test]
fn without_a_pretest_the_tags_are_ignored() {
    let items = bank(&tags(3, 4, 1));
    assert_eq!(posttest_pool(&items, false, &[]).len(), 8);
    assert_eq!(posttest_pool(&items, true, &[]).len(), 5);
    let counts = UseCounts::of(items.iter().map(|q| q.usage));
    assert!(!has_pretest(PretestMode::Off, counts));
    assert!(has_pretest(PretestMode::Offered, counts));
    // A pack written before the tags: offered, but nothing to draw, so no pre-test.
    let old = UseCounts::of([ItemUse::Post; 12]);
    assert!(!has_pretest(PretestMode::Offered, old));
    assert_eq!(check_bank(PretestMode::Offered, 5, 10, old), Ok(()));
}

#[test]
fn the_bank_check_counts_the_worst_case() {
    // 5 pre-eligible (all both), 7 post + 5 both: the pre-test may take all 5 both items,
    // leaving 7 for a post-test of 10.
    let c = UseCounts::of(tags(0, 7, 5));
    assert_eq!(
        check_bank(PretestMode::Offered, 5, 10, c),
        Err(BankShortfall::TooFewPost {
            have: 7,
            need: 10,
            taken: 5
        })
    );
    // Tagging the pre-test items `pre` instead changes nothing: they leave the post pool.
    let c = UseCounts::of(tags(5, 7, 0));
    assert!(matches!(
        check_bank(PretestMode::Offered, 5, 10, c),
        Err(BankShortfall::TooFewPost { have: 7, .. })
    ));
    // Three more post items are enough.
    let c = UseCounts::of(tags(0, 10, 5));
    assert_eq!(check_bank(PretestMode::Required, 5, 10, c), Ok(()));
    // Too few for the pre-test.
    let c = UseCounts::of(tags(2, 20, 1));
    assert_eq!(
        check_bank(PretestMode::Offered, 5, 10, c),
        Err(BankShortfall::TooFewPre { have: 3, need: 5 })
    );
    assert_eq!(
        check_bank(PretestMode::Offered, 0, 10, c),
        Err(BankShortfall::NoPretestQuestions)
    );
    // Required with nothing tagged; off with nothing tagged is fine.
    let c = UseCounts::of(tags(0, 20, 0));
    assert_eq!(
        check_bank(PretestMode::Required, 5, 10, c),
        Err(BankShortfall::RequiredWithoutItems)
    );
    assert_eq!(check_bank(PretestMode::Off, 5, 10, c), Ok(()));
    assert!(BankShortfall::TooFewPre { have: 3, need: 5 }
        .to_string()
        .contains("pre-test mengambil 5 soal, tetapi hanya 3 soal"));
}

#[test]
fn the_tags_and_modes_read_as_authors_write_them() {
    let u: ItemUse = serde_json::from_str("\"both\"").unwrap_or_default();
    assert_eq!(u, ItemUse::Both);
    assert_eq!(ItemUse::default(), ItemUse::Post);
    assert_eq!(PretestMode::default(), PretestMode::Offered);
    let m: Result<PretestMode, _> = serde_json::from_str("\"required\"");
    assert_eq!(m.ok(), Some(PretestMode::Required));
    assert!(serde_json::from_str::<PretestMode>("\"wajib\"").is_err());
}
