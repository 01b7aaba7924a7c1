//! The queue over the memory adapter, driven by a local executor.

use std::cell::RefCell;
use std::rc::Rc;

use futures::executor::LocalPool;
use futures::task::LocalSpawnExt;

use super::*;
use crate::domain::ids::{LessonId, ModuleId};
use crate::domain::progress::LessonUpdate;
use crate::storage::memory::MemoryStore;

fn queue(pool: &LocalPool) -> Queue<MemoryStore> {
    let spawner = pool.spawner();
    Queue::with_spawner(Rc::new(move |f| {
        spawner.spawn_local(f).unwrap_or_else(|_| unreachable!());
    }))
}

fn read(lesson: &str) -> LessonUpdate {
    LessonUpdate {
        module: ModuleId::parse("m").unwrap_or_else(|_| unreachable!()),
        lesson: LessonId::parse(lesson).unwrap_or_else(|_| unreachable!()),
        read: true,
        add_seconds: 0,
        position: Some(100),
    }
}

#[test]
fn calls_made_before_the_store_is_chosen_wait_and_run_in_order() {
    let mut pool = LocalPool::new();
    let q = queue(&pool);
    let order = Rc::new(RefCell::new(Vec::new()));
    for (i, lesson) in ["a", "b", "c"].into_iter().enumerate() {
        let (q, order) = (q.clone(), order.clone());
        pool.spawner()
            .spawn_local(async move {
                q.update_lesson(&read(lesson), i64::try_from(i).unwrap_or(0))
                    .await
                    .unwrap_or_else(|e| unreachable!("{e}"));
                order.borrow_mut().push(lesson);
            })
            .unwrap_or_else(|_| unreachable!());
    }
    pool.run_until_stalled();
    assert!(order.borrow().is_empty(), "nothing runs before the store");
    assert_eq!(q.waiting(), 3);
    assert!(q.ready_store().is_none());
    q.set_store(MemoryStore::new());
    pool.run_until_stalled();
    assert_eq!(*order.borrow(), ["a", "b", "c"]);
    assert_eq!(q.waiting(), 0);
    let lessons = pool.run_until(q.lessons()).unwrap_or_default();
    assert_eq!(lessons.len(), 3);
}

#[test]
fn a_replace_made_while_waiting_comes_after_the_writes_made_before_it() {
    let mut pool = LocalPool::new();
    let q = queue(&pool);
    let (q1, q2, q3) = (q.clone(), q.clone(), q.clone());
    let spawner = pool.spawner();
    spawner
        .spawn_local(async move {
            let _ = q1.update_lesson(&read("a"), 1).await;
        })
        .unwrap_or_else(|_| unreachable!());
    spawner
        .spawn_local(async move {
            let _ = q2.replace_all(&Snapshot::default()).await;
        })
        .unwrap_or_else(|_| unreachable!());
    spawner
        .spawn_local(async move {
            let _ = q3.update_lesson(&read("b"), 2).await;
        })
        .unwrap_or_else(|_| unreachable!());
    pool.run_until_stalled();
    q.set_store(MemoryStore::new());
    pool.run_until_stalled();
    let lessons = pool.run_until(q.lessons()).unwrap_or_default();
    let ids: Vec<String> = lessons.iter().map(|l| l.lesson.to_string()).collect();
    assert_eq!(
        ids,
        ["b"],
        "the reset (replace) wiped 'a', then 'b' was written"
    );
}

#[test]
fn flush_resolves_after_every_earlier_call() {
    let mut pool = LocalPool::new();
    let q = queue(&pool);
    q.set_store(MemoryStore::new());
    let q1 = q.clone();
    pool.spawner()
        .spawn_local(async move {
            let _ = q1.update_lesson(&read("a"), 1).await;
        })
        .unwrap_or_else(|_| unreachable!());
    pool.run_until(q.flush());
    let store = q.ready_store().unwrap_or_else(|| unreachable!());
    let lessons = pool.run_until(store.lessons()).unwrap_or_default();
    assert_eq!(lessons.len(), 1);
}

#[test]
fn a_call_whose_queue_stops_gets_queue_closed() {
    let mut pool = LocalPool::new();
    // A spawner that drops what it is given: the job never runs, its answer never comes.
    let q: Queue<MemoryStore> = Queue::with_spawner(Rc::new(|_| {}));
    q.set_store(MemoryStore::new());
    let answer = Rc::new(RefCell::new(None));
    let (q1, got) = (q.clone(), answer.clone());
    pool.spawner()
        .spawn_local(async move {
            *got.borrow_mut() = Some(q1.lessons().await);
        })
        .unwrap_or_else(|_| unreachable!());
    pool.run_until_stalled();
    assert_eq!(q.waiting(), 1, "queued, never drained");
    // The jobs (and their answer channels) go: the call learns that its queue stopped.
    q.inner.borrow_mut().jobs.clear();
    pool.run_until_stalled();
    assert_eq!(*answer.borrow(), Some(Err(StorageError::QueueClosed)));
}
