/*! Storefront widget loader. Paste on a partner page:
 *   <script async src="https://SHOP/embed.js"></script>
 *   <div data-storefront="product" data-product="123" data-locale="ru" data-currency="RUB"
 *        data-theme="dark" data-partner="your-id"></div>
 * or <storefront-product product="123" locale="ru"></storefront-product> (also
 * storefront-buy, storefront-collection). Options: product, category, query, ids, limit,
 * layout, locale, currency, theme, partner. Builder: https://SHOP/partners/widgets
 */
(function () {
  "use strict";
  var w = window, d = document;
  if (w.StorefrontEmbed) return;
  var warn = function (m) {
    if (w.console) console.warn("[storefront] " + m);
  };
  var shop;
  try {
    shop = new URL(d.currentScript.src).origin;
  } catch (e) {}
  if (!shop || shop == "null") return warn("cannot tell the shop's address");
  var TYPE = "storefront:resize";
  var KINDS = { product: 360, buy: 56, collection: 420 };
  var id = /^[1-9]\d{0,15}$/;
  var CHECK = {
    product: id,
    category: /^[\w-]{1,80}$/,
    query: /^[^<>]{1,200}$/,
    ids: /^[1-9]\d{0,15}(,[1-9]\d{0,15}){0,11}$/,
    limit: /^([1-9]|1[0-2])$/,
    layout: /^(grid|carousel)$/,
    locale: /^(en|ru|es|pt-BR|de|ar)$/,
    currency: /^[A-Z]{3}$/,
    theme: /^(light|dark|accent)$/,
    partner: /^[\w.-]{1,64}$/
  };
  var frames = [];

  // The iframe of one widget; `get(name)` reads an option (null when absent).
  function frame(kind, get) {
    if (!KINDS[kind]) {
      warn('unknown widget "' + kind + '", showing a product card');
      kind = "product";
    }
    var path = "/embed/" + kind, q = [];
    for (var k in CHECK) {
      var v = get(k);
      if (v == null || v === "") continue;
      v = String(v).trim();
      if (!CHECK[k].test(v)) {
        warn("ignored " + k + '="' + v + '"');
        continue;
      }
      if (k == "product") {
        if (kind != "collection") path += "/" + v;
      } else q.push((k == "query" ? "q" : k) + "=" + encodeURIComponent(v));
    }
    if (kind != "collection" && path == "/embed/" + kind) {
      warn("a " + kind + " widget needs a product id");
      path += "/0";
    }
    q.push("origin=" + encodeURIComponent(location.origin));
    var f = d.createElement("iframe");
    f.src = shop + path + "?" + q.join("&");
    f.title = get("title") || "Storefront";
    f.setAttribute("sandbox", "allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox");
    f.setAttribute("loading", "lazy");
    var s = f.style;
    s.border = "0";
    s.width = "100%";
    s.display = "block";
    s.colorScheme = "normal";
    s.height = KINDS[kind] + "px";
    frames.push(f);
    return f;
  }

  // Puts the iframe into a shadow root of `host` so the page's CSS cannot reach it.
  function mount(host, f) {
    var root = host.shadowRoot || host.attachShadow({ mode: "open" });
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(f);
  }

  function fromData(el) {
    if (el.getAttribute("data-storefront-ready") != null) return;
    el.setAttribute("data-storefront-ready", "");
    try {
      mount(el, frame(el.getAttribute("data-storefront"), function (k) {
        return el.getAttribute("data-" + k);
      }));
    } catch (e) {
      warn("cannot show a widget here: " + e);
    }
  }

  function scan(node) {
    if (node.nodeType != 1) return;
    if (node.hasAttribute("data-storefront")) fromData(node);
    var list = node.querySelectorAll("[data-storefront]");
    for (var i = 0; i < list.length; i++) fromData(list[i]);
  }

  w.addEventListener("message", function (e) {
    var m = e.data;
    if (e.origin !== shop || !m || m.type !== TYPE) return;
    for (var i = 0; i < frames.length; i++) {
      var f = frames[i];
      if (f.contentWindow && f.contentWindow === e.source) {
        var h = Math.ceil(+m.height);
        if (h >= 0 && h < 20000) f.style.height = h + "px";
        if (typeof m.title == "string" && m.title) f.title = m.title.slice(0, 200);
      }
    }
  });

  if (w.customElements && w.HTMLElement) {
    ["product", "buy", "collection"].forEach(function (kind) {
      var name = "storefront-" + kind;
      if (customElements.get(name)) return;
      var C = function () {
        return Reflect.construct(HTMLElement, [], C);
      };
      C.prototype = Object.create(HTMLElement.prototype);
      C.prototype.constructor = C;
      Object.setPrototypeOf(C, HTMLElement);
      C.observedAttributes = Object.keys(CHECK);
      C.prototype.connectedCallback = function () {
        var el = this;
        if (el._sf) return;
        el._sf = 1;
        if (!el.style.display) el.style.display = "block";
        mount(el, frame(kind, function (k) {
          return el.getAttribute(k);
        }));
      };
      C.prototype.attributeChangedCallback = function () {
        if (this._sf) {
          this._sf = 0;
          this.connectedCallback();
        }
      };
      customElements.define(name, C);
    });
  }

  scan(d.documentElement);
  new MutationObserver(function (records) {
    for (var i = 0; i < records.length; i++) {
      var added = records[i].addedNodes;
      for (var j = 0; j < added.length; j++) scan(added[j]);
    }
  }).observe(d.documentElement, { childList: true, subtree: true });
  w.StorefrontEmbed = { scan: scan, version: 1 };
})();
