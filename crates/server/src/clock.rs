//! The server's clock for order timers. Outside demo mode it is the real clock. In demo mode
//! it is simulated: real time plus an offset kept in `meta` (`clock_offset_ms`), so it survives
//! restarts; the operator API moves it forward, and with a speed above 1 the offset also grows by
//! `speed − 1` ms every real ms (folded in by the ticker, which persists it).

use sqlx::SqlitePool;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

pub use crate::time::{rfc3339, DAY, HOUR};
const META_KEY: &str = "clock_offset_ms";

#[derive(Debug)]
pub struct Clock {
    demo: bool,
    speed: u32,
    offset_ms: AtomicI64,
    /// Real ms when the speed-up was last folded into the offset.
    last_real_ms: AtomicI64,
}

pub fn real_ms() -> i64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

impl Clock {
    /// The real clock (no offset, no speed).
    pub fn real() -> Clock {
        Clock {
            demo: false,
            speed: 1,
            offset_ms: AtomicI64::new(0),
            last_real_ms: AtomicI64::new(real_ms()),
        }
    }

    /// Demo mode reads the stored offset; otherwise the real clock.
    pub async fn load(pool: &SqlitePool, demo: bool, speed: u32) -> Result<Clock, sqlx::Error> {
        if !demo {
            return Ok(Clock::real());
        }
        let stored: Option<(String,)> = sqlx::query_as("SELECT value FROM meta WHERE key = ?")
            .bind(META_KEY)
            .fetch_optional(pool)
            .await?;
        let offset = stored.and_then(|(v,)| v.parse::<i64>().ok()).unwrap_or(0);
        Ok(Clock {
            demo: true,
            speed: speed.max(1),
            offset_ms: AtomicI64::new(offset),
            last_real_ms: AtomicI64::new(real_ms()),
        })
    }

    pub fn demo(&self) -> bool {
        self.demo
    }

    pub fn speed(&self) -> u32 {
        self.speed
    }

    pub fn offset_seconds(&self) -> i64 {
        self.offset_ms.load(Ordering::SeqCst) / 1000
    }

    /// Unix seconds now on this clock.
    pub fn now(&self) -> i64 {
        let mut ms = real_ms() + self.offset_ms.load(Ordering::SeqCst);
        if self.speed > 1 {
            // The part of the speed-up not folded into the offset yet.
            let pending = real_ms() - self.last_real_ms.load(Ordering::SeqCst);
            ms += pending.max(0) * (i64::from(self.speed) - 1);
        }
        ms.div_euclid(1000)
    }

    async fn persist(&self, pool: &SqlitePool) -> Result<(), sqlx::Error> {
        sqlx::query(
            "INSERT INTO meta (key, value) VALUES (?, ?) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(META_KEY)
        .bind(self.offset_ms.load(Ordering::SeqCst).to_string())
        .execute(pool)
        .await?;
        Ok(())
    }

    /// Folds the speed-up since the last call into the stored offset (demo, speed > 1).
    pub async fn accrue(&self, pool: &SqlitePool) -> Result<(), sqlx::Error> {
        if !self.demo || self.speed <= 1 {
            return Ok(());
        }
        let real = real_ms();
        let last = self.last_real_ms.swap(real, Ordering::SeqCst);
        let gained = (real - last).max(0) * (i64::from(self.speed) - 1);
        self.offset_ms.fetch_add(gained, Ordering::SeqCst);
        self.persist(pool).await
    }

    /// Moves the simulated clock forward (demo only) and stores the offset.
    pub async fn advance(&self, pool: &SqlitePool, seconds: i64) -> Result<(), sqlx::Error> {
        if !self.demo {
            return Ok(());
        }
        self.accrue(pool).await?;
        self.offset_ms
            .fetch_add(seconds.max(0) * 1000, Ordering::SeqCst);
        self.persist(pool).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_real_clock_has_no_offset() {
        let c = Clock::real();
        assert!((c.now() - real_ms() / 1000).abs() <= 1);
        assert_eq!(c.offset_seconds(), 0);
    }
}
