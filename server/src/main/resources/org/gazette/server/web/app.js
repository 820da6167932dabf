// The search page: reads the view from the URL, asks the public REST API, renders the answer, and
// turns every user action into a new URL (history.pushState) so that reload, sharing and
// back/forward all show the same view.

import { h, replace, markedText, count } from "./dom.js";
import { DIMENSIONS, ENTITY_TYPES, ApiError, search, entity, places, filterParams } from "./api.js";
import { parseState, formatState, copyState, firstPage, emptyState } from "./state.js";
import { FacetSidebar, LABELS } from "./facets.js";
import { dateChart } from "./chart.js";
import { showLoading, showFailure, showProfile } from "./entity.js";
import { MapPanel } from "./map.js";

const MAX_OFFSET = 100000;
const CHIPS_PER_TYPE = 5;
const MAX_TRAIL = 100;
const $ = (id) => document.getElementById(id);
const ui = {
  form: $("search-form"),
  q: $("q"),
  sort: $("sort"),
  dateForm: $("date-form"),
  charts: $("charts"),
  active: $("active"),
  status: $("status"),
  downloads: $("downloads"),
  error: $("error"),
  results: $("results"),
  pager: $("pager"),
  entity: $("entity"),
  sidebar: $("sidebar"),
  toggle: $("toggle-filters"),
};

let state = parseState(location.search);
let searchAbort = null;
let entityAbort = null;
let shownSearch = null;
let shownEntity = null;
let placesAbort = null;
let shownPlaces = null;

const sidebar = new FacetSidebar($("facets"), {
  toggle: (dim, value, checked) => setFilter(dim, value, checked),
  openEntity: (type, name) => openEntity(type, name),
  failed: (error) => showError(error),
});

// A circle of the map toggles its place filter exactly as the place facet's checkbox does.
const map = new MapPanel($("map"), {
  toggle: (value, on) => setFilter("place", value, on),
});

const entityActions = {
  close: () => {
    const next = copyState(state);
    next.entity = null;
    navigate(next);
  },
  filter: (type, name) => setFilter(type, name, true),
  open: (type, name) => openEntity(type, name),
  isFiltered: (type, name) => state.filters[type].includes(name),
};

/** Goes to a new view: a new history entry, then the view is loaded. */
function navigate(next, { focusResults = false, previous = null } = {}) {
  history.pushState(previous?.length ? { previous } : null, "", formatState(next) || location.pathname);
  load(next, { focusResults });
}

function setFilter(dim, value, on) {
  const next = firstPage(state);
  const values = next.filters[dim].filter((v) => v !== value);
  if (on) values.push(value);
  next.filters[dim] = values;
  // Clicking the chip of a value already filtered on changes nothing: no new history entry.
  if (formatState(next) !== formatState(state)) navigate(next);
}

function openEntity(type, name) {
  const next = copyState(state);
  next.entity = { type, name };
  navigate(next);
}

// What identifies a search (the view without the entity panel): the same key, no new request.
function searchKey(s) {
  const copy = copyState(s);
  copy.entity = null;
  return formatState(copy);
}

function entityKey(s) {
  return s.entity ? `${searchKey(s)}#${s.entity.type}:${s.entity.name}` : "";
}

async function load(next, { focusResults = false } = {}) {
  state = next;
  syncForm();
  const key = searchKey(state);
  if (key !== shownSearch) {
    shownSearch = key;
    await runSearch(focusResults);
  }
  if (entityKey(state) !== shownEntity) loadEntity();
}

function syncForm() {
  ui.q.value = state.q;
  ui.q.removeAttribute("aria-invalid");
  ui.sort.value = state.sort;
  for (const key of ["from", "to", "mentionedFrom", "mentionedTo"]) $(key).value = state[key];
  document.title = state.q ? `${state.q} — Gazette` : "Gazette — search the news";
}

async function runSearch(focusResults) {
  searchAbort?.abort();
  const controller = new AbortController();
  searchAbort = controller;
  const asked = state;
  setLoading(true);
  // The places of the view before must not be shown as those of this one.
  placesAbort?.abort();
  document.body.dataset.map = "loading";
  ui.error.hidden = true;
  try {
    const result = await search(asked, controller.signal);
    renderResult(asked, result);
    if (focusResults) ui.results.focus();
    loadPlaces(asked);
  } catch (error) {
    if (error.name === "AbortError") return;
    shownSearch = null;
    renderFailure(asked, error);
  } finally {
    // Only the latest search ends the loading state; an entity opened meanwhile does not matter.
    if (searchAbort === controller) setLoading(false);
  }
}

// body[data-settled] is "true" once the view in the URL is shown (results or error), for tests
// and for anyone scripting the page.
function setLoading(on) {
  document.body.classList.toggle("loading", on);
  document.body.dataset.settled = String(!on);
  ui.results.setAttribute("aria-busy", String(on));
  if (on) ui.status.textContent = "Searching…";
}

// A filter may name an alias or another spelling ("Anbar"); the facets flag the value it selected
// ("Al Anbar"). The URL and the chips take those labels, so that unticking the box removes the
// filter; the search is the same, so it is not run again.
function adoptLabels(asked, facets) {
  let changed = false;
  for (const dim of DIMENSIONS) {
    const labels = (facets?.[dim] || []).filter((v) => v.selected).map((v) => v.value);
    const given = asked.filters[dim];
    const same = labels.length === given.length && labels.every((v) => given.includes(v));
    if (labels.length > 0 && !same) {
      asked.filters[dim] = labels;
      changed = true;
    }
  }
  if (changed && asked === state) {
    history.replaceState(history.state, "", formatState(state) || location.pathname);
    shownSearch = searchKey(state);
  }
}

function renderResult(asked, result) {
  adoptLabels(asked, result.facets);
  const first = asked.cursor || asked.page > 1 ? (asked.page - 1) * asked.size + 1 : 1;
  const last = first + result.hits.length - 1;
  if (result.total === 0) {
    ui.status.textContent = "";
    replace(ui.results, h("li", { class: "empty" }, emptyMessage(asked)));
  } else {
    ui.status.textContent =
      result.hits.length === 0
        ? `No more results: ${count(result.total)} articles in all.`
        : `${count(first)}–${count(last)} of ${count(result.total)} article${result.total === 1 ? "" : "s"} (${result.tookMs} ms)`;
    replace(ui.results, result.hits.map(hitItem));
  }
  renderPager(asked, result, last);
  renderDownloads(asked, result.total);
  renderActive(asked);
  renderCharts(asked, result.dates || {});
  sidebar.render(asked, result.facets);
}

function emptyMessage(asked) {
  const filtered = searchKey({ ...firstPage(asked), q: "", sort: "relevance", size: 10 }) !== "";
  const what = asked.q ? `No article matches “${asked.q}”` : "No article";
  if (filtered) return `${what} with these filters. Remove a filter above to widen the search.`;
  return asked.q
    ? `${what}. Check the spelling, try fewer words, or use OR between them.`
    : "The index holds no article yet: add some with ./gazette index or POST /api/v1/documents.";
}

// Links that download every article of the current view (no page limit), or the network of their
// entities, from GET /api/v1/export with the view's query and filters.
function renderDownloads(asked, total) {
  ui.downloads.hidden = total === 0;
  if (total === 0) return;
  const link = (format, label, extra) => {
    const params = filterParams(asked);
    params.set("format", format);
    for (const [k, v] of Object.entries(extra || {})) params.set(k, v);
    return h("a", { href: `/api/v1/export?${params}`, download: "", "data-format": format }, label);
  };
  replace(
    ui.downloads,
    `Download the ${count(total)} article${total === 1 ? "" : "s"}: `,
    link("csv", "CSV", { bom: "true" }),
    " · ",
    link("jsonl", "JSON lines", { body: "true" }),
    " · their entity network: ",
    link("gexf", "GEXF"),
    " · ",
    link("graphml", "GraphML"),
  );
}

function hitItem(hit) {
  const meta = [hit.source || "Unknown source", hit.published ? formatDate(hit.published) : "no date"];
  const link = safeUrl(hit.url);
  return h(
    "li",
    { class: "hit", "data-id": hit.id },
    h("h2", { class: "hit-title" }, hit.title || hit.id),
    h(
      "p",
      { class: "hit-meta" },
      h("span", { class: "hit-source" }, meta[0]),
      " · ",
      h("time", { datetime: hit.published || undefined }, meta[1]),
      hit.authors && hit.authors.length > 0
        ? [" · ", h("span", { class: "hit-authors" }, "by " + hit.authors.join(", "))]
        : null,
      link ? [" · ", h("a", { href: link, rel: "noopener noreferrer", target: "_blank" }, "original")] : null,
    ),
    h("p", { class: "snippet" }, markedText(hit.snippet)),
    entityChips(hit.entities || {}),
  );
}

// The first few entities of each type, the others behind a "+N more" button: an article can name
// dozens.
function entityChips(entities) {
  const shown = [];
  const hidden = [];
  for (const type of ENTITY_TYPES) {
    (entities[type] || []).forEach((name, i) => (i < CHIPS_PER_TYPE ? shown : hidden).push(entityChip(type, name)));
  }
  const list = h("ul", { class: "chips", "aria-label": "Entities named in the article" }, shown);
  if (hidden.length > 0) {
    const more = h(
      "li",
      {},
      h(
        "button",
        {
          type: "button",
          class: "link more-chips",
          onclick: () => {
            more.replaceWith(...hidden);
            hidden[0].querySelector("button").focus();
          },
        },
        `+${hidden.length} more`,
      ),
    );
    list.append(more);
  }
  return list;
}

function entityChip(type, name) {
  const on = state.filters[type].includes(name);
  return h(
    "li",
    { class: `chip ${type}${on ? " on" : ""}` },
    h(
      "button",
      {
        type: "button",
        class: "chip-add",
        "data-type": type,
        "data-value": name,
        title: on ? `Already filtered by ${name}` : `Filter by ${name}`,
        "aria-pressed": String(on),
        onclick: () => setFilter(type, name, true),
      },
      name,
    ),
    h(
      "button",
      {
        type: "button",
        class: "chip-info",
        "aria-label": `Profile of ${name}`,
        title: `Profile of ${name}`,
        onclick: () => openEntity(type, name),
      },
      "i",
    ),
  );
}

function safeUrl(url) {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}

function formatDate(iso) {
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? iso
    : date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
}

function renderPager(asked, result, last) {
  const buttons = [];
  if (asked.page > 1 && ((asked.page - 2) * asked.size <= MAX_OFFSET || history.state?.previous?.length)) {
    buttons.push(h("button", { type: "button", class: "prev", onclick: () => previousPage(asked) }, "← Previous"));
  }
  if (asked.page > 1 || result.nextCursor) buttons.push(h("span", { class: "page-no" }, `Page ${count(asked.page)}`));
  if (result.nextCursor && last < result.total) {
    buttons.push(
      h(
        "button",
        {
          type: "button",
          class: "next",
          onclick: () => {
            const next = copyState(asked);
            next.entity = state.entity;
            next.page = asked.page + 1;
            next.cursor = result.nextCursor;
            const trail = [...(history.state?.previous || []), formatState(asked)].slice(-MAX_TRAIL);
            navigate(next, { focusResults: true, previous: trail });
          },
        },
        "Next →",
      ),
    );
  }
  replace(ui.pager, buttons);
}

// Offset paging reaches hit 100,000; deeper pages exist only as the cursor of the page before,
// which "Next" kept in the history entry it made (the last MAX_TRAIL of them).
function previousPage(asked) {
  const page = asked.page - 1;
  if ((page - 1) * asked.size > MAX_OFFSET) {
    const trail = history.state.previous;
    const next = parseState(trail[trail.length - 1]);
    next.entity = state.entity;
    navigate(next, { focusResults: true, previous: trail.slice(0, -1) });
    return;
  }
  const next = copyState(asked);
  next.entity = state.entity;
  next.page = page;
  next.cursor = "";
  navigate(next, { focusResults: true });
}

function renderActive(asked) {
  const chips = [];
  const remove = (label, change) =>
    h(
      "li",
      { class: "active-chip" },
      h("span", {}, label),
      h(
        "button",
        {
          type: "button",
          class: "remove",
          "aria-label": `Remove filter ${label}`,
          title: `Remove filter ${label}`,
          onclick: () => {
            const next = firstPage(state);
            change(next);
            navigate(next);
          },
        },
        "×",
      ),
    );
  for (const dim of DIMENSIONS) {
    for (const value of asked.filters[dim]) {
      chips.push(
        remove(`${LABELS[dim].replace(/s$/, "").replace(/^People$/, "Person")}: ${value}`, (next) => {
          next.filters[dim] = next.filters[dim].filter((v) => v !== value);
        }),
      );
    }
  }
  if (asked.from || asked.to) {
    chips.push(
      remove(`Published: ${asked.from || "…"} – ${asked.to || "…"}`, (next) => {
        next.from = "";
        next.to = "";
      }),
    );
  }
  if (asked.mentionedFrom || asked.mentionedTo) {
    chips.push(
      remove(`Mentions: ${asked.mentionedFrom || "…"} – ${asked.mentionedTo || "…"}`, (next) => {
        next.mentionedFrom = "";
        next.mentionedTo = "";
      }),
    );
  }
  if (chips.length > 1) {
    chips.push(
      h(
        "li",
        {},
        h(
          "button",
          {
            type: "button",
            class: "link clear-all",
            onclick: () => {
              const next = emptyState();
              next.q = state.q;
              next.sort = state.sort;
              next.size = state.size;
              navigate(next);
            },
          },
          "Clear all filters",
        ),
      ),
    );
  }
  replace(ui.active, chips.length ? h("ul", {}, chips) : null);
}

function renderCharts(asked, dates) {
  const brushTo = (fromKey, toKey) => (keyFrom, keyTo) => {
    const next = firstPage(state);
    next[fromKey] = keyFrom;
    next[toKey] = keyTo;
    navigate(next);
  };
  replace(
    ui.charts,
    dateChart({
      name: "published",
      histogram: dates.published,
      label: "Published",
      from: asked.from,
      to: asked.to,
      onRange: brushTo("from", "to"),
    }),
    dateChart({
      name: "mentioned",
      histogram: dates.mentioned,
      label: "Dates mentioned",
      from: asked.mentionedFrom,
      to: asked.mentionedTo,
      onRange: brushTo("mentionedFrom", "mentionedTo"),
    }),
  );
}

// The map asks for the places of the same query and filters once the search has answered (a query
// that does not parse is then reported once, by the search). body[data-map] is "shown" once the
// map shows the places of the view in the URL.
async function loadPlaces(asked) {
  const key = filterParams(asked).toString();
  if (key === shownPlaces) {
    document.body.dataset.map = "shown";
    return;
  }
  placesAbort?.abort();
  const controller = new AbortController();
  placesAbort = controller;
  try {
    const answer = await places(asked, controller.signal);
    shownPlaces = key;
    map.render(asked, answer);
    document.body.dataset.map = "shown";
  } catch (error) {
    if (error.name === "AbortError") return;
    shownPlaces = null;
    map.failed(error);
    document.body.dataset.map = "failed";
  }
}

function renderFailure(asked, error) {
  placesAbort?.abort();
  shownPlaces = null;
  map.clear();
  document.body.dataset.map = "none";
  ui.status.textContent = "";
  replace(ui.results);
  replace(ui.pager);
  replace(ui.charts);
  renderActive(asked);
  showError(error);
}

function showError(error) {
  ui.error.hidden = false;
  if (error instanceof ApiError) {
    const problem = error.problem;
    const parts = [h("strong", {}, problem.title || `Error ${error.status}`), " ", h("span", { class: "detail" }, problem.detail || "")];
    if (problem.type === "urn:gazette:problem:query-syntax") {
      ui.q.setAttribute("aria-invalid", "true");
      if (problem.position && problem.query !== undefined) {
        parts.push(
          h(
            "pre",
            { class: "caret", "aria-label": `The error is at position ${problem.position}` },
            problem.query,
            "\n",
            " ".repeat(Math.max(0, problem.position - 1)),
            "^",
          ),
        );
      }
    }
    replace(ui.error, parts);
  } else {
    replace(ui.error, h("strong", {}, "The server did not answer."), " ", error.message || String(error), " Is it still running?");
  }
}

async function loadEntity() {
  entityAbort?.abort();
  const target = state.entity;
  shownEntity = entityKey(state);
  if (!target) {
    delete document.body.dataset.entity;
    ui.entity.hidden = true;
    replace(ui.entity);
    document.body.classList.remove("with-entity");
    return;
  }
  document.body.classList.add("with-entity");
  entityAbort = new AbortController();
  document.body.dataset.entity = "loading";
  showLoading(ui.entity, target, entityActions);
  try {
    const profile = await entity(state, target.type, target.name, entityAbort.signal);
    showProfile(ui.entity, profile, entityActions);
    document.body.dataset.entity = "shown";
  } catch (error) {
    if (error.name === "AbortError") return;
    showFailure(ui.entity, target, error, entityActions);
    document.body.dataset.entity = "failed";
  }
}

ui.form.addEventListener("submit", (event) => {
  event.preventDefault();
  const next = firstPage(state);
  next.q = ui.q.value.trim();
  next.sort = ui.sort.value;
  // The same search again (Enter twice) still asks the server: the index may have changed.
  if (searchKey(next) === searchKey(state)) {
    shownSearch = null;
    shownPlaces = null;
  }
  navigate(next);
});
ui.sort.addEventListener("change", () => {
  const next = firstPage(state);
  next.sort = ui.sort.value;
  navigate(next);
});
ui.dateForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const next = firstPage(state);
  for (const key of ["from", "to", "mentionedFrom", "mentionedTo"]) next[key] = $(key).value.trim();
  navigate(next);
});
$("home").addEventListener("click", (event) => {
  event.preventDefault();
  navigate(emptyState());
});
ui.toggle.addEventListener("click", () => {
  const open = ui.toggle.getAttribute("aria-expanded") !== "true";
  ui.toggle.setAttribute("aria-expanded", String(open));
  ui.sidebar.classList.toggle("open", open);
});
document.addEventListener("keydown", (event) => {
  if (event.key === "Escape" && !event.defaultPrevented && state.entity && !ui.entity.hidden) entityActions.close();
});
window.addEventListener("popstate", () => load(parseState(location.search)));

load(state);
