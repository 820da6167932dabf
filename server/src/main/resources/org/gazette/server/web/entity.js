// The entity panel: the profile of one organisation, place or person under the current query and
// filters (aliases, co-occurring entities, a timeline), with a button to filter by it.

import { h, replace, count } from "./dom.js";
import { ENTITY_TYPES } from "./api.js";
import { dateChart } from "./chart.js";
import { LABELS } from "./facets.js";

const KIND = { organization: "Organisation", place: "Place", person: "Person" };

/** Shows "loading" in the panel. */
export function showLoading(panel, target, actions) {
  panel.hidden = false;
  replace(panel, header(target.type, target.name, actions), h("p", { class: "status" }, "Loading the profile…"));
}

/** Shows why the profile could not be shown. */
export function showFailure(panel, target, error, actions) {
  panel.hidden = false;
  const text =
    error.status === 404
      ? `No article in the current results names ${target.name}.`
      : `The profile could not be loaded: ${error.message}`;
  replace(panel, header(target.type, target.name, actions), h("p", { class: "error" }, text));
}

/** Shows a profile. actions: close(), filter(type, name), open(type, name). */
export function showProfile(panel, profile, actions) {
  panel.hidden = false;
  const filtered = actions.isFiltered(profile.type, profile.name);
  replace(
    panel,
    header(profile.type, profile.name, actions),
    h(
      "p",
      { class: "entity-summary" },
      `${KIND[profile.type]} named in ${count(profile.documentCount)} article${profile.documentCount === 1 ? "" : "s"} of the current results.`,
    ),
    h(
      "button",
      {
        type: "button",
        class: "primary filter-entity",
        disabled: filtered,
        onclick: () => actions.filter(profile.type, profile.name),
      },
      filtered ? "Filtered by it" : `Filter by ${profile.name}`,
    ),
    h("h3", {}, "Also called"),
    profile.aliases.length === 0
      ? h("p", { class: "muted" }, "No other name in these articles.")
      : h(
          "ul",
          { class: "aliases" },
          profile.aliases.map((a) => h("li", {}, a.value, " ", h("span", { class: "count" }, count(a.count)))),
        ),
    h("h3", {}, "Named together with"),
    ENTITY_TYPES.map((type) => related(type, profile.related[type] || [], actions)),
    h("h3", {}, "Timeline"),
    dateChart({ name: "profile-published", histogram: profile.timeline.published, label: "Published" }),
    dateChart({ name: "profile-mentioned", histogram: profile.timeline.mentioned, label: "Mentioned dates" }),
  );
  panel.querySelector(".close").focus();
}

function header(type, name, actions) {
  return h(
    "div",
    { class: "entity-head" },
    h("h2", { id: "entity-title" }, h("span", { class: "kind" }, KIND[type] || type), " ", name),
    h("button", { type: "button", class: "close", "aria-label": "Close the profile", onclick: actions.close }, "×"),
  );
}

function related(type, values, actions) {
  if (values.length === 0) return null;
  return h(
    "section",
    { class: "related", "data-type": type },
    h("h4", {}, LABELS[type]),
    h(
      "ul",
      { class: "related-values" },
      values.map((v) =>
        h(
          "li",
          {},
          h("button", { type: "button", class: "link entity-name", onclick: () => actions.open(type, v.value) }, v.value),
          " ",
          h("span", { class: "count" }, count(v.count)),
        ),
      ),
    ),
  );
}
