// rasd web page: events, documents, search, timeline, actor network and extraction, over the rasd HTTP API.
//
// Safety rule for this file: text that comes from the server (article text, titles, names, URLs) is only ever put
// into the page with textContent, attribute setters or Plotly's text fields — never as HTML. `el()` below is the
// one way elements are made.
"use strict";

// ---- constants ---------------------------------------------------------------------------------------------------

const TYPE_AR = {
  AGREE: "اتفاق", CONSULT: "تشاور", SUPPORT: "دعم", CONCEDE: "تنازل",
  COOPERATE: "تعاون", AID: "مساعدة", RETREAT: "تراجع",
  REQUEST: "طلب", ACCUSE: "اتهام", REJECT: "رفض", THREATEN: "تهديد",
  PROTEST: "احتجاج", SANCTION: "عقوبة", MOBILIZE: "تعبئة", COERCE: "إكراه", ASSAULT: "اعتداء",
};
const TYPE_QUAD = {
  AGREE: 1, CONSULT: 1, SUPPORT: 1, CONCEDE: 1, COOPERATE: 2, AID: 2, RETREAT: 2,
  REQUEST: 3, ACCUSE: 3, REJECT: 3, THREATEN: 3, PROTEST: 4, SANCTION: 4, MOBILIZE: 4, COERCE: 4, ASSAULT: 4,
};
const TYPE_COLOR = {
  AGREE: "#08519c", CONSULT: "#3182bd", SUPPORT: "#6baed6", CONCEDE: "#9ecae1",
  COOPERATE: "#006d2c", AID: "#31a354", RETREAT: "#74c476",
  REQUEST: "#a63603", ACCUSE: "#e6550d", REJECT: "#fd8d3c", THREATEN: "#fdae6b",
  PROTEST: "#54278f", SANCTION: "#756bb1", MOBILIZE: "#9e9ac8", COERCE: "#a50f15", ASSAULT: "#de2d26",
};
const QUAD_AR = {1: "تعاون لفظي", 2: "تعاون مادي", 3: "صراع لفظي", 4: "صراع مادي"};
const QUAD_COLOR = {1: "#2b7bba", 2: "#2e9d57", 3: "#e07b16", 4: "#cf2f2f"};
const KIND_AR = {person: "شخص", country: "بلد", organization: "منظمة", group: "جماعة", place: "مكان"};
const MODALITY_AR = {
  asserted: "مؤكد", future: "مستقبلي", intended: "مقصود", conditional: "مشروط", alleged: "مزعوم",
};
const FILTER_KEYS = ["type", "actor", "country", "place", "since", "until", "min_sources"];
const PAGE = 50;
const DEFAULT_SORT = "-sources"; // the landing table: the most widely told happenings first
let META = null;
const FONT = '"rasd-sans", "Noto Sans Arabic", "Segoe UI", Tahoma, "DejaVu Sans", sans-serif';

// ---- small helpers -----------------------------------------------------------------------------------------------

/** Make an element: el("td", {class: "x", title: "…"}, child, "text", …). Strings become text nodes. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (k === "dataset") Object.assign(node.dataset, v);
    else node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return node;
}
const $ = (sel) => document.querySelector(sel);
const clear = (node) => { node.replaceChildren(); return node; };
const fmt = (n) => (n === null || n === undefined ? "" : Number(n).toLocaleString("en-US"));
const ltr = (text) => el("span", {class: "ltr", dir: "ltr"}, text);

/** A link inside the page (hash route) or, for http(s) URLs only, to the article's site. */
function link(href, ...children) {
  return el("a", {href}, ...children);
}
function externalLink(url, text) {
  if (!/^https?:\/\//i.test(url || "")) return el("span", {}, text || url || "");
  return el("a", {href: url, target: "_blank", rel: "noopener noreferrer nofollow"}, text || url);
}

class ApiError extends Error {}

/** GET or POST JSON from the API; errors come back as {"error": {"message": …}}. */
async function api(path, options) {
  let resp;
  try {
    resp = await fetch(path, options);
  } catch (e) {
    throw new ApiError("تعذر الاتصال بالخادم (" + e.message + ")");
  }
  let data = null;
  try { data = await resp.json(); } catch (e) { /* not JSON */ }
  if (!resp.ok) {
    const msg = data && data.error ? data.error.message : resp.status + " " + resp.statusText;
    throw new ApiError(msg);
  }
  return data;
}

function showError(err) {
  const box = $("#error");
  box.textContent = "خطأ: " + (err && err.message ? err.message : String(err));
  box.classList.remove("hidden");
}
function hideError() { $("#error").classList.add("hidden"); }

/**
 * Offsets from the server count code points; JavaScript strings count UTF-16 units. Returns a function mapping a
 * code-point offset to a UTF-16 offset (the identity when the text has no character outside the BMP).
 */
function offsetMapper(text) {
  if (!/[\uD800-\uDBFF]/.test(text)) return (i) => i;
  const map = [];
  let u = 0;
  for (const ch of text) { map.push(u); u += ch.length; }
  map.push(u);
  return (i) => map[Math.max(0, Math.min(i, map.length - 1))];
}

/**
 * Fill `container` with `text`, wrapping the given spans ({start, end, classes, title, data}) in <span>s.
 * Overlapping spans are cut at every boundary; each piece carries the classes of all spans covering it.
 * All text goes in as text nodes.
 */
function renderSpans(container, text, spans) {
  const cp = offsetMapper(text);
  const items = spans
    .map((s) => ({...s, a: cp(s.start), b: cp(s.end)}))
    .filter((s) => s.b > s.a && s.a >= 0 && s.b <= text.length);
  const cuts = new Set([0, text.length]);
  for (const s of items) { cuts.add(s.a); cuts.add(s.b); }
  const points = [...cuts].sort((x, y) => x - y);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const piece = text.slice(a, b);
    const covering = items.filter((s) => s.a <= a && s.b >= b);
    if (!covering.length) { frag.append(document.createTextNode(piece)); continue; }
    const span = el("span", {class: [...new Set(covering.flatMap((s) => s.classes))].join(" ")}, piece);
    const titles = covering.map((s) => s.title).filter(Boolean);
    if (titles.length) span.title = [...new Set(titles)].join("\n");
    for (const s of covering) Object.assign(span.dataset, s.data || {});
    frag.append(span);
  }
  container.append(frag);
}

/** Text with <mark>ed ranges (code-point offsets), as the search API gives them. */
function marked(text, ranges) {
  const node = el("span");
  renderSpans(node, text || "", (ranges || []).map(([a, b]) => ({start: a, end: b, classes: ["hl"]})));
  for (const s of node.querySelectorAll(".hl")) s.replaceWith(el("mark", {}, s.textContent));
  return node;
}

const kindClass = (kind) => (kind in KIND_AR ? kind : "other");
const quadOf = (ev) => ([1, 2, 3, 4].includes(ev.quad) ? ev.quad : TYPE_QUAD[ev.type] || 3);

function typeBadge(type, quad) {
  const q = [1, 2, 3, 4].includes(quad) ? quad : TYPE_QUAD[type] || 3;
  return el("span", {class: "type-badge q" + q, title: type + " — " + (QUAD_AR[q] || "")},
            TYPE_AR[type] || type, " ", el("span", {class: "code ltr", dir: "ltr"}, type));
}

function actorCell(a) {
  if (!a) return el("span", {class: "muted"}, "—");
  const main = a.text || a.name || a.entity || a.country || "?";
  const en = [a.name && a.name !== main ? a.name : null, a.country, a.sector].filter(Boolean).join(" · ");
  return el("span", {class: "actor"}, main, en ? el("br") : null, en ? el("span", {class: "en ltr", dir: "ltr"}, en) : null);
}

/** The sentence with the trigger marked: at its offset when known, else at its first occurrence. */
function evidenceWithTrigger(evidence, trigger, offset) {
  const text = evidence || "";
  let start = -1;
  if (offset !== null && offset !== undefined && offset >= 0) start = offset;
  else if (trigger) {
    const i = text.indexOf(trigger);
    if (i >= 0) start = [...text.slice(0, i)].length;
  }
  if (start < 0 || !trigger) return el("span", {}, text);
  return marked(text, [[start, start + [...trigger].length]]);
}

// ---- routing -----------------------------------------------------------------------------------------------------

function parseHash() {
  const h = location.hash.replace(/^#\/?/, "");
  const [path, query] = h.split("?");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  return {view: parts[0] || "events", arg: parts.slice(1).join("/"), params: new URLSearchParams(query || "")};
}

function go(view, params, arg) {
  const q = params ? new URLSearchParams([...params].filter(([, v]) => v !== "" && v !== null)).toString() : "";
  location.hash = "#/" + view + (arg ? "/" + encodeURIComponent(arg) : "") + (q ? "?" + q : "");
}

/** The filter form's values as URL parameters. */
function filterParams() {
  const form = $("#filter-form");
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) {
    const v = (form.elements[k].value || "").trim();
    if (v && !(k === "min_sources" && v === "0")) p.set(k, v);
  }
  return p;
}

function setFilterForm(params) {
  const form = $("#filter-form");
  for (const k of FILTER_KEYS) form.elements[k].value = params.get(k) || "";
}

function onlyFilters(params) {
  const p = new URLSearchParams();
  for (const k of FILTER_KEYS) if (params.get(k)) p.set(k, params.get(k));
  return p;
}

let currentRoute = null;

async function route() {
  hideError();
  const r = parseHash();
  currentRoute = r;
  for (const v of document.querySelectorAll(".view")) v.classList.add("hidden");
  for (const a of document.querySelectorAll("nav.tabs a")) a.classList.toggle("active", a.dataset.view === r.view);
  const withFilters = ["events", "timeline", "network"].includes(r.view);
  $("#filters").classList.toggle("hidden", !withFilters);
  if (withFilters) setFilterForm(r.params);
  const section = $("#view-" + r.view) || $("#view-events");
  section.classList.remove("hidden");
  try {
    if (r.view === "events") await showEvents(r.params);
    else if (r.view === "event") await showEvent(r.arg);
    else if (r.view === "doc") await showDocument(r.arg, r.params.get("ev"));
    else if (r.view === "search") await showSearch(r.params.get("q") || "");
    else if (r.view === "timeline") await showTimeline(r.params);
    else if (r.view === "network") await showNetwork(r.params);
    else if (r.view === "extract") { /* the form is static */ }
    else await showEvents(r.params);
  } catch (e) {
    showError(e);
  }
}

// ---- events table ------------------------------------------------------------------------------------------------

async function showEvents(params) {
  const sort = params.get("sort") || DEFAULT_SORT;
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const q = onlyFilters(params);
  q.set("sort", sort);
  q.set("limit", PAGE);
  q.set("offset", offset);
  const tbody = clear($("#events-table tbody"));
  $("#events-summary").textContent = "جار التحميل…";
  const data = await api("/api/events?" + q.toString());
  for (const th of document.querySelectorAll("#events-table th.sortable")) {
    const key = th.dataset.sort;
    th.querySelector(".arrow")?.remove();
    if (sort.replace("-", "") === key) th.append(el("span", {class: "arrow"}, sort.startsWith("-") ? " ▼" : " ▲"));
  }
  const end = Math.min(offset + data.events.length, data.total);
  $("#events-summary").textContent = data.total
    ? `${fmt(data.total)} حدثا مدمجا (كل حدث مرة واحدة مع عدد المقالات والمصادر التي روته)`
    : "لا أحداث تطابق هذه المرشحات.";
  $("#page-info").textContent = data.total ? `${fmt(offset + 1)}–${fmt(end)} من ${fmt(data.total)}` : "";
  $("#prev").disabled = offset <= 0;
  $("#next").disabled = end >= data.total;
  for (const ev of data.events) {
    const place = ev.place ? (ev.place.text || ev.place.name || ev.place.country) : "";
    tbody.append(el("tr", {dataset: {id: ev.id}, onclick: () => go("event", null, String(ev.id))},
      el("td", {class: "date"}, ltr(ev.date || "—")),
      el("td", {}, actorCell(ev.source)),
      el("td", {}, typeBadge(ev.type, ev.quad), ev.mode ? el("div", {class: "muted small"}, ltr(ev.mode)) : null),
      el("td", {}, actorCell(ev.target)),
      el("td", {}, place || "", ev.place && ev.place.name && ev.place.name !== place
        ? el("div", {class: "muted small"}, ltr(ev.place.name)) : null),
      el("td", {class: "num"}, ltr(`${ev.num_articles}/${ev.num_sources}`)),
      el("td", {class: "evidence"}, evidenceWithTrigger(ev.evidence, ev.trigger),
         el("div", {class: "muted small"}, link("#/doc/" + encodeURIComponent(ev.doc_id), ev.title || ev.doc_id),
            ev.publisher ? " · " + ev.publisher : "")),
    ));
  }
}

function pageTo(delta) {
  const r = parseHash();
  const p = new URLSearchParams(r.params);
  const offset = Math.max(0, (parseInt(p.get("offset") || "0", 10) || 0) + delta);
  p.set("offset", offset);
  go("events", p);
}

function sortBy(key) {
  const r = parseHash();
  const p = new URLSearchParams(r.params);
  const cur = p.get("sort") || DEFAULT_SORT;
  p.set("sort", cur === "-" + key ? key : "-" + key);
  p.delete("offset");
  go("events", p);
}

// ---- one merged event --------------------------------------------------------------------------------------------

async function showEvent(id) {
  const box = clear($("#view-event"));
  box.append(el("p", {class: "loading"}, "جار التحميل…"));
  const ev = await api("/api/events/" + encodeURIComponent(id));
  clear(box);
  const place = ev.place ? [ev.place.text, ev.place.name, ev.place.country].filter(Boolean).join(" · ") : "—";
  box.append(
    el("p", {}, link("#/events", "→ كل الأحداث")),
    el("div", {class: "panel"},
      el("h2", {class: "view-title"}, typeBadge(ev.type, ev.quad), " ", actorCellInline(ev.source), " ← ",
         actorCellInline(ev.target)),
      el("dl", {class: "kv"},
        el("dt", {}, "التاريخ"), el("dd", {}, ltr(ev.date || "—"),
          ev.date_min && ev.date_max && ev.date_min !== ev.date_max ? el("span", {class: "muted small"}, " (",
            ltr(ev.date_min + " … " + ev.date_max), ")") : null),
        el("dt", {}, "المكان"), el("dd", {}, place),
        el("dt", {}, "CAMEO / الفئة"), el("dd", {}, ltr(ev.cameo || "—"), " · ", QUAD_AR[ev.quad] || ""),
        el("dt", {}, "روته"), el("dd", {}, `${fmt(ev.num_documents)} وثيقة، ${fmt(ev.num_articles)} مقالا، ` +
          `${fmt(ev.num_sources)} مصدرا، ${fmt(ev.num_mentions)} ذكرا`),
        el("dt", {}, "الثقة"), el("dd", {}, ltr(String(ev.confidence ?? "—"))),
      ),
      el("h3", {}, "المقالات التي روت الحدث"),
      ev.members.map((m) => el("div", {class: "member"},
        el("div", {}, link("#/doc/" + encodeURIComponent(m.doc_id) + "?ev=" + encodeURIComponent(m.event_id),
                           m.title || m.doc_id),
           el("span", {class: "muted small"}, " · ", m.publisher || "", " · ", ltr((m.published || "").slice(0, 10)))),
        (m.mentions.length ? m.mentions : [{evidence: null, trigger: m.trigger}]).map((mm) =>
          el("div", {class: "evidence"}, evidenceWithTrigger(mm.evidence || "", mm.trigger,
            mm.evidence_start !== null && mm.evidence_start !== undefined ? mm.trigger_start - mm.evidence_start
              : null))),
        el("div", {class: "muted small"}, m.rule ? ltr(m.rule) : null),
      )),
    ),
  );
}

function actorCellInline(a) {
  if (!a) return el("span", {class: "muted"}, "—");
  return el("span", {}, a.text || a.name || a.country || "?",
            a.name ? [" ", el("span", {class: "muted small ltr", dir: "ltr"}, "(" + a.name + ")")] : null);
}

// ---- search ------------------------------------------------------------------------------------------------------

async function showSearch(q) {
  $("#q").value = q;
  const box = clear($("#search-results"));
  $("#search-title").textContent = q ? `نتائج البحث عن «${q}»` : "اكتب كلمات في مربع البحث";
  if (!q) return;
  box.append(el("p", {class: "loading"}, "جار البحث…"));
  const data = await api("/api/search?limit=30&q=" + encodeURIComponent(q));
  clear(box);
  if (!data.results.length) { box.append(el("p", {class: "empty"}, "لا نتائج.")); return; }
  for (const h of data.results) {
    box.append(el("div", {class: "result"},
      el("h3", {}, link("#/doc/" + encodeURIComponent(h.doc_id), marked(h.title || h.doc_id, h.title_highlights))),
      el("div", {class: "muted small"}, h.publisher || "", " · ", ltr((h.published || "").slice(0, 10)), " · ",
         ltr(h.doc_id)),
      el("div", {class: "snippet"}, marked(h.snippet, h.highlights)),
    ));
  }
}

// ---- document view (stored, or extracted from pasted text) -------------------------------------------------------

async function showDocument(docId, focusEvent) {
  const box = clear($("#view-doc"));
  box.append(el("p", {class: "loading"}, "جار التحميل…"));
  const doc = await api("/api/documents/" + encodeURIComponent(docId));
  clear(box);
  const meta = [doc.publisher, (doc.published || "").slice(0, 10)].filter(Boolean);
  box.append(el("div", {class: "doc-head"},
    el("h2", {}, doc.title || doc.id),
    el("div", {class: "muted small"}, meta.join(" · "), meta.length ? " · " : "", ltr(doc.id),
       doc.url ? [" · ", externalLink(doc.url, "المصدر الأصلي")] : null,
       doc.article_group && doc.article_group.size > 1
         ? ` · نسخة من مقال نشر في ${doc.article_group.size} وثائق` : null),
  ));
  renderDocument(box, doc, focusEvent);
}

/** Article text with entities and triggers highlighted from their offsets, and the events beside it. */
function renderDocument(box, doc, focusEvent) {
  const text = doc.text || "";
  const spans = [];
  for (const e of doc.entities || []) {
    const label = [e.name_ar || e.name, e.name && e.name_ar ? e.name : null, KIND_AR[e.kind] || e.kind,
                   e.country, e.role].filter(Boolean).join(" · ");
    for (const m of e.mentions || []) {
      spans.push({start: m.start, end: m.end, classes: ["ent", "ent-" + kindClass(e.kind)], title: label,
                  data: {entity: e.id}});
    }
  }
  const events = (doc.events || []).slice().sort((a, b) => a.trigger_start - b.trigger_start);
  events.forEach((ev, i) => {
    const places = ev.mentions && ev.mentions.length ? ev.mentions
      : [{trigger_start: ev.trigger_start, trigger_end: ev.trigger_end}];
    for (const m of places) {
      spans.push({start: m.trigger_start, end: m.trigger_end, classes: ["trigger", "tq" + quadOf(ev)],
                  title: `${TYPE_AR[ev.type] || ev.type} (${ev.type})`, data: {ev: String(i)}});
    }
  });
  const sentStart = {};
  for (const st of doc.stories || []) {
    for (const s of st.sentences || []) sentStart[st.index + ":" + s.index] = s.start;
  }

  const kinds = [...new Set((doc.entities || []).map((e) => e.kind))].filter((k) => k in KIND_AR);
  const legend = el("div", {class: "legend"},
    kinds.map((k) => el("span", {}, el("span", {class: "swatch", style: `background: var(--${k})`}), KIND_AR[k] || k)),
    [1, 2, 3, 4].map((q) => el("span", {}, el("span", {class: "swatch", style: `background: ${QUAD_COLOR[q]}`}),
                               "حدث: " + QUAD_AR[q])));
  const chips = el("div", {class: "chips"}, (doc.entities || []).map((e) =>
    el("span", {class: "chip k-" + kindClass(e.kind), dataset: {entity: e.id},
                title: [e.name, e.country, e.sector, e.role].filter(Boolean).join(" · ")},
       (e.name_ar || e.name || e.id) + " (" + (e.mentions || []).length + ")")));

  const article = el("article", {class: "doc-text", id: "doc-text", lang: "ar"});
  renderSpans(article, text, spans);
  const list = el("div", {class: "event-list", id: "doc-events"});
  if (!events.length) list.append(el("p", {class: "empty"}, "لم يُستخرج حدث من هذا النص."));
  events.forEach((ev, i) => {
    const claim = ev.modality === "asserted" && !ev.negated;
    const place = ev.location || ev.place;
    const sStart = sentStart[ev.story + ":" + ev.sentence];
    const rel = sStart !== undefined ? ev.trigger_start - sStart : null;
    list.append(el("div", {class: `event-card cq${quadOf(ev)}` + (claim ? "" : " not-claim"),
                           dataset: {ev: String(i), eventId: ev.id}},
      el("div", {class: "line"}, typeBadge(ev.type, ev.quad), " ",
         ev.mode ? el("span", {class: "muted small ltr", dir: "ltr"}, ev.mode + " ") : null,
         !claim ? el("span", {class: "modality"},
                     (ev.negated ? "منفي" : "") + (ev.negated && ev.modality !== "asserted" ? "، " : "") +
                     (ev.modality !== "asserted" ? (MODALITY_AR[ev.modality] || ev.modality) : "")) : null),
      el("div", {class: "line"}, el("b", {}, "المصدر: "), actorCellInline(ev.source)),
      el("div", {class: "line"}, el("b", {}, "الهدف: "), actorCellInline(ev.target)),
      el("div", {class: "meta"}, "التاريخ: ", ltr(ev.date || "—"),
         place ? ["، المكان: ", place.text || place.name || place.country] : null,
         "، الثقة: ", ltr(String(ev.confidence ?? "—")),
         ev.merged_id ? ["، ", link("#/event/" + ev.merged_id,
           `الحدث المدمج #${ev.merged_id} (${ev.merged_articles ?? "?"} مقالات/${ev.merged_sources ?? "?"} مصادر)`)]
           : null),
      el("div", {class: "evidence"}, evidenceWithTrigger(ev.evidence, ev.trigger, rel)),
      el("div", {class: "meta ltr", dir: "ltr"}, ev.rule || ""),
    ));
  });

  const layout = el("div", {class: "doc-layout"},
    el("div", {}, legend, chips, article),
    el("aside", {}, el("h3", {class: "view-title"}, `الأحداث (${events.length})`), list));
  box.append(layout);

  function select(i, scrollText) {
    for (const c of list.querySelectorAll(".event-card")) c.classList.toggle("selected", c.dataset.ev === i);
    for (const t of article.querySelectorAll(".trigger")) t.classList.toggle("focus", t.dataset.ev === i);
    const card = list.querySelector(`.event-card[data-ev="${i}"]`);
    if (card) card.scrollIntoView({block: "nearest"});
    if (scrollText) article.querySelector(`.trigger[data-ev="${i}"]`)?.scrollIntoView({block: "center"});
  }
  article.addEventListener("click", (e) => {
    const t = e.target.closest(".trigger");
    if (t) select(t.dataset.ev, false);
  });
  list.addEventListener("click", (e) => {
    if (e.target.closest("a")) return;
    const c = e.target.closest(".event-card");
    if (c) select(c.dataset.ev, true);
  });
  chips.addEventListener("click", (e) => {
    const c = e.target.closest(".chip");
    if (!c) return;
    const on = !c.classList.contains("active");
    for (const x of chips.querySelectorAll(".chip")) x.classList.remove("active");
    for (const m of article.querySelectorAll(".ent")) {
      m.classList.toggle("dim-ent", on && m.dataset.entity !== c.dataset.entity);
    }
    if (on) c.classList.add("active");
  });
  if (focusEvent) {
    const i = events.findIndex((ev) => ev.id === focusEvent);
    if (i >= 0) select(String(i), true);
  }
}

// ---- charts ------------------------------------------------------------------------------------------------------

function plotlyReady() {
  if (window.Plotly) return true;
  showError(new Error("مكتبة الرسوم (plotly) غير متاحة على الخادم: ثبّت حزمة plotly"));
  return false;
}

const baseLayout = () => ({
  font: {family: FONT, size: 13},
  paper_bgcolor: "#ffffff", plot_bgcolor: "#ffffff",
  margin: {l: 50, r: 20, t: 30, b: 50},
  hoverlabel: {font: {family: FONT}},
});

const addDays = (day, n) => {
  const d = new Date(day + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

/** The x range first shown: the filter's dates when given, else the store's publication period (from a week before
 * to a day after the days that hold 98% of the articles). Events dated long before (background, history) or after (plans) stay
 * reachable by zooming out (double-click), but do not squash the news into a sliver. */
function focusRange(periods, params) {
  let lo = params.get("since"), hi = params.get("until");
  if (!lo && META && META.published_from) lo = addDays(META.published_from, -7);
  if (!hi && META && META.published_to) hi = addDays(META.published_to, 1);
  return [lo || periods[0].period, hi || periods[periods.length - 1].period];
}

async function showTimeline(params) {
  const chart = $("#timeline-chart");
  if (["day", "week", "month"].includes(params.get("by"))) $("#tl-by").value = params.get("by");
  const by = $("#tl-by").value;
  const q = onlyFilters(params);
  q.set("by", by);
  const data = await api("/api/stats/timeline?" + q.toString());
  if (!plotlyReady()) return;
  const x = data.periods.map((p) => p.period);
  const traces = data.types.map((t) => ({
    type: "bar", name: `${TYPE_AR[t] || t} (${t})`, x, y: data.periods.map((p) => p.types[t] || 0),
    marker: {color: TYPE_COLOR[t] || "#888"}, customdata: data.periods.map(() => t),
    hovertemplate: "%{x}<br>" + (TYPE_AR[t] || t) + ": %{y}<extra></extra>",
  }));
  const total = data.periods.reduce((s, p) => s + p.total, 0);
  $("#tl-info").textContent = `${fmt(total)} حدثا مدمجا` + (data.undated ? `، و${fmt(data.undated)} بلا تاريخ` : "") +
    " — انقر عمودا لرؤية أحداثه";
  const layout = {...baseLayout(), barmode: "stack", legend: {orientation: "h", y: -0.18},
                  xaxis: {type: by === "month" ? "category" : "date"}, yaxis: {title: {text: "أحداث"}}};
  if (by !== "month" && x.length > 1) {
    const [lo, hi] = focusRange(data.periods, params);
    if (lo && hi && lo < hi) layout.xaxis.range = [lo, hi];
  }
  await Plotly.react(chart, traces, layout, {responsive: true, displaylogo: false});
  chart.removeAllListeners?.("plotly_click");
  chart.on("plotly_click", (ev) => {
    const pt = ev.points && ev.points[0];
    if (!pt) return;
    const p = onlyFilters(parseHash().params);
    const day = String(pt.x).slice(0, 10);
    if (by === "day") { p.set("since", day); p.set("until", day); }
    else if (by === "week") {
      p.set("since", day); p.set("until", addDays(day, 6));
    } else {
      const [y, m] = String(pt.x).split("-").map(Number);
      p.set("since", `${pt.x}-01`);
      p.set("until", new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10));
    }
    p.set("type", pt.customdata);
    go("events", p);
  });
}

/** Points of a quadratic Bézier from a to b, bent to the right of the direction of travel (so A→B and B→A part),
 * ending a little before b so the arrowhead shows beside the target's circle. */
function curve(a, b, bend, n = 32, gap = 0.025) {
  const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2;
  const dx = b[0] - a[0], dy = b[1] - a[1];
  const cx = mx + dy * bend, cy = my - dx * bend;
  const xs = [], ys = [];
  for (let i = 0; i <= n; i++) {
    const t = i / n;
    const x = (1 - t) * (1 - t) * a[0] + 2 * (1 - t) * t * cx + t * t * b[0];
    const y = (1 - t) * (1 - t) * a[1] + 2 * (1 - t) * t * cy + t * t * b[1];
    if (i > 1 && Math.hypot(x - b[0], y - b[1]) < gap) break;
    xs.push(x);
    ys.push(y);
  }
  return [xs, ys];
}

async function showNetwork(params) {
  const chart = $("#network-chart");
  if (["country", "entity"].includes(params.get("by"))) $("#nw-by").value = params.get("by");
  if (params.get("nodes") && [...$("#nw-nodes").options].some((o) => o.value === params.get("nodes"))) {
    $("#nw-nodes").value = params.get("nodes");
  }
  const q = onlyFilters(params);
  q.set("by", $("#nw-by").value);
  q.set("nodes", $("#nw-nodes").value);
  const data = await api("/api/stats/network?" + q.toString());
  if (!plotlyReady()) return;
  const pos = Object.fromEntries(data.nodes.map((n) => [n.id, [n.x, n.y]]));
  const label = (n) => n.name_ar || n.name || n.id;
  const names = Object.fromEntries(data.nodes.map((n) => [n.id, label(n)]));
  const maxW = Math.max(1, ...data.edges.map((e) => e.events));
  const traces = [];
  const midX = [], midY = [], midText = [], midColor = [];
  for (const e of data.edges) {
    const bend = 0.12 + 0.05 * ((e.quad || 1) - 1);
    const [xs, ys] = curve(pos[e.source], pos[e.target], bend);
    const color = QUAD_COLOR[e.quad] || "#888";
    traces.push({
      type: "scatter", mode: "lines+markers", x: xs, y: ys, hoverinfo: "skip", showlegend: false,
      line: {color, width: 1 + 7 * Math.sqrt(e.events / maxW), shape: "spline"}, opacity: 0.65,
      marker: {size: xs.map((_, i) => (i === xs.length - 1 ? 9 + 5 * Math.sqrt(e.events / maxW) : 0)),
               symbol: "arrow", angleref: "previous", color},
    });
    const mid = Math.floor(xs.length / 2);
    midX.push(xs[mid]); midY.push(ys[mid]); midColor.push(color);
    const types = Object.entries(e.types).map(([t, n]) => `${TYPE_AR[t] || t} ${n}`).join("، ");
    midText.push(`${names[e.source]} ← ${names[e.target]}<br>${fmt(e.events)} حدثا (${QUAD_AR[e.quad] || ""})<br>${types}`);
  }
  traces.push({type: "scatter", mode: "markers", x: midX, y: midY, text: midText, hoverinfo: "text",
               marker: {size: 8, color: midColor, opacity: 0.01}, showlegend: false});
  for (const qd of [1, 2, 3, 4]) {
    traces.push({type: "scatter", mode: "lines", x: [null], y: [null], name: QUAD_AR[qd],
                 line: {color: QUAD_COLOR[qd], width: 4}, hoverinfo: "skip"});
  }
  const maxN = Math.max(1, ...data.nodes.map((n) => n.events));
  traces.push({
    type: "scatter", mode: "markers+text", x: data.nodes.map((n) => n.x), y: data.nodes.map((n) => n.y),
    text: data.nodes.map(label), textposition: "top center", customdata: data.nodes.map((n) => n.id),
    hovertext: data.nodes.map((n) => `${label(n)} (${n.id})<br>${fmt(n.events)} حدثا`), hoverinfo: "text",
    marker: {size: data.nodes.map((n) => 10 + 26 * Math.sqrt(n.events / maxN)), color: "#13294b",
             line: {color: "#fff", width: 1.5}},
    textfont: {family: FONT, size: 13, color: "#13294b"}, showlegend: false,
  });
  $("#nw-info").textContent = `${data.nodes.length} فاعلا، أقوى ${data.edges.length} صلة من ${data.edges_total}` +
    " — سمك الخط بعدد الأحداث ولونه بفئتها، والسهم من المصدر إلى الهدف؛ انقر فاعلا لرؤية أحداثه";
  const axis = {visible: false, range: [-1.12, 1.12], fixedrange: false};
  const layout = {...baseLayout(), xaxis: axis, yaxis: {...axis, range: [-1.1, 1.15]}, hovermode: "closest",
                  legend: {orientation: "h", y: -0.05}, margin: {l: 10, r: 10, t: 20, b: 30}};
  await Plotly.react(chart, traces, layout, {responsive: true, displaylogo: false});
  chart.removeAllListeners?.("plotly_click");
  chart.on("plotly_click", (ev) => {
    const pt = ev.points && ev.points[0];
    if (!pt || pt.customdata === undefined || typeof pt.customdata !== "string") return;
    const p = onlyFilters(parseHash().params);
    p.set("actor", pt.customdata);
    go("events", p);
  });
}

// ---- extraction of pasted text -----------------------------------------------------------------------------------

async function extract(event) {
  event.preventDefault();
  hideError();
  const text = $("#ex-text").value;
  if (!text.trim()) { showError(new Error("الصق نص مقال أولا")); return; }
  const body = {text};
  if ($("#ex-date").value) body.date = $("#ex-date").value;
  if ($("#ex-title").value.trim()) body.title = $("#ex-title").value.trim();
  const out = clear($("#extract-result"));
  $("#ex-go").disabled = true;
  $("#ex-info").textContent = "جار الاستخراج…";
  const t0 = performance.now();
  try {
    const data = await api("/api/extract?include_text=true", {
      method: "POST", headers: {"content-type": "application/json"}, body: JSON.stringify(body),
    });
    const doc = data.documents[0];
    const ms = Math.round(performance.now() - t0);
    $("#ex-info").textContent = `${(doc.events || []).length} حدثا و${(doc.entities || []).length} فاعلا في ${ms} ms`;
    if (doc.title) out.append(el("div", {class: "doc-head"}, el("h2", {}, doc.title)));
    renderDocument(out, doc, null);
  } catch (e) {
    $("#ex-info").textContent = "";
    showError(e);
  } finally {
    $("#ex-go").disabled = false;
  }
}

// ---- start -------------------------------------------------------------------------------------------------------

async function start() {
  const typeSelect = $("#f-type");
  for (const t of Object.keys(TYPE_AR)) {
    typeSelect.append(el("option", {value: t}, `${TYPE_AR[t]} (${t})`));
  }
  $("#search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = $("#q").value.trim();
    if (q) go("search", new URLSearchParams({q}));
  });
  $("#filter-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const r = parseHash();
    const view = ["timeline", "network"].includes(r.view) ? r.view : "events";
    const p = filterParams();
    for (const k of ["sort", "by", "nodes"]) if (r.params.get(k)) p.set(k, r.params.get(k));
    go(view, p);
  });
  $("#f-reset").addEventListener("click", () => {
    const r = parseHash();
    go(["timeline", "network"].includes(r.view) ? r.view : "events", new URLSearchParams());
  });
  $("#prev").addEventListener("click", () => pageTo(-PAGE));
  $("#next").addEventListener("click", () => pageTo(PAGE));
  for (const th of document.querySelectorAll("#events-table th.sortable")) {
    th.addEventListener("click", () => sortBy(th.dataset.sort));
  }
  const control = (view, extra) => () => {
    const p = onlyFilters(parseHash().params);
    for (const [k, sel] of Object.entries(extra)) p.set(k, $(sel).value);
    go(view, p);
  };
  $("#tl-by").addEventListener("change", control("timeline", {by: "#tl-by"}));
  $("#nw-by").addEventListener("change", control("network", {by: "#nw-by", nodes: "#nw-nodes"}));
  $("#nw-nodes").addEventListener("change", control("network", {by: "#nw-by", nodes: "#nw-nodes"}));
  $("#extract-form").addEventListener("submit", extract);
  $("#error").addEventListener("click", hideError);
  window.addEventListener("hashchange", route);
  const meta = api("/api/meta").then((m) => {
    META = m;
    $("#store-info").textContent = `${fmt(m.documents)} وثيقة · ${fmt(m.merged_events)} حدثا مدمجا`;
    for (const opt of typeSelect.options) {
      const t = m.types.find((x) => x.type === opt.value);
      if (t) opt.textContent = `${TYPE_AR[t.type] || t.type} (${t.type}) — ${fmt(t.events)}`;
    }
  }).catch(showError);
  if (["timeline"].includes(parseHash().view)) await meta.catch(() => null);
  await route();
}

document.addEventListener("DOMContentLoaded", start);
