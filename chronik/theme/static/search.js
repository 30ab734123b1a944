// chronik search: queries the static Pagefind index in pagefind/ from the browser, with no server.
//
// The index holds "shards" of entries (one entry each on most sites; on very large ones a few entries of
// one day and side). Each entry is an <h2> of its shard whose id carries the entry's permalink,
// date, time and its own filter values (as indexes into the shard's filter lists), so a result is always
// one entry that contains the words and matches every filter. The query and the filters are kept in the
// address (search.html?q=Shushi&side=azerbaijani). Text from the index or the address is only ever put
// into the page as text, never as HTML.
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
  const GROUPED = form.dataset.unit === "group";
  const ROOT = new URL(".", new URL(form.dataset.root, document.baseURI));
  const BATCH = 10;
  const SHOWN_VALUES = 40;
  const FEW_VALUES = 12;

  const state = {
    q: "", sort: "", chosen: {}, results: [], next: 0, shown: 0, ready: [], held: [], token: 0, opened: new Set(),
  };
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

  // --- reading a shard -------------------------------------------------------------------------------------
  // "<file id>|<date>|<time>|<codes>": codes are, per filter, the indexes of the entry's values in the shard's list.
  function decodeEntry(anchorId, fragment) {
    const [fileId, date, time, codes] = anchorId.split("|");
    if (codes === undefined) return null;
    const values = {};
    codes.split("~").forEach((part, i) => {
      const all = (fragment.filters && fragment.filters[FILTERS[i]]) || [];
      values[FILTERS[i]] = part === "" ? [] : part.split(".").map((n) => all[Number(n)]).filter((v) => v !== undefined);
    });
    return { fileId, date, time, values };
  }

  function matchesChosen(entry) {
    return Object.entries(state.chosen).every(([key, value]) => (entry.values[key] || []).includes(value));
  }

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

  function entriesOf(fragment) {
    const hits = state.q ? fragment.sub_results.filter((s) => s.anchor && /^h2$/i.test(s.anchor.element))
      : fragment.anchors.filter((a) => /^h2$/i.test(a.element)).map((a) => ({ anchor: a, title: a.text }));
    const out = [];
    for (const hit of hits) {
      const entry = decodeEntry(hit.anchor.id, fragment);
      if (!entry || !matchesChosen(entry)) continue;
      entry.title = hit.title || hit.anchor.text;
      entry.excerpt = hit.excerpt ? excerptParts(hit.excerpt) : plainExcerpt(fragment, hit.anchor);
      out.push(entry);
    }
    return out;
  }

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

  function drawStatus(done) {
    const found = state.results.length;
    let text;
    if (!found) text = `Nothing found for ${describeSearch()}.`;
    else if (!GROUPED) {
      text = `${plural(found, "entry matches", "entries match")} ${describeSearch()}; showing ${state.shown}.`;
    } else {
      text = `Entries matching ${describeSearch()}: showing ${state.shown}${done ? "" : " so far"}, ` +
        `from ${plural(found, "group", "groups")} of the index.`;
    }
    if (found && state.shown === 0 && done) text = `No single entry matches ${describeSearch()}.`;
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

  // The filters to ask Pagefind about: the chosen values, and an empty list for every open filter, which makes
  // Pagefind load that filter's counts (a filter nobody opens is never downloaded).
  function filterArgument(without) {
    const filters = {};
    for (const key of state.opened) filters[key] = [];
    for (const [key, value] of Object.entries(state.chosen)) if (key !== without) filters[key] = value;
    return filters;
  }

  async function run() {
    const token = ++state.token;
    writeAddress();
    list.replaceChildren();
    moreButton.hidden = true;
    state.results = []; state.next = 0; state.shown = 0; state.ready = []; state.held = [];
    if (!state.q && !Object.keys(state.chosen).length) {
      statusLine.textContent = "";
      return;
    }
    statusLine.textContent = "Searching…";
    const pf = await loadPagefind();
    const sort = state.sort ? { date: state.sort === "newest" ? "desc" : "asc" } : {};
    const response = await pf.search(state.q || null, { filters: filterArgument(null), sort });
    if (token !== state.token) return;
    const counts = { ...response.filters };
    for (const key of Object.keys(state.chosen)) {  // a chosen filter's own choices are counted without it
      const other = await pf.search(state.q || null, { filters: filterArgument(key) });
      if (token !== state.token) return;
      counts[key] = other.filters[key] || counts[key];
    }
    drawFacets(counts);
    state.results = response.results;
    await more(token, false);
  }

  function byDate(a, b) {
    const order = `${a.date}T${a.time}|${a.fileId}`.localeCompare(`${b.date}T${b.time}|${b.fileId}`);
    return state.sort === "newest" ? -order : order;
  }

  // Shards are loaded a few at a time and their matching entries queued, BATCH shown per press of "More".
  // Pagefind orders shards by their first entry, and two shards of one day can overlap in time, so in date
  // order a day's entries are held back until the results have moved on to another day, then sorted.
  async function more(token, focus) {
    const before = state.shown;
    while (state.ready.length < BATCH && state.next < state.results.length) {
      const batch = state.results.slice(state.next, state.next + (GROUPED ? 2 : BATCH - state.ready.length));
      state.next += batch.length;
      const fragments = await Promise.all(batch.map((r) => r.data()));
      if (token !== state.token) return;
      for (const fragment of fragments) {
        const entries = entriesOf(fragment);
        if (!state.sort) { state.ready.push(...entries); continue; }
        const day = dayOf(fragment);
        if (state.held.length && state.held[0].date !== day) state.ready.push(...state.held.splice(0).sort(byDate));
        state.held.push(...entries);
      }
    }
    if (state.next >= state.results.length) state.ready.push(...state.held.splice(0).sort(byDate));
    const shown = state.ready.splice(0, BATCH);
    for (const entry of shown) list.append(resultItem(entry));
    state.shown += shown.length;
    moreButton.hidden = state.next >= state.results.length && !state.ready.length;
    drawStatus(moreButton.hidden);
    if (focus && shown.length) list.children[before].querySelector("a").focus();
  }

  function dayOf(fragment) {
    const anchor = fragment.anchors.find((a) => /^h2$/i.test(a.element));
    return anchor ? anchor.id.split("|")[1] : "";
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
