//! Requests started by a view belong to that view: when it goes away, its tasks are cancelled
//! and their in-flight fetches aborted.

use leptos::prelude::*;
use leptos::task::spawn_local_scoped_with_cancellation;
use std::future::Future;

/// Spawns futures under the owner of the view that created it.
#[derive(Clone, Copy)]
pub struct ViewTasks(StoredValue<Option<Owner>>);

impl ViewTasks {
    /// Captures the current owner; call while building the view.
    pub fn new() -> Self {
        ViewTasks(StoredValue::new(Owner::current()))
    }

    pub fn spawn(&self, task: impl Future<Output = ()> + 'static) {
        match self.0.get_value() {
            Some(owner) => owner.with(|| spawn_local_scoped_with_cancellation(task)),
            None => leptos::task::spawn_local(task),
        }
    }
}

impl Default for ViewTasks {
    fn default() -> Self {
        Self::new()
    }
}
