// chronik search, compact index: the reader of very large chronologies' index (chronik/search/compact.py).
//
// Pagefind finds the pages of each query word; a page holds PER_PAGE entries in chronological order, each a
// region of fixed length, so a position Pagefind returns names an entry (its rank) and says whether the word
// is in the entry's key (title, claimant, places, actors) or only in its text. Everything else comes from
// pagefind/chronik/: the manifest (Pagefind's page ids in page order, each page's tail lengths, the common
// words), blocks of entries to show, and one column per filter with every entry's values. Counts, filters
// and order are therefore per entry, and a query needs no more than the word chunks, the manifest and the
// blocks of the entries it shows.
(function () {
  "use strict";
  const PUNCTUATION = /[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu;  // what Pagefind drops from a query
  const EDGES = /^[^\p{L}\p{N}_]+|[^\p{L}\p{N}_]+$/gu;  // the build's tokens: words without punctuation around
  const KEY_WEIGHT = 3;
  const EXCERPT = 24;

  function normal(word) { return word.toLowerCase().replace(EDGES, ""); }

  async function fetchJson(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`the search index is incomplete or was rebuilt (${response.status}); reload the page`);
    let bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) {  // unless the server already undid the gzip
      const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    }
    return JSON.parse(new TextDecoder().decode(bytes));
  }

  // The words to look up and, for a query wholly in quotes, the phrase to check in each entry.
  function parseQuery(q) {
    const exact = /^\s*".+"\s*$/.test(q);
    const words = q.replace(/"/g, " ").split(/\s+/).filter((w) => w.replace(PUNCTUATION, "").trim());
    return { terms: [...new Set(words)], phrase: exact ? words.map(normal).filter(Boolean) : null };
  }

  function hasPhrase(text, phrase) {
    const words = text.split(/\s+/).map(normal).filter(Boolean);
    return words.some((_, i) => phrase.every((p, k) => words[i + k] === p));
  }

  function excerptOf(entry, matched) {
    const words = `${entry.text} ${entry.names}`.split(/\s+/).filter(Boolean);
    const marks = words.map((w) => matched.has(normal(w)));
    const first = Math.max(0, marks.indexOf(true));
    const start = Math.max(0, Math.min(first - 6, words.length - EXCERPT));
    const parts = [];
    if (start > 0) parts.push({ text: "… ", mark: false });
    words.slice(start, start + EXCERPT).forEach((w, i) => {
      if (i) parts.push({ text: " ", mark: false });
      parts.push({ text: w, mark: marks[start + i] });
    });
    if (start + EXCERPT < words.length) parts.push({ text: " …", mark: false });
    return parts;
  }

  window.chronikCompactIndex = function (manifestUrl, loadPagefind) {
    const manifestAt = new URL(manifestUrl, document.baseURI);
    let manifest = null;
    const columns = {};
    const blocks = {};

    async function loadManifest() {
      if (!manifest) {
        manifest = fetchJson(manifestAt).then((m) => {
          m.pageOf = new Map(m.pages.map(([id], i) => [id, i]));
          m.base = new URL(`${m.data}/`, manifestAt);
          return m;
        });
      }
      return manifest;
    }

    function column(key) {  // every entry's values of one filter: {values, rows: [[value index, ...], ...]}
      if (!columns[key]) {
        columns[key] = loadManifest().then((m) => fetchJson(new URL(`${key}.json.gz`, m.base))).then((c) => ({
          values: c.values,
          rows: c.rows.split(",").map((r) => (r ? r.split(".").map((n) => parseInt(n, 36)) : [])),
        }));
      }
      return columns[key];
    }

    function block(m, n) {
      if (!blocks[n]) blocks[n] = fetchJson(new URL(`b${n}.json.gz`, m.base));
      return blocks[n];
    }

    // rank → {score, at: [[position in region, page]]} of the entries with every word.
    async function lookUp(m, terms) {
      const pf = await loadPagefind();
      const slots = m.slots.length * 2;
      let found = null;
      for (const term of terms) {
        const response = await pf.search(term);
        const hits = new Map();
        for (const result of response.results) {
          const page = m.pageOf.get(result.id);
          if (page === undefined) continue;
          const [, keyTail, textTail] = m.pages[page];
          const length = slots + keyTail + textTail;
          for (const location of result.words) {
            const rank = page * m.per_page + Math.floor(location / length);
            const offset = location % length;
            const key = offset < slots ? offset % 2 === 0 : offset < slots + keyTail;
            const hit = hits.get(rank) || { key: false, at: [] };
            hit.key = hit.key || key;
            hit.at.push([offset, page]);
            hits.set(rank, hit);
          }
        }
        const idf = Math.log(1 + m.entries / Math.max(1, hits.size));
        const next = new Map();
        for (const [rank, hit] of hits) {
          const before = found ? found.get(rank) : { score: 0, at: [] };
          if (!before) continue;
          next.set(rank, { score: before.score + idf * (hit.key ? KEY_WEIGHT : 1), at: before.at.concat(hit.at) });
        }
        found = next;
        if (!found.size) break;
      }
      return found;
    }

    // The word at each position, for highlighting: a common word's column, or a place in the entry's tails.
    function matchedWords(m, entry, at) {
      const slots = m.slots.length * 2;
      const keys = entry.key ? entry.key.split(" ") : [];
      const words = entry.words ? entry.words.split(" ") : [];
      const out = new Set();
      for (const [offset, page] of at) {
        const keyTail = m.pages[page][1];
        const word = offset < slots ? m.slots[offset >> 1]
          : offset < slots + keyTail ? keys[offset - slots] : words[offset - slots - keyTail];
        if (word) out.add(word);
      }
      return out;
    }

    async function query({ q, chosen, sort, opened }) {
      const m = await loadManifest();
      const { terms, phrase } = parseQuery(q);
      const found = terms.length ? await lookUp(m, terms) : null;
      let ranks = found ? [...found.keys()] : Array.from({ length: m.entries }, (_, i) => i);
      const wanted = {};
      for (const key of new Set([...Object.keys(chosen), ...opened])) wanted[key] = await column(key);
      const choice = Object.entries(chosen).map(([key, value]) => [key, wanted[key].values.indexOf(value)]);
      const keep = (rank, without) => choice.every(([key, value]) => key === without
        || (value >= 0 && wanted[key].rows[rank].includes(value)));
      const counts = {};
      for (const key of opened) {  // a filter's counts are counted without its own choice
        const c = wanted[key];
        const n = new Array(c.values.length).fill(0);
        for (const rank of ranks) if (keep(rank, key)) for (const v of c.rows[rank]) n[v] += 1;
        counts[key] = Object.fromEntries(c.values.map((v, i) => [v, n[i]]));
      }
      ranks = ranks.filter((rank) => keep(rank, null));
      if (sort === "oldest") ranks.sort((a, b) => a - b);
      else if (sort === "newest" || !found) ranks.sort((a, b) => b - a);
      else ranks.sort((a, b) => found.get(b).score - found.get(a).score || b - a);

      let next = 0;
      async function entry(rank) {
        const row = (await block(m, Math.floor(rank / m.per_block)))[rank % m.per_block];
        if (phrase && ![row.heading, row.text, row.names].some((t) => hasPhrase(t, phrase))) return null;
        const matched = found ? matchedWords(m, row, found.get(rank).at) : new Set();
        return {
          fileId: row.id, date: row.date, time: row.time, title: row.heading,
          excerpt: excerptOf(row, matched),
          values: { side: [row.side], claimant: row.claimant ? [row.claimant] : [], status: [row.status] },
        };
      }
      return {
        total: phrase ? null : ranks.length,
        counts,
        done: () => next >= ranks.length,
        async next(n) {
          const out = [];
          while (out.length < n && next < ranks.length) {
            const batch = ranks.slice(next, next + n - out.length);
            next += batch.length;
            out.push(...(await Promise.all(batch.map(entry))).filter(Boolean));
          }
          return out;
        },
      };
    }

    return { query };
  };
}());
