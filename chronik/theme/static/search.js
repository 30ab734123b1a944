// chronik search: queries the static index in pagefind/ from the browser, with no server.
//
// Two layouts of the index (chronik/search): on most sites each entry is a page of Pagefind's, and its results,
// excerpts and filter counts are used as they are (entryIndex below); very large chronologies use the compact
// layout, read by static/search-compact.js. Both answer query() with the same shape, so this file only draws.
// The query and the filters are kept in the address (search.html?q=Shushi&side=azerbaijani). Text from the
// index or the address is only ever put into the page as text, never as HTML.
(function () {
  "use strict";
  const form = document.getElementById("search-form");
  const input = document.getElementById("search-q");
  const sortSelect = document.getElementById("search-sort");
  const statusLine = document.getElementById("search-status");
  const list = document.getElementById("search-results");
  const moreButton = document.getElementById("search-more");
  const labels = JSON.parse(document.getElementById("search-labels").textContent);
  const FILTERS = labels.filters;
  const ROOT = new URL(".", new URL(form.dataset.root, document.baseURI));
  const BATCH = 10;
  const SHOWN_VALUES = 40;
  const FEW_VALUES = 12;

  const state = { q: "", sort: "", chosen: {}, found: null, shown: 0, token: 0, opened: new Set() };
  let pagefind = null;

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === "class") node.className = v; else node.setAttribute(k, v);
    }
    for (const child of children) node.append(child);
    return node;
  }

  function plural(n, one, many) { return `${n.toLocaleString("en")} ${n === 1 ? one : many}`; }

  function sideLabel(key) { return (labels.sides[key] && labels.sides[key].label) || key; }

  function valueLabel(key, value) {
    if (key === "side") return sideLabel(value);
    if (key === "status") return value.charAt(0).toUpperCase() + value.slice(1);
    return value;
  }

  // --- the address ---------------------------------------------------------------------------------------
  function readAddress() {
    const params = new URLSearchParams(location.search);
    state.q = params.get("q") || "";
    state.sort = ["newest", "oldest"].includes(params.get("sort")) ? params.get("sort") : "";
    state.chosen = {};
    for (const key of FILTERS) {
      const value = params.get(key);
      if (value) state.chosen[key] = value;
    }
    input.value = state.q;
    sortSelect.value = state.sort;
  }

  function writeAddress() {
    const params = new URLSearchParams();
    if (state.q) params.set("q", state.q);
    if (state.sort) params.set("sort", state.sort);
    for (const key of FILTERS) if (state.chosen[key]) params.set(key, state.chosen[key]);
    const query = params.toString();
    const url = location.pathname + (query ? `?${query}` : "");
    if (url !== location.pathname + location.search) history.replaceState(null, "", url);
  }

  // --- one entry a page: Pagefind's own results ----------------------------------------------------------
  function plainExcerpt(fragment, anchor) {
    const words = fragment.content.split(/\s+/);
    const start = anchor.location + anchor.text.split(/\s+/).length;
    const part = words.slice(start, start + 30).join(" ");
    return [{ text: part + (words.length > start + 30 ? " …" : ""), mark: false }];
  }

  // Pagefind's excerpt is text with < and > escaped and the matches in <mark>…</mark>: split it, never parse it.
  function excerptParts(excerpt) {
    const parts = [];
    excerpt.split(/(<mark>|<\/mark>)/).reduce((marked, piece) => {
      if (piece === "<mark>") return true;
      if (piece === "</mark>") return false;
      if (piece) parts.push({ text: piece.replace(/&lt;/g, "<").replace(/&gt;/g, ">"), mark: marked });
      return marked;
    }, false);
    return parts;
  }

  // The entry of a fragment: its <h2 id> is "<file id>|<date>|<time>", its filters are the entry's.
  function entryOf(fragment, q) {
    const anchor = fragment.anchors.find((a) => /^h2$/i.test(a.element));
    if (!anchor) return null;
    const [fileId, date, time] = anchor.id.split("|");
    const hit = q ? fragment.sub_results.find((sub) => sub.anchor && sub.anchor.id === anchor.id) : null;
    return {
      fileId, date, time, values: fragment.filters || {},
      title: (hit && hit.title) || anchor.text,
      excerpt: hit && hit.excerpt ? excerptParts(hit.excerpt) : q ? excerptParts(fragment.excerpt)
        : plainExcerpt(fragment, anchor),
    };
  }

  const entryIndex = {
    // The filters to ask Pagefind about: the chosen values, and an empty list for every open filter, which
    // makes Pagefind load that filter's counts (a filter nobody opens is never downloaded).
    async query({ q, chosen, sort, opened }) {
      const pf = await loadPagefind();
      const filters = (without) => {
        const out = {};
        for (const key of opened) out[key] = [];
        for (const [key, value] of Object.entries(chosen)) if (key !== without) out[key] = value;
        return out;
      };
      const order = sort ? { date: sort === "newest" ? "desc" : "asc" } : {};
      const response = await pf.search(q || null, { filters: filters(null), sort: order });
      const counts = { ...response.filters };
      for (const key of Object.keys(chosen)) {  // a chosen filter's own choices are counted without it
        const other = await pf.search(q || null, { filters: filters(key) });
        counts[key] = other.filters[key] || counts[key];
      }
      const results = response.results;
      let next = 0;
      return {
        total: results.length, counts, done: () => next >= results.length,
        async next(n) {
          const batch = results.slice(next, next + n);
          next += batch.length;
          return (await Promise.all(batch.map((r) => r.data()))).map((f) => entryOf(f, q)).filter(Boolean);
        },
      };
    },
  };

  // --- drawing ---------------------------------------------------------------------------------------------
  function formatDate(date, time) {
    const d = new Date(`${date}T00:00:00Z`);
    if (Number.isNaN(d.getTime())) return date;
    const text = d.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
    return time ? `${text}, ${time}` : text;
  }

  function resultItem(entry) {
    const link = el("a", { href: new URL(`entries/${entry.fileId}.html`, ROOT).href }, entry.title);
    const when = el("time", { datetime: entry.date }, formatDate(entry.date, entry.time));
    const meta = el("p", { class: "item-meta result-meta" }, when);
    const side = (entry.values.side || [])[0];
    const claimant = (entry.values.claimant || [])[0];
    if (claimant || (side && side !== "unattributed")) {
      const claim = el("span", { class: "claim" }, el("span", { class: "claim-label" }, "Claim by"));
      if (claimant) claim.append(" ", el("span", { class: "who" }, claimant));
      if (side && labels.sides[side] && labels.sides[side].colour !== null) {
        claim.append(" ", el("span", { class: `side s${labels.sides[side].colour}` },
          el("span", { class: "swatch", "aria-hidden": "true" }), sideLabel(side)));
      }
      meta.append(" ", claim);
    }
    const status = (entry.values.status || [])[0];
    if (status && status !== "reported") {
      meta.append(" ", el("span", { class: `badge badge-${status}` }, valueLabel("status", status)));
    }
    const excerpt = el("p", { class: "result-excerpt" });
    for (const part of entry.excerpt) {
      excerpt.append(part.mark ? el("mark", {}, part.text) : document.createTextNode(part.text));
    }
    return el("li", { class: "result" }, el("h2", { class: "result-title" }, link), meta, excerpt);
  }

  function describeSearch() {
    const what = state.q ? `“${state.q}”` : "all entries";
    const chosen = Object.entries(state.chosen).map(([k, v]) => `${k} ${valueLabel(k, v)}`);
    return chosen.length ? `${what} (${chosen.join(", ")})` : what;
  }

  function drawStatus() {
    const { total } = state.found;
    const done = state.found.done();
    let text;
    if (total === 0 || (done && state.shown === 0)) text = `Nothing found for ${describeSearch()}.`;
    else if (total !== null) {
      text = `${plural(total, "entry matches", "entries match")} ${describeSearch()}; showing ${state.shown}.`;
    } else text = `Entries matching ${describeSearch()}: showing ${state.shown}${done ? "" : " so far"}.`;
    statusLine.textContent = text;
  }

  function drawFacets(counts) {
    const chosenCount = Object.keys(state.chosen).length;
    form.querySelector(".facets-chosen").textContent = chosenCount ? ` (${chosenCount} chosen)` : "";
    for (const details of form.querySelectorAll("details.facet")) {
      const key = details.dataset.filter;
      const chosen = state.chosen[key] || "";
      details.querySelector(".facet-chosen").textContent = chosen ? `: ${valueLabel(key, chosen)}` : "";
      if (!counts[key]) continue;
      const fieldset = details.querySelector("fieldset");
      const legend = fieldset.querySelector("legend");
      fieldset.replaceChildren(legend);
      const few = Object.keys(counts[key]).length <= FEW_VALUES;  // a short list shows its empty choices too
      let values = Object.entries(counts[key]).filter(([v, n]) => n > 0 || v === chosen || few);
      if (key === "year" || key === "month") values.sort((a, b) => a[0].localeCompare(b[0]));
      else values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      const all = values.length;
      if (!details.dataset.all) values = values.slice(0, SHOWN_VALUES);
      const option = (value, text, n) => {
        const id = `f-${key}-${fieldset.children.length}`;
        const radio = el("input", { type: "radio", name: key, value, id });
        radio.checked = value === chosen;
        const label = el("label", { for: id }, text);
        if (n !== null) label.append(el("span", { class: "count" }, n.toLocaleString("en")));
        fieldset.append(el("div", { class: "facet-value" }, radio, label));
      };
      option("", "Any", null);
      for (const [value, n] of values) option(value, valueLabel(key, value), n);
      if (values.length < all) {
        const button = el("button", { type: "button", class: "facet-all" }, `Show all ${all.toLocaleString("en")}`);
        button.addEventListener("click", () => { details.dataset.all = "1"; drawFacets(counts); });
        fieldset.append(button);
      }
      if (all === 0) fieldset.append(el("p", { class: "facet-empty" }, "No values for this search."));
    }
  }

  // --- searching -------------------------------------------------------------------------------------------
  async function loadPagefind() {
    if (!pagefind) {
      pagefind = await import(new URL(form.dataset.pagefind, document.baseURI).href);
      await pagefind.options({ noWorker: true, excerptLength: 24 });
    }
    return pagefind;
  }

  const index = form.dataset.unit === "compact"
    ? window.chronikCompactIndex(form.dataset.index, loadPagefind) : entryIndex;

  async function run() {
    const token = ++state.token;
    writeAddress();
    list.replaceChildren();
    moreButton.hidden = true;
    state.found = null;
    state.shown = 0;
    if (!state.q && !Object.keys(state.chosen).length) {
      statusLine.textContent = "";
      return;
    }
    statusLine.textContent = "Searching…";
    const found = await index.query({ q: state.q, chosen: { ...state.chosen }, sort: state.sort,
      opened: [...state.opened] });
    if (token !== state.token) return;
    drawFacets(found.counts);
    state.found = found;
    await more(token, false);
  }

  // BATCH results a press of "More": a result is drawn once its entry is loaded.
  async function more(token, focus) {
    const before = state.shown;
    const shown = await state.found.next(BATCH);
    if (token !== state.token) return;
    for (const entry of shown) list.append(resultItem(entry));
    state.shown += shown.length;
    moreButton.hidden = state.found.done();
    drawStatus();
    if (focus && shown.length) list.children[before].querySelector("a").focus();
  }

  // --- wiring ----------------------------------------------------------------------------------------------
  let timer = null;
  function soon() { clearTimeout(timer); timer = setTimeout(() => run().catch(failed), 250); }
  function failed(error) {
    statusLine.textContent = `Search failed: ${error && error.message ? error.message : error}`;
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state.q = input.value.trim();
    run().catch(failed);
  });
  input.addEventListener("input", () => { state.q = input.value.trim(); soon(); });
  sortSelect.addEventListener("change", () => { state.sort = sortSelect.value; run().catch(failed); });
  form.addEventListener("change", (event) => {
    const target = event.target;
    if (target.type !== "radio") return;
    if (target.value) state.chosen[target.name] = target.value; else delete state.chosen[target.name];
    run().catch(failed);
  });
  for (const details of form.querySelectorAll("details.facet")) {
    details.addEventListener("toggle", () => {
      if (!details.open || state.opened.has(details.dataset.filter)) return;
      state.opened.add(details.dataset.filter);
      if (state.q || Object.keys(state.chosen).length) run().catch(failed);
    });
  }
  moreButton.addEventListener("click", () => more(state.token, true).catch(failed));

  if (form.dataset.unit === "empty") {
    statusLine.textContent = "The chronology has no entries yet: there is nothing to search.";
  } else if (location.protocol === "file:") {
    statusLine.textContent = "Search needs the site to be served over http(s); " +
      "opened from a file, use the timeline and the lists.";
  } else {
    readAddress();
    if (window.matchMedia("(max-width: 48rem)").matches && !Object.keys(state.chosen).length) {
      document.getElementById("search-facets").open = false;  // on a phone the results come first
    }
    for (const details of form.querySelectorAll("details.facet")) {
      if (state.chosen[details.dataset.filter]) details.open = true;
      if (details.open) state.opened.add(details.dataset.filter);
    }
    run().catch(failed);
  }
}());
