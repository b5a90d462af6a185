// brief: search over the briefing's sources and summary entries, in the browser.
// The index (search-index.js) is loaded by a plain <script> tag, so this works from
// file:// and from any static host without a server.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var root = document.body.getAttribute("data-root") || "";
  if (!form || !input || !list) return;
  var index = [];
  var folded = [];
  var ready = load(window.BRIEF_SEARCH_INDEX || {}).then(function (data) {
    index = expand(data);
    folded = index.map(function (e) { return fold(e.t + " " + e.x); });
  }, function () {
    index = null;
    if (status) status.textContent = "This browser cannot read the search index (it needs one from 2023 or later).";
  });

  // The index is written deflated, in base64 (a third of the size of its JSON); an index as
  // plain data (an object) is read as it is.
  function load(data) {
    if (typeof data !== "string") return Promise.resolve(data);
    if (typeof DecompressionStream === "undefined") return Promise.reject(new Error("no DecompressionStream"));
    var bytes = Uint8Array.from(atob(data), function (c) { return c.charCodeAt(0); });
    var text = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
    return new Response(text).text().then(JSON.parse);
  }

  // The index holds each text once (see src/render/search.rs): sources with their
  // paragraphs, the entries' titles, and summary entries by kind, each naming its title by
  // number and pointing at the sentence it quotes. One entry per source, paragraph and
  // summary entry: { k: kind, t: title, u: link, x: text }.
  function expand(data) {
    if (Array.isArray(data)) return data;
    var out = [];
    var sources = data.sources || [];
    var titles = data.titles || [];
    sources.forEach(function (s) {
      var page = "sources/" + s[0] + "/index.html";
      var title = s[1] + " — " + s[2];
      out.push({ k: "source", t: title, u: page, x: s[2] });
      s[3].forEach(function (p) {
        out.push({ k: "paragraph", t: title, u: page + "#" + p[0], x: p[1] });
      });
    });
    var entries = data.entries || {};
    Object.keys(entries).forEach(function (kind) {
      entries[kind].forEach(function (e) {
        var t = titles[e[0]] || "";
        if (typeof e[1] === "string") {
          out.push({ k: kind, t: t, u: e[1], x: e[2] });
          return;
        }
        var s = sources[e[1]];
        var p = s && s[3][e[2]];
        if (!p) return;
        var x = e.length > 4 ? p[1].substr(e[3], e[4]) : e[3];
        out.push({ k: kind, t: t, u: "sources/" + s[0] + "/index.html#" + p[0], x: x });
      });
    });
    return out;
  }

  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }

  function search(q) {
    var terms = fold(q).split(/[^\p{L}\p{N}]+/u).filter(function (t) { return t.length > 1; });
    if (!terms.length) return [];
    var hits = [];
    for (var i = 0; i < index.length; i++) {
      var score = 0, all = true;
      for (var j = 0; j < terms.length; j++) {
        var at = folded[i].indexOf(terms[j]);
        if (at < 0) { all = false; break; }
        score += 10 - Math.min(9, Math.floor(at / 80));
      }
      if (all) hits.push({ e: index[i], s: score + (index[i].k === "paragraph" ? 0 : 5) });
    }
    hits.sort(function (a, b) { return b.s - a.s; });
    return hits.slice(0, 50);
  }

  function show(q) {
    ready.then(function () { if (index && input.value === q) render(q); });
  }

  function render(q) {
    var hits = search(q);
    list.textContent = "";
    hits.forEach(function (h) {
      var li = document.createElement("li");
      li.className = "result kind-" + h.e.k;
      var a = document.createElement("a");
      a.href = root + h.e.u;
      a.textContent = h.e.t;
      var kind = document.createElement("span");
      kind.className = "badge";
      kind.textContent = h.e.k;
      var p = document.createElement("p");
      p.textContent = h.e.x.length > 280 ? h.e.x.slice(0, 277) + "…" : h.e.x;
      li.appendChild(a);
      li.appendChild(document.createTextNode(" "));
      li.appendChild(kind);
      li.appendChild(p);
      list.appendChild(li);
    });
    if (status) status.textContent = q.trim() ? hits.length + (hits.length === 1 ? " result" : " results") + " for “" + q.trim() + "”" : "";
  }

  form.addEventListener("submit", function (ev) { ev.preventDefault(); show(input.value); });
  input.addEventListener("input", function () { show(input.value); });
  var initial = new URLSearchParams(window.location.search).get("q");
  if (initial) { input.value = initial; show(initial); }
})();
