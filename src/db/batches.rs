//! Work done in batches: every job queued while one batch is being done goes into the next,
//! done at once by whoever's turn it is. Nothing waits for a batch to fill: a job alone is
//! done at once. Used for storing new cases ([`super::cases::CaseStore`]) and for looking
//! cases up ([`super::case_lookups`]): every statement is a round trip to a connection's
//! worker thread, so one statement for many jobs saves most of the thread switches.

use std::future::Future;

use tokio::sync::oneshot;

/// The jobs waiting for the next batch, and the turn to do one.
pub struct Batches<J> {
    queue: std::sync::Mutex<Vec<J>>,
    /// Held by whoever does a batch; the jobs queued meanwhile wait for it in order.
    turn: tokio::sync::Mutex<()>,
}

impl<J> Default for Batches<J> {
    fn default() -> Self {
        Self {
            queue: std::sync::Mutex::new(Vec::new()),
            turn: tokio::sync::Mutex::new(()),
        }
    }
}

impl<J: Send + 'static> Batches<J> {
    /// Queues `job`, whose reply goes to `answer`, and returns that reply: from the batch of
    /// whoever held the turn meanwhile, or from the batch this call does with `work`. `None`
    /// only when the batch that held the job ended without answering it (it panicked).
    ///
    /// Whoever holds the turn has either done this job already (and answered) or will find it
    /// in the queue: a job is queued before its caller asks for the turn. The batch runs in a
    /// task of its own, so that it is finished and every job in it answered even when this
    /// call is given up halfway (a timeout, a client gone).
    pub async fn submit<R, F, W>(
        &self,
        job: J,
        mut answer: oneshot::Receiver<R>,
        work: W,
    ) -> Option<R>
    where
        W: FnOnce(Vec<J>) -> F,
        F: Future<Output = ()> + Send + 'static,
    {
        self.lock_queue().push(job);
        let _turn = self.turn.lock().await;
        if let Ok(reply) = answer.try_recv() {
            return Some(reply);
        }
        let batch = std::mem::take(&mut *self.lock_queue());
        let _ = tokio::spawn(work(batch)).await;
        answer.try_recv().ok()
    }

    fn lock_queue(&self) -> std::sync::MutexGuard<'_, Vec<J>> {
        self.queue
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}
