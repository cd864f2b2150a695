// Storefront's service worker (README.md, "Offline and updates"). Plain JS, no dependencies.
//
// - Precache: the shell (/index.html), the main JS and wasm, the split loader, the stylesheets,
//   the manifest and icons of THIS build (scripts/pwa/precache.py writes the list and a build id
//   into the line below after every trunk build).
// - Runtime: route chunks (/snippets/…), page CSS (/lazy/…) and locale files (/locales/…) go into
//   the same per-build cache when first fetched, so an open tab keeps loading its own build's
//   files even after a new build is deployed (never a mix of old and new chunks).
// - Navigations to shop pages: network first; the page's HTML (server-composed, with its inline
//   data) is kept, and offline the cached page, else the cached shell, answers.
// - Catalogue API GETs (PUBLIC_API): network first, cached copy offline (marked `sf-offline: 1`
//   so the app shows its offline banner). Answers about one buyer, anything `no-store`, POSTs,
//   the operator API and the /embed/ widget frames are never touched.
// - A new worker waits until the page asks it to take over (the "New version" prompt).
const MANIFEST = { build: "dev", precache: [] }; // @precache (replaced by scripts/pwa/precache.py)

const BUILD = MANIFEST.build;
const ASSETS = `sf-assets-${BUILD}`;
const PAGES = `sf-pages-${BUILD}`;
const API = `sf-api-${BUILD}`;
const SHELL = "/index.html";
// Content-hashed names never change: the copy the page just loaded (HTTP cache) will do, so the
// first visit does not download the main wasm twice. Other files are revalidated.
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/;
const MAX_PAGES = 40;
const MAX_API = 200;
// The catalogue's API, the same for every buyer (the rest, e.g. the session, the cart, orders,
// disputes and the operator API, is never cached; crates/server/src/security.rs).
const PUBLIC_API = /^\/api\/v1\/(config|categories|products|search|sellers|home|images)(\/|$)/;
// Routes the server composes (crates/server/src/pages): their HTML carries the page's data.
const COMPOSED = /^\/($|p\/[^/]+$|c\/[^/]+$|store\/[^/]+$|search$|categories$)/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(ASSETS).then((cache) => cache.addAll(MANIFEST.precache.map((p) => new Request(p, { cache: HASHED.test(p) ? "default" : "no-cache" }))))
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith("sf-") && !k.endsWith(`-${BUILD}`)).map((k) => caches.delete(k))))
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  const msg = event.data || {};
  if (msg.type === "skip-waiting") {
    self.skipWaiting();
  } else if (msg.type === "cache" && Array.isArray(msg.urls)) {
    // What the page loaded before this worker controlled it (the first visit), and its locale.
    event.waitUntil(Promise.all(msg.urls.map(remember)));
  }
});

function sameOrigin(url) {
  return url.origin === self.location.origin;
}

function isEmbed(path) {
  return path === "/embed" || path.startsWith("/embed/") || path === "/embed.js";
}

function isAsset(path) {
  return path.startsWith("/snippets/") || path.startsWith("/lazy/") || path.startsWith("/locales/") || MANIFEST.precache.includes(path);
}

async function remember(href) {
  let url;
  try {
    url = new URL(href, self.location.origin);
  } catch (_) {
    return;
  }
  if (!sameOrigin(url) || isEmbed(url.pathname)) return;
  try {
    if (COMPOSED.test(url.pathname)) {
      const cache = await caches.open(PAGES);
      if (!(await cache.match(url.href))) await keepPage(cache, url.href, await fetch(url.href, { credentials: "same-origin" }));
    } else if (isAsset(url.pathname)) {
      const cache = await caches.open(ASSETS);
      if (!(await cache.match(url.pathname))) {
        const res = await fetch(url.pathname);
        if (res.ok) await cache.put(url.pathname, res);
      }
    }
  } catch (_) {
    // Offline or gone: it is simply not kept.
  }
}

// Keeps a page only if it belongs to this build (it loads this build's main script), so an
// offline page never pairs old HTML with new files or the reverse.
async function keepPage(cache, key, res) {
  if (!res || res.status !== 200 || !(res.headers.get("content-type") || "").includes("text/html")) return;
  const main = MANIFEST.precache.find((p) => /^\/storefront-[^/]*\.js$/.test(p));
  const html = await res.clone().text();
  if (main && !html.includes(main)) return;
  await cache.put(key, res);
  await trim(cache, MAX_PAGES);
}

async function trim(cache, max) {
  const keys = await cache.keys();
  for (let i = 0; i < keys.length - max; i++) await cache.delete(keys[i]);
}

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET") return;
  const url = new URL(req.url);
  if (!sameOrigin(url) || isEmbed(url.pathname)) return;
  // Requests of a widget frame (/embed/…) go to the network as if there were no worker.
  if (req.referrer && isEmbed(new URL(req.referrer).pathname)) return;
  if (req.mode === "navigate") {
    if (url.pathname.startsWith("/api/")) return;
    event.respondWith(navigate(event, req, url));
  } else if (PUBLIC_API.test(url.pathname)) {
    event.respondWith(api(req));
  } else if (isAsset(url.pathname)) {
    event.respondWith(asset(req, url));
  }
});

async function navigate(event, req, url) {
  try {
    const res = await fetch(req);
    if (COMPOSED.test(url.pathname)) {
      const copy = res.clone();
      event.waitUntil(caches.open(PAGES).then((cache) => keepPage(cache, url.href, copy)));
    }
    return res;
  } catch (err) {
    const page = await caches.match(url.href, { cacheName: PAGES });
    if (page) return page;
    const shell = await caches.match(SHELL, { cacheName: ASSETS });
    if (shell) return shell;
    throw err;
  }
}

async function asset(req, url) {
  const cache = await caches.open(ASSETS);
  const hit = await cache.match(url.pathname);
  if (hit) return hit;
  const res = await fetch(req);
  if (res.ok && !url.search) await cache.put(url.pathname, res.clone());
  return res;
}

async function api(req) {
  const cache = await caches.open(API);
  try {
    const res = await fetch(req);
    const store = (res.headers.get("cache-control") || "").includes("no-store");
    if (res.status === 200 && !store) {
      await cache.put(req, res.clone());
      await trim(cache, MAX_API);
    }
    return res;
  } catch (err) {
    const hit = await cache.match(req);
    if (!hit) throw err;
    // The app reads this header to show its offline banner.
    const headers = new Headers(hit.headers);
    headers.set("sf-offline", "1");
    return new Response(hit.body, { status: hit.status, statusText: hit.statusText, headers });
  }
}
