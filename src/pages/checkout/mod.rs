//! `/checkout?step=address|shipping|payment|review`: sign in (inline) if needed, then the
//! delivery address, shipping per seller, the payment method and a review with Place order.
//! `/checkout/complete?payment=ID` is where a payment ends (see [`complete`]).

pub mod complete;
pub mod draft;
pub(crate) mod payment;
mod place;

use crate::api::{account, ApiError};
use crate::browser;
use crate::components::rf;
use crate::components::states::{BlockSkeleton, ErrorState};
use crate::components::title::use_page_title;
use crate::features::address_form::AddressForm;
use crate::features::auth::AuthPanel;
use crate::features::cart::{ShippingChoice, Totals};
use crate::features::payment::card::CardFields;
use crate::i18n::{intl, tr, use_i18n};
use crate::state::cart::Cart;
use crate::state::session::Session;
use draft::Draft;
use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_query_map};
use leptos_router::NavigateOptions;
use storefront_api::account::{Account, Address};
use storefront_api::checkout::PaymentMethod;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Address,
    Shipping,
    Payment,
    Review,
}

impl Step {
    pub const ALL: [Step; 4] = [Step::Address, Step::Shipping, Step::Payment, Step::Review];

    pub fn as_str(self) -> &'static str {
        match self {
            Step::Address => "address",
            Step::Shipping => "shipping",
            Step::Payment => "payment",
            Step::Review => "review",
        }
    }

    /// Unknown or missing → the first step.
    pub fn parse(s: Option<&str>) -> Step {
        Step::ALL
            .into_iter()
            .find(|x| Some(x.as_str()) == s)
            .unwrap_or(Step::Address)
    }

    fn label_id(self) -> &'static str {
        match self {
            Step::Address => "checkout-step-address",
            Step::Shipping => "checkout-step-shipping",
            Step::Payment => "checkout-step-payment",
            Step::Review => "checkout-step-review",
        }
    }

    pub fn url(self) -> String {
        format!("/checkout?step={}", self.as_str())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    Loading,
    SignIn,
    Empty,
    Steps,
}

/// Everything the steps share; lives as long as the page (card details only in memory).
#[derive(Clone, Copy)]
pub struct Checkout {
    pub draft: RwSignal<Draft>,
    pub card: RwSignal<CardFields>,
    pub card_errors: RwSignal<Vec<(&'static str, &'static str)>>,
    /// The address book, read while signed in.
    pub addresses: LocalResource<Loaded<Vec<Address>>>,
    /// The payment methods, read while signed in.
    pub methods: LocalResource<Loaded<Vec<PaymentMethod>>>,
    pub nav: Callback<Step>,
}

/// A list the steps need: `None` while signed out, then the list or why it could not be read.
pub type Loaded<T> = Option<Result<T, ApiError>>;

/// Why a [`Loaded`] resource could not be read.
fn error_of<T>(r: &Option<Loaded<T>>) -> Option<ApiError> {
    match r {
        Some(Some(Err(e))) => Some(e.clone()),
        _ => None,
    }
}

/// The list of a [`Loaded`] resource, once read (`None` while it loads or when it failed).
fn list_of<T: Clone>(r: &Option<Loaded<Vec<T>>>) -> Option<&Vec<T>> {
    r.as_ref()?.as_ref()?.as_ref().ok()
}

impl Checkout {
    pub fn address(&self) -> Option<Address> {
        let id = self.draft.with(|d| d.address_id)?;
        self.addresses
            .with(|a| list_of(a)?.iter().find(|a| a.id == id).cloned())
    }

    pub fn method(&self) -> Option<PaymentMethod> {
        let id = self.draft.with(|d| d.method.clone())?;
        self.methods
            .with(|m| list_of(m)?.iter().find(|m| m.id == id).cloned())
    }

    /// The address book once read.
    pub fn address_list(&self) -> Option<Vec<Address>> {
        self.addresses.with(|a| list_of(a).cloned())
    }

    /// The payment methods once read.
    pub fn method_list(&self) -> Option<Vec<PaymentMethod>> {
        self.methods.with(|m| list_of(m).cloned())
    }

    /// Why the address book or the payment methods could not be read.
    fn load_error(&self) -> Option<ApiError> {
        self.addresses
            .with(error_of)
            .or_else(|| self.methods.with(error_of))
    }

    /// Reads what failed again.
    fn retry(self) {
        if self.addresses.with(error_of).is_some() {
            self.addresses.refetch();
        }
        if self.methods.with(error_of).is_some() {
            self.methods.refetch();
        }
    }
}

/// Reads the address book while signed in (a session found gone on the way signs out), and
/// chooses the default address unless the draft's is in the book.
fn read_addresses(session: Session, draft: RwSignal<Draft>) -> LocalResource<Loaded<Vec<Address>>> {
    let signed_in = Memo::new(move |_| session.signed_in());
    LocalResource::new(move || {
        let on = signed_in.get();
        async move {
            if !on {
                return None;
            }
            let list = match account::addresses().await {
                Err(ApiError::Status { status: 401, .. }) => {
                    session.clear();
                    return None;
                }
                other => other,
            };
            if let Ok(list) = &list {
                draft.update(|d| {
                    if !d
                        .address_id
                        .is_some_and(|id| list.iter().any(|a| a.id == id))
                    {
                        d.address_id = list
                            .iter()
                            .find(|a| a.is_default)
                            .or(list.first())
                            .map(|a| a.id);
                    }
                });
            }
            Some(list)
        }
    })
}

/// Reads the payment methods while signed in, and chooses the first unless the draft's is
/// offered.
fn read_methods(
    session: Session,
    draft: RwSignal<Draft>,
) -> LocalResource<Loaded<Vec<PaymentMethod>>> {
    let signed_in = Memo::new(move |_| session.signed_in());
    LocalResource::new(move || {
        let on = signed_in.get();
        async move {
            if !on {
                return None;
            }
            let list = crate::api::checkout::payment_methods().await;
            if let Ok(list) = &list {
                draft.update(|d| {
                    if !d
                        .method
                        .as_ref()
                        .is_some_and(|m| list.iter().any(|x| &x.id == m))
                    {
                        d.method = list.first().map(|m| m.id.clone());
                    }
                });
            }
            Some(list)
        }
    })
}

/// Goes to a step (a new history entry: Back returns to the previous step).
pub fn go(co: Checkout, step: Step) {
    co.nav.run(step);
}

#[component]
pub fn CheckoutPage() -> impl IntoView {
    use_page_title(tr("checkout-title"));
    let session = expect_context::<Session>();
    // "Buy now": that line alone is bought; the steps see it as their cart.
    let cart = match Cart::buy_now() {
        Some(c) => {
            provide_context(c);
            c
        }
        None => expect_context::<Cart>(),
    };
    let buying_now = cart.mode.get_untracked() == crate::state::cart::Mode::BuyNow;
    let i18n = use_i18n();
    let query = use_query_map();
    let step = Memo::new(move |_| Step::parse(query.with(|q| q.get("step")).as_deref()));
    let stored = draft::use_checkout_draft();
    let draft = RwSignal::new(stored.load());
    // Signed in (now or after the inline sign-in): what the steps need is read.
    let co = Checkout {
        draft,
        card: RwSignal::new(CardFields::default()),
        card_errors: RwSignal::new(Vec::new()),
        addresses: read_addresses(session, draft),
        methods: read_methods(session, draft),
        nav: {
            let navigate = use_navigate();
            Callback::new(move |s: Step| navigate(&s.url(), NavigateOptions::default()))
        },
    };
    provide_context(co);
    provide_context(crate::features::payment::card::CardState {
        card: co.card,
        errors: co.card_errors,
    });
    Effect::new(move |_| co.draft.with(|d| stored.save(d)));
    // Card holder and expiry are part of the draft (never the number or CVC).
    Effect::new(move |_| {
        let (holder, m, y) = co
            .card
            .with(|c| (c.holder.clone(), c.exp_month.clone(), c.exp_year.clone()));
        co.draft.update(|d| {
            if d.holder != holder || d.exp_month != m || d.exp_year != y {
                d.holder = holder;
                d.exp_month = m;
                d.exp_year = y;
            }
        });
    });
    co.draft.with_untracked(|d| {
        co.card.update(|c| {
            c.holder = d.holder.clone();
            c.exp_month = d.exp_month.clone();
            c.exp_year = d.exp_year.clone();
        })
    });
    cart.load_cached_quote();
    crate::features::cart::reprice_on_change(cart);
    // The cart is priced for the chosen address's country.
    Effect::new(move |_| {
        let lang = i18n.locale().code();
        let country = co.address().map(|a| a.country);
        let prefs = expect_context::<crate::state::Prefs>();
        let ship_to = country.unwrap_or_else(|| prefs.ship_to.get());
        cart.set_context(&ship_to, lang);
    });
    // A new step gets the focus on its heading (not on first load).
    Effect::new(move |prev: Option<Step>| {
        let s = step.get();
        if prev.is_some_and(|p| p != s) {
            request_animation_frame(|| browser::focus_id("checkout-step-title"));
        }
        s
    });
    // What the page shows; a memo, so the steps are not built again on every cart change.
    let shown = Memo::new(move |_| {
        if !session.checked.get() && !session.signed_in() {
            Shown::Loading
        } else if !session.signed_in() {
            Shown::SignIn
        } else if cart.doc.with(|d| d.lines.iter().all(|l| l.saved_for_later))
            && !cart.merging.get()
            && !cart.pending.get()
        {
            Shown::Empty
        } else {
            Shown::Steps
        }
    });
    view! {
        <div class="page page-checkout">
            <h1 class="page-title">{tr("checkout-title")}</h1>
            {rf(move || {
                match shown.get() {
                    Shown::Loading => return view! { <BlockSkeleton lines=4 /> }.into_any(),
                    Shown::SignIn => return view! { <SignInFirst /> }.into_any(),
                    Shown::Steps => {}
                    Shown::Empty => return view! {
                        <div class="empty-panel">
                            <p class="empty-title">{tr("cart-empty")}</p>
                            <a class="button button-primary" href="/">{tr("action-start-shopping")}</a>
                        </div>
                    }.into_any(),
                }
                view! {
                    {buying_now.then(|| view! { <BuyNowNote /> })}
                    <StepIndicator step=step />
                    {rf(move || co.load_error().map(|e| view! {
                        <ErrorState error=e on_retry=move |_| co.retry() />
                    }))}
                    <div class="checkout-layout">
                        <section class="checkout-step" aria-labelledby="checkout-step-title">
                            <h2 id="checkout-step-title" class="checkout-step-title" tabindex="-1">
                                {rf(move || i18n.t(step.get().label_id()))}
                            </h2>
                            {rf(move || match step.get() {
                                Step::Address => view! { <AddressStep /> }.into_any(),
                                Step::Shipping => view! { <ShippingStep /> }.into_any(),
                                Step::Payment => view! { <payment::PaymentStep /> }.into_any(),
                                Step::Review => view! { <place::ReviewStep /> }.into_any(),
                            })}
                        </section>
                        <aside class="checkout-side" aria-label=tr("cart-summary-label")>
                            <h2 class="cart-side-title">{tr("cart-summary-title")}</h2>
                            <Totals />
                        </aside>
                    </div>
                }.into_any()
            })}
        </div>
    }
}

/// "Buy now": only this item is bought; the cart stays as it is (and can be bought instead).
#[component]
fn BuyNowNote() -> impl IntoView {
    view! {
        <p class="notice buy-now-note">
            {tr("checkout-buy-now-note")}" "
            <a href="/cart" class="buy-now-cart" on:click=move |_| crate::state::cart::clear_buy_now()>
                {tr("checkout-buy-now-cart")}
            </a>
        </p>
    }
}

/// Signed out: sign in or register right here; the page goes on where the buyer was.
#[component]
pub fn SignInFirst() -> impl IntoView {
    let on_signed_in = Callback::new(move |_: Account| {
        // The session (set by the panel) merges the cart; the steps appear by themselves.
        request_animation_frame(|| browser::focus_id("checkout-step-title"));
    });
    view! {
        <section class="checkout-sign-in" aria-labelledby="checkout-sign-in-title">
            <h2 id="checkout-sign-in-title" class="checkout-step-title">{tr("checkout-sign-in")}</h2>
            <p>{tr("checkout-sign-in-note")}</p>
            <AuthPanel on_signed_in=on_signed_in />
        </section>
    }
}

#[component]
fn StepIndicator(step: Memo<Step>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="checkout-steps" aria-label=tr("checkout-steps-label")>
            <ol>
                {Step::ALL.into_iter().enumerate().map(|(i, s)| {
                    let state = move || {
                        let cur = step.get();
                        let ci = Step::ALL.iter().position(|x| *x == cur).unwrap_or(0);
                        if i < ci { "done" } else if i == ci { "current" } else { "todo" }
                    };
                    view! {
                        <li class="checkout-step-item" data-state=state
                            aria-current=move || (state() == "current").then_some("step")>
                            <span class="step-number" aria-hidden="true">{i + 1}</span>
                            {rf(move || if state() == "done" {
                                view! { <a href=s.url()>{i18n.t(s.label_id())}</a> }.into_any()
                            } else {
                                view! { <span>{i18n.t(s.label_id())}</span> }.into_any()
                            })}
                        </li>
                    }
                }).collect_view()}
            </ol>
        </nav>
    }
}

/// One line of an address.
pub fn address_text(a: &Address, tag: &str) -> String {
    let mut parts = vec![a.street.clone(), a.city.clone()];
    if !a.region.is_empty() {
        parts.push(a.region.clone());
    }
    parts.push(a.postal_code.clone());
    parts.push(intl::country_name(&a.country, tag));
    parts.join(", ")
}

#[component]
fn AddressStep() -> impl IntoView {
    let co = expect_context::<Checkout>();
    let i18n = use_i18n();
    let adding = RwSignal::new(false);
    // Continue pressed with no address chosen: say so instead of a silently dead button.
    let unchosen = RwSignal::new(false);
    // Saving the form is the step's only action while it is open: it moves on to shipping.
    let on_saved = Callback::new(move |a: Address| {
        co.addresses.update(|l| match l {
            Some(Some(Ok(list))) => {
                list.retain(|x| x.id != a.id);
                list.push(a.clone());
            }
            _ => *l = Some(Some(Ok(vec![a.clone()]))),
        });
        co.draft.update(|d| d.address_id = Some(a.id));
        adding.set(false);
        go(co, Step::Shipping);
    });
    let form_open =
        move || co.addresses.with(|l| list_of(l).is_some_and(Vec::is_empty)) || adding.get();
    let next = move |_| {
        if co.address().is_some() {
            go(co, Step::Shipping);
        } else {
            unchosen.set(true);
        }
    };
    view! {
        {rf(move || match co.address_list() {
            None => view! { <BlockSkeleton lines=3 /> }.into_any(),
            Some(list) if list.is_empty() || adding.get() => view! {
                <div class="address-new">
                    {if list.is_empty() {
                        view! { <AddressForm initial=None on_saved=on_saved
                            submit_label="checkout-address-save-continue" /> }.into_any()
                    } else {
                        view! { <AddressForm initial=None on_saved=on_saved
                            submit_label="checkout-address-save-continue"
                            on_cancel=move |_| adding.set(false) /> }.into_any()
                    }}
                </div>
            }.into_any(),
            Some(list) => view! {
                <fieldset class="choice-list" aria-describedby="checkout-address-choose">
                    <legend class="visually-hidden">{tr("checkout-step-address")}</legend>
                    {list.into_iter().map(|a| {
                        let id = a.id;
                        let text = address_text(&a, i18n.tag());
                        view! {
                            <label class="choice">
                                <input type="radio" name="address" value=id.to_string()
                                    prop:checked=move || co.draft.with(|d| d.address_id == Some(id))
                                    on:change=move |_| {
                                        unchosen.set(false);
                                        co.draft.update(|d| d.address_id = Some(id));
                                    } />
                                <span class="choice-text">
                                    <strong>{a.recipient_name.clone()}</strong>
                                    <span>{text}</span>
                                    <span>{a.phone.clone()}</span>
                                </span>
                            </label>
                        }
                    }).collect_view()}
                </fieldset>
                <p id="checkout-address-choose" class="field-error" role="alert">
                    {rf(move || unchosen.get().then(|| i18n.t("checkout-address-choose")))}
                </p>
                <button type="button" class="button add-address-button" on:click=move |_| adding.set(true)>
                    {tr("checkout-address-add")}
                </button>
            }.into_any(),
        })}
        <div class="checkout-nav">
            <a class="button" href="/cart">{tr("checkout-back-to-cart")}</a>
            {rf(move || (!form_open()).then(|| view! {
                <button id="checkout-continue" type="button" class="button button-primary"
                    on:click=next>{tr("checkout-continue")}</button>
            }))}
        </div>
    }
}

#[component]
fn ShippingStep() -> impl IntoView {
    let cart = expect_context::<Cart>();
    let co = expect_context::<Checkout>();
    let i18n = use_i18n();
    let sellers = move || {
        cart.quote.with(|q| {
            q.as_ref()
                .map(|q| {
                    q.sellers
                        .iter()
                        .filter(|s| !s.lines.is_empty())
                        .map(|s| {
                            let items: Vec<String> = s
                                .lines
                                .iter()
                                .map(|l| format!("{} × {}", l.title, l.quantity))
                                .collect();
                            (s.seller_id, s.seller_name.clone(), items)
                        })
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        {rf(move || sellers().into_iter().map(|(id, name, items)| view! {
            <div class="checkout-seller">
                <h3 class="checkout-seller-name">{i18n.tf("checkout-seller", [("seller", name.into())])}</h3>
                <ul class="checkout-items">{items.into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}</ul>
                <ShippingChoice seller_id=id />
            </div>
        }).collect_view())}
        <div class="checkout-nav">
            <a class="button" href=Step::Address.url()>{tr("checkout-back")}</a>
            <button type="button" class="button button-primary" on:click=move |_| go(co, Step::Payment)>{tr("checkout-continue")}</button>
        </div>
    }
}
