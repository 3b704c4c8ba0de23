//! Custom exception registrations.
//!
//! Concurrency design: lookups are the hot path and must never wait on each other
//! or on a lock; registrations are rare (mostly at start-up).
//!
//! - The registry is a fixed array of buckets; each bucket is an append-only chain of
//!   nodes linked through `OnceLock<Box<Node>>`. A node, once published, is never
//!   moved or freed, so readers walk chains with plain acquire loads
//!   (`OnceLock::get`) and no lock at all, and no unsafe code is needed.
//! - Registering a name that is already present replaces its code in place
//!   (`AtomicI32`), so memory stays proportional to the distinct names registered:
//!   no copy-on-write snapshots, no old copies left behind.
//! - Writers take one mutex, only to serialise appends to the same chain; readers
//!   never touch it.
//! - `generation()` rises with every registration so callers that cache answers
//!   (the Java side's per-class cache) can tell when to drop them.
//! - Nothing a lookup reads is written by later registrations of other names: a
//!   node's code sits in a cache line of its own, and `is_empty` reads a flag that
//!   is written once, not the generation counter. Otherwise a thread that keeps
//!   registering makes every lookup on another core miss its cache.

use crate::names::ClassName;
use std::sync::atomic::{AtomicBool, AtomicI32, AtomicU64, Ordering};
use std::sync::{Mutex, OnceLock};

const BUCKETS: usize = 256;

struct Node {
    /// Binary form (`a.b.C`).
    name: Box<str>,
    /// Replaced in place by re-registration: apart from what chain walks read.
    code: Box<Line<AtomicI32>>,
    next: OnceLock<Box<Node>>,
}

/// A value alone in its cache line.
#[repr(align(64))]
struct Line<T>(T);

static TABLE: [OnceLock<Box<Node>>; BUCKETS] = [const { OnceLock::new() }; BUCKETS];
static WRITER: Line<Mutex<()>> = Line(Mutex::new(()));
static GENERATION: Line<AtomicU64> = Line(AtomicU64::new(0));
/// Set by the first registration, never written again.
static USED: Line<AtomicBool> = Line(AtomicBool::new(false));

#[inline]
fn bucket(hash: u64) -> &'static OnceLock<Box<Node>> {
    &TABLE[(hash as usize) % BUCKETS]
}

/// The registered code for `name`, if any. Lock-free, allocation-free.
#[inline]
pub fn lookup(name: &ClassName<'_>) -> Option<i32> {
    lookup_hashed(name, name.hash())
}

/// [`lookup`] with `name.hash()` already computed.
#[inline]
pub fn lookup_hashed(name: &ClassName<'_>, hash: u64) -> Option<i32> {
    let mut slot = bucket(hash);
    while let Some(node) = slot.get() {
        if name.is(&node.name) {
            return Some(node.code.0.load(Ordering::Acquire));
        }
        slot = &node.next;
    }
    None
}

/// The registered code of `text` when it is byte for byte a stored name (binary
/// form), without validating it: only valid names are ever stored, so a match
/// proves `text` valid. `hash` is [`crate::names::hash_text`] of `text`. A name in
/// internal form never matches here; [`lookup`] finds it.
#[inline]
pub fn lookup_exact(text: &str, hash: u64) -> Option<i32> {
    let mut slot = bucket(hash);
    while let Some(node) = slot.get() {
        if *node.name == *text {
            return Some(node.code.0.load(Ordering::Acquire));
        }
        slot = &node.next;
    }
    None
}

/// Whether anything was ever registered (nothing is ever removed).
#[inline]
pub fn is_empty() -> bool {
    !USED.0.load(Ordering::Acquire)
}

/// Adds `name` → `code`, or replaces the code of a name already registered.
/// The caller has validated the code and checked that the name is not built-in.
pub(crate) fn insert(name: &ClassName<'_>, code: i32) {
    // A poisoned mutex only means another writer panicked; the chains are still
    // consistent (every publish is a single OnceLock::set), so carry on.
    let _guard = WRITER.0.lock().unwrap_or_else(|e| e.into_inner());
    let mut slot = bucket(name.hash());
    loop {
        match slot.get() {
            Some(node) if name.is(&node.name) => {
                node.code.0.store(code, Ordering::Release);
                break;
            }
            Some(node) => slot = &node.next,
            None => {
                let node = Box::new(Node {
                    name: name.to_binary().into_boxed_str(),
                    code: Box::new(Line(AtomicI32::new(code))),
                    next: OnceLock::new(),
                });
                // Cannot fail: writers are serialised and this slot was empty.
                let _ = slot.set(node);
                break;
            }
        }
    }
    if !USED.0.load(Ordering::Relaxed) {
        // After the node is published: a reader that sees the flag finds the node.
        USED.0.store(true, Ordering::Release);
    }
    GENERATION.0.fetch_add(1, Ordering::AcqRel);
}

/// Rises with every registration.
#[inline]
pub fn generation() -> u64 {
    GENERATION.0.load(Ordering::Acquire)
}
