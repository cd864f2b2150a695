//! The HTTP edge of a signed-in buyer's action on one of their versioned resources (orders,
//! disputes): [`Act`] extracts who asks, which resource and the `If-Match` they sent, and
//! [`Act::run`] hands the action to [`engine::buyer_action`] (lock, due steps, 404 → 428/412 →
//! 409, the change) and answers the changed resource with its `ETag`.
//!
//! [`bodiless_action!`] and [`body_action!`] declare an action's handler together with its
//! OpenAPI operation; the problems every action of a resource answers alike (401, 404, 412,
//! 415, 428) and its `id` / `If-Match` parameters are described once, by [`Described`].

use super::extract::IfMatch;
use super::{versioned_response, Captures};
use crate::auth::Buyer;
use crate::domain::engine::{self, Machine};
use crate::error::{ApiError, ApiResult};
use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::StatusCode;
use axum::response::Response;
use std::collections::BTreeMap;
use utoipa::openapi::path::{Parameter, ParameterBuilder, ParameterIn};
use utoipa::openapi::{ContentBuilder, Ref, RefOr, Required, ResponseBuilder, Type};
use utoipa::{IntoParams, IntoResponses};

/// Who acts on which resource: the signed-in buyer (401 otherwise), the path's id (parsed by
/// [`Act::run`], after the body, so a malformed body still answers first) and `If-Match`.
pub struct Act {
    state: AppState,
    buyer: Buyer,
    captures: Captures,
    if_match: IfMatch,
}

impl FromRequestParts<AppState> for Act {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, s: &AppState) -> Result<Self, Self::Rejection> {
        let buyer = Buyer::from_request_parts(parts, s).await?;
        let Ok(captures) = Captures::from_request_parts(parts, s).await;
        let Ok(if_match) = IfMatch::from_request_parts(parts, s).await;
        Ok(Act {
            state: s.clone(),
            buyer,
            captures,
            if_match,
        })
    }
}

impl Act {
    /// Runs `action` on the buyer's resource of machine `M`; answers it changed, with its
    /// `ETag`.
    pub async fn run<M: Machine>(self, action: M::Action) -> ApiResult<Response>
    where
        M::View: serde::Serialize,
    {
        let id = self.captures.id(0, M::NOT_FOUND.0)?;
        let if_match = self.if_match.as_deref();
        let view =
            engine::buyer_action::<M>(&self.state, self.buyer.id, id, if_match, action).await?;
        Ok(versioned_response(&view, StatusCode::OK))
    }
}

impl Act {
    /// The buyer's resource of machine `M` as it is now, with its `ETag` (`If-Match` plays no
    /// part).
    pub async fn view<M: Machine>(self) -> ApiResult<Response>
    where
        M::View: serde::Serialize,
    {
        let id = self.captures.id(0, M::NOT_FOUND.0)?;
        let view = engine::buyer_view::<M>(&self.state, self.buyer.id, id).await?;
        Ok(versioned_response(&view, StatusCode::OK))
    }
}

/// How the OpenAPI document words an action's shared parameters and problems.
pub struct Described {
    id: &'static str,
    etag: &'static str,
    not_found: &'static str,
    stale: &'static str,
    media_type: &'static str,
    no_if_match: &'static str,
}

/// The wording of each kind of action, indexed by [`Actions`]' parameter.
const DESCRIBED: [Described; 4] = [
    // An order action without a body.
    Described {
        id: "Order id",
        etag: "The order's current ETag",
        not_found: "`order_not_found` (also another buyer's order)",
        stale: "`precondition_failed`: stale `If-Match`, with the current `order`",
        media_type: "`unsupported_media_type`: not sent as application/json",
        no_if_match: "`precondition_required`: no `If-Match`",
    },
    // An order action with a JSON body.
    Described {
        id: "Order id",
        etag: "The order's current ETag",
        not_found: "`order_not_found` (also another buyer's order)",
        stale: "`precondition_failed`: stale `If-Match`, with the current `order`",
        media_type: "`unsupported_media_type`",
        no_if_match: "`precondition_required`: no `If-Match`",
    },
    // A dispute action without a body.
    Described {
        id: "Dispute id",
        etag: "The dispute's current ETag",
        not_found: "`dispute_not_found` (also another buyer's)",
        stale: "`precondition_failed`: stale `If-Match`, with the current `dispute`",
        media_type: "`unsupported_media_type`: not sent as application/json",
        no_if_match: "`precondition_required`: no `If-Match`",
    },
    // A dispute action with a JSON body.
    Described {
        id: "Dispute id",
        etag: "The dispute's current ETag",
        not_found: "`dispute_not_found`",
        stale: "`precondition_failed`, with the current `dispute`",
        media_type: "`unsupported_media_type`",
        no_if_match: "`precondition_required`",
    },
];

/// The shared parameters (`params(…)`) and problems (in `responses(…)`) of one kind of action.
pub struct Actions<const KIND: usize>;
pub type OrderActions = Actions<0>;
pub type OrderBodyActions = Actions<1>;
pub type DisputeActions = Actions<2>;
pub type DisputeBodyActions = Actions<3>;

impl<const KIND: usize> IntoParams for Actions<KIND> {
    fn into_params(_: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        let d = &DESCRIBED[KIND];
        let param = |name: &str, place, ty, description| {
            ParameterBuilder::new()
                .name(name)
                .parameter_in(place)
                .required(Required::True)
                .description(Some(description))
                .schema(Some(ty))
                .build()
        };
        let id = utoipa::openapi::ObjectBuilder::new()
            .schema_type(Type::Integer)
            .format(Some(utoipa::openapi::SchemaFormat::KnownFormat(
                utoipa::openapi::KnownFormat::Int64,
            )));
        let etag = utoipa::openapi::ObjectBuilder::new().schema_type(Type::String);
        vec![
            param("id", ParameterIn::Path, id.build(), d.id),
            param("If-Match", ParameterIn::Header, etag.build(), d.etag),
        ]
    }
}

/// The shared parameter (`id`) and problems (401, 404) of reading one resource of the kind.
pub struct Reads<const KIND: usize>;
pub type OrderReads = Reads<0>;
pub type DisputeReads = Reads<2>;

impl<const KIND: usize> IntoParams for Reads<KIND> {
    fn into_params(place: impl Fn() -> Option<ParameterIn>) -> Vec<Parameter> {
        let mut params = Actions::<KIND>::into_params(place);
        params.truncate(1);
        params
    }
}

impl<const KIND: usize> IntoResponses for Reads<KIND> {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::response::Response>> {
        let mut responses = Actions::<KIND>::responses();
        responses.retain(|status, _| status == "401" || status == "404");
        responses
    }
}

impl<const KIND: usize> IntoResponses for Actions<KIND> {
    fn responses() -> BTreeMap<String, RefOr<utoipa::openapi::response::Response>> {
        let d = &DESCRIBED[KIND];
        let problems = [
            ("401", "`unauthenticated`"),
            ("404", d.not_found),
            ("412", d.stale),
            ("415", d.media_type),
            ("428", d.no_if_match),
        ];
        problems
            .into_iter()
            .map(|(status, description)| (status.to_string(), RefOr::T(problem(description))))
            .collect()
    }
}

/// An `application/problem+json` response.
fn problem(description: &str) -> utoipa::openapi::response::Response {
    let content = ContentBuilder::new()
        .schema(Some(Ref::from_schema_name("Problem")))
        .build();
    ResponseBuilder::new()
        .description(description)
        .content("application/problem+json", content)
        .build()
}

/// Declares a bodiless action (sent as `application/json`): `handler, path, action,
/// the 200 answer's description, the 409's` after the machine, its [`Actions`], the tag and
/// the view; the doc comments before the handler's name describe the operation.
macro_rules! bodiless_action {
    ($machine:ty, $actions:ty, $tag:literal, $view:ty;
     $(#[$meta:meta])* $name:ident, $path:literal, $action:expr, $ok:literal, $conflict:literal) => {
        $(#[$meta])*
        #[utoipa::path(post, path = $path, tag = $tag, params($actions),
            responses(
                (status = 200, description = $ok, body = $view, headers(("ETag" = String, description = "The new ETag"))),
                (status = 409, description = $conflict, body = storefront_api::Problem, content_type = "application/problem+json"),
                $actions,
            ))]
        pub async fn $name(
            act: $crate::http::action::Act,
            headers: axum::http::HeaderMap,
        ) -> $crate::error::ApiResult<axum::response::Response> {
            $crate::auth::require_json(&headers)?;
            act.run::<$machine>($action).await
        }
    };
}
pub(crate) use bodiless_action;

/// Declares an action with a JSON body: `handler(body type) = the function that checks the
/// body and makes the action, path, the 200 answer's description`, then the operation's own
/// problems as `status "description"`.
macro_rules! body_action {
    ($machine:ty, $actions:ty, $tag:literal, $view:ty;
     $(#[$meta:meta])* $name:ident($body:ty) = $to_action:path, $path:literal, $ok:literal,
     $($status:literal $description:literal),+ $(,)?) => {
        $(#[$meta])*
        #[utoipa::path(post, path = $path, tag = $tag, params($actions), request_body = $body,
            responses(
                (status = 200, description = $ok, body = $view, headers(("ETag" = String, description = "The new ETag"))),
                $((status = $status, description = $description, body = storefront_api::Problem, content_type = "application/problem+json"),)+
                $actions,
            ))]
        pub async fn $name(
            act: $crate::http::action::Act,
            $crate::auth::JsonBody(body): $crate::auth::JsonBody<$body>,
        ) -> $crate::error::ApiResult<axum::response::Response> {
            act.run::<$machine>($to_action(body)?).await
        }
    };
}
pub(crate) use body_action;
