// The public REST API, and nothing else: every request of the page goes through get().

/** An answer of the API that is not 2xx: the problem JSON (type, title, detail, position...). */
export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.status = status;
    this.problem = problem;
  }
}

/** GET path?params as JSON; throws ApiError for a problem answer, AbortError when aborted. */
export async function get(path, params, signal) {
  const query = params ? params.toString() : "";
  const response = await fetch(query ? `${path}?${query}` : path, {
    headers: { Accept: "application/json" },
    signal,
  });
  const type = response.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await response.json() : { title: await response.text() };
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

export const DIMENSIONS = ["organization", "place", "person", "source"];
export const ENTITY_TYPES = ["organization", "place", "person"];

/** The query and filter parameters shared by search, facet values and entity profiles. */
export function filterParams(state) {
  const params = new URLSearchParams();
  if (state.q) params.set("q", state.q);
  for (const dim of DIMENSIONS) for (const value of state.filters[dim]) params.append(dim, value);
  for (const key of ["from", "to", "mentionedFrom", "mentionedTo"]) {
    if (state[key]) params.set(key, state[key]);
  }
  return params;
}

export function search(state, signal) {
  const params = filterParams(state);
  if (state.sort !== "relevance") params.set("sort", state.sort);
  params.set("size", String(state.size));
  if (state.cursor) params.set("cursor", state.cursor);
  else if (state.page > 1) params.set("page", String(state.page));
  return get("/api/v1/search", params, signal);
}

export function facetValues(state, dimension, prefix, size, signal) {
  const params = filterParams(state);
  if (prefix) params.set("prefix", prefix);
  params.set("size", String(size));
  return get(`/api/v1/facets/${encodeURIComponent(dimension)}`, params, signal);
}

/** The places of the results with their coordinates, for the map. */
export function places(state, signal) {
  return get("/api/v1/places", filterParams(state), signal);
}

export function entity(state, type, name, signal) {
  const params = filterParams(state);
  params.set("size", "10");
  return get(`/api/v1/entities/${encodeURIComponent(type)}/${encodeURIComponent(name)}`, params, signal);
}
