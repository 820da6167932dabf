// The whole view lives in the URL's query string, so that a view can be shared, survives a reload
// and is restored by back and forward. Names match the API's parameters where they exist.

import { DIMENSIONS, ENTITY_TYPES } from "./api.js";

const SORTS = ["relevance", "newest", "oldest"];
const SIZES = [2, 10, 20, 50, 100];
const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The state that shows every article: no query, no filter, first page. */
export function emptyState() {
  return {
    q: "",
    filters: Object.fromEntries(DIMENSIONS.map((d) => [d, []])),
    from: "",
    to: "",
    mentionedFrom: "",
    mentionedTo: "",
    sort: "relevance",
    size: 10,
    page: 1,
    cursor: "",
    entity: null,
  };
}

/** Reads a state from a query string; unknown or malformed values fall back to the defaults. */
export function parseState(search) {
  const params = new URLSearchParams(search);
  const state = emptyState();
  state.q = params.get("q") || "";
  for (const dim of DIMENSIONS) {
    state.filters[dim] = [...new Set(params.getAll(dim).filter((v) => v.trim()))];
  }
  for (const key of ["from", "to", "mentionedFrom", "mentionedTo"]) {
    const value = params.get(key) || "";
    state[key] = DATE.test(value) ? value : "";
  }
  const sort = params.get("sort");
  state.sort = SORTS.includes(sort) ? sort : "relevance";
  const size = Number(params.get("size"));
  state.size = SIZES.includes(size) ? size : 10;
  const page = Number(params.get("page"));
  state.page = Number.isInteger(page) && page > 1 ? page : 1;
  state.cursor = state.page > 1 ? params.get("cursor") || "" : "";
  const entity = params.get("entity");
  const colon = entity ? entity.indexOf(":") : -1;
  if (colon > 0 && ENTITY_TYPES.includes(entity.slice(0, colon))) {
    state.entity = { type: entity.slice(0, colon), name: entity.slice(colon + 1) };
  }
  return state;
}

/** The query string of a state, without the defaults. */
export function formatState(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const dim of DIMENSIONS) for (const value of state.filters[dim]) params.append(dim, value);
  for (const key of ["from", "to", "mentionedFrom", "mentionedTo"]) {
    if (state[key]) params.set(key, state[key]);
  }
  if (state.sort !== "relevance") params.set("sort", state.sort);
  if (state.size !== 10) params.set("size", String(state.size));
  if (state.page > 1) params.set("page", String(state.page));
  if (state.cursor) params.set("cursor", state.cursor);
  if (state.entity) params.set("entity", `${state.entity.type}:${state.entity.name}`);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** A copy of the state, deep enough that changing filters does not touch the original. */
export function copyState(state) {
  return {
    ...state,
    filters: Object.fromEntries(DIMENSIONS.map((d) => [d, [...state.filters[d]]])),
    entity: state.entity ? { ...state.entity } : null,
  };
}

/** The same view from its first page: what any change of query, filter or sort leads to. */
export function firstPage(state) {
  const next = copyState(state);
  next.page = 1;
  next.cursor = "";
  return next;
}
