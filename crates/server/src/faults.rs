//! Demo-mode fault injection: the next N catalogue requests fail on purpose, so browser tests
//! can prove the app's error and retry states.

use crate::error::ApiError;
use crate::AppState;
use axum::extract::{Request, State};
use axum::http::{header, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::sync::Mutex;
use storefront_api::{FaultMode, FaultRequest, FaultState};

pub const MALFORMED_BODY: &str = r#"{"items":[{"id":"#;
pub const MAX_COUNT: u32 = 1000;

#[derive(Debug)]
pub struct Faults(Mutex<FaultState>);

impl Default for Faults {
    fn default() -> Self {
        Faults(Mutex::new(FaultState {
            mode: FaultMode::Off,
            remaining: 0,
        }))
    }
}

impl Faults {
    pub fn set(&self, req: FaultRequest) -> FaultState {
        let state = match req.mode {
            FaultMode::Off => FaultState {
                mode: FaultMode::Off,
                remaining: 0,
            },
            mode => FaultState {
                mode,
                remaining: req.count.min(MAX_COUNT),
            },
        };
        if let Ok(mut s) = self.0.lock() {
            *s = state;
        }
        state
    }

    /// Consumes one armed fault, if any.
    pub fn take(&self) -> Option<FaultMode> {
        let mut s = self.0.lock().ok()?;
        if s.mode == FaultMode::Off || s.remaining == 0 {
            return None;
        }
        s.remaining -= 1;
        let mode = s.mode;
        if s.remaining == 0 {
            s.mode = FaultMode::Off;
        }
        Some(mode)
    }
}

/// Catalogue endpoints: all of `/api/v1` but the operator, health, OpenAPI and images.
pub fn applies(path: &str) -> bool {
    let Some(rest) = path.strip_prefix("/api/v1/") else {
        return false;
    };
    !(rest.starts_with("operator/")
        || rest == "health"
        || rest == "openapi.json"
        || rest.starts_with("images/"))
}

pub async fn inject(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if state.demo && applies(req.uri().path()) {
        match state.faults.take() {
            Some(FaultMode::Error) => {
                return ApiError::internal("injected fault (operator API)").into_response();
            }
            Some(FaultMode::Malformed) => {
                let mut res = (StatusCode::OK, MALFORMED_BODY).into_response();
                res.headers_mut().insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/json"),
                );
                return res;
            }
            _ => {}
        }
    }
    next.run(req).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_down_then_disarms() {
        let f = Faults::default();
        assert_eq!(f.take(), None);
        f.set(FaultRequest {
            mode: FaultMode::Error,
            count: 2,
        });
        assert_eq!(f.take(), Some(FaultMode::Error));
        assert_eq!(f.take(), Some(FaultMode::Error));
        assert_eq!(f.take(), None);
        f.set(FaultRequest {
            mode: FaultMode::Malformed,
            count: 5,
        });
        f.set(FaultRequest {
            mode: FaultMode::Off,
            count: 5,
        });
        assert_eq!(f.take(), None);
    }

    #[test]
    fn scope() {
        assert!(applies("/api/v1/products"));
        assert!(applies("/api/v1/categories/3"));
        assert!(!applies("/api/v1/health"));
        assert!(!applies("/api/v1/openapi.json"));
        assert!(!applies("/api/v1/images/products/1/0.svg"));
        assert!(!applies("/api/v1/operator/faults"));
        assert!(!applies("/index.html"));
    }
}
