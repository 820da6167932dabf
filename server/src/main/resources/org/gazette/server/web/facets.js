// The facet sidebar: one box per dimension with its values and counts, checkboxes for several
// values at once, a filter box that searches the values by prefix, and "more".

import { h, replace, count } from "./dom.js";
import { DIMENSIONS, ENTITY_TYPES, facetValues } from "./api.js";

export const LABELS = {
  organization: "Organisations",
  place: "Places",
  person: "People",
  source: "Sources",
};
const SINGULAR = { organization: "organisation", place: "place", person: "person", source: "source" };
const TOP = 10;
const MORE = 50;

/**
 * Renders the sidebar. actions: toggle(dim, value, checked), openEntity(type, name),
 * failed(error). The typed prefix and "more" of each dimension outlive a new search.
 */
export class FacetSidebar {
  constructor(container, actions) {
    this.container = container;
    this.actions = actions;
    this.local = Object.fromEntries(DIMENSIONS.map((d) => [d, { prefix: "", expanded: false, abort: null }]));
    this.boxes = {};
    for (const dim of DIMENSIONS) {
      this.boxes[dim] = this.box(dim);
      container.append(this.boxes[dim].section);
    }
  }

  box(dim) {
    const list = h("ul", { class: "facet-values", id: `values-${dim}` });
    const note = h("p", { class: "facet-note", "aria-live": "polite" });
    const filter = h("input", {
      id: `filter-${dim}`,
      type: "search",
      class: "facet-filter",
      placeholder: `Find ${LABELS[dim].toLowerCase()}…`,
      "aria-controls": `values-${dim}`,
    });
    const more = h("button", { type: "button", class: "link more", "aria-controls": `values-${dim}` }, "More");
    let timer = 0;
    filter.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        this.local[dim].prefix = filter.value.trim();
        this.refresh(dim);
      }, 200);
    });
    filter.addEventListener("keydown", (event) => {
      if (event.key === "Enter") event.preventDefault();
      if (event.key === "Escape" && filter.value) {
        event.preventDefault();
        filter.value = "";
        this.local[dim].prefix = "";
        this.refresh(dim);
      }
    });
    more.addEventListener("click", () => {
      this.local[dim].expanded = !this.local[dim].expanded;
      this.refresh(dim);
    });
    const section = h(
      "section",
      { class: "facet", "data-dim": dim, "aria-labelledby": `title-${dim}` },
      h("h2", { id: `title-${dim}` }, LABELS[dim]),
      h("label", { for: `filter-${dim}`, class: "visually-hidden" }, `Find ${LABELS[dim].toLowerCase()} by name`),
      filter,
      list,
      note,
      more,
    );
    return { section, list, note, more, filter };
  }

  /** Shows the facets of a search answer for state. */
  render(state, facets) {
    this.state = state;
    this.facets = facets || {};
    for (const dim of DIMENSIONS) {
      const local = this.local[dim];
      if (local.prefix || local.expanded) this.refresh(dim);
      else this.show(dim, this.facets[dim] || [], null);
    }
  }

  // Asks the facet value search of the API for the values under the typed prefix (or for more).
  async refresh(dim) {
    const local = this.local[dim];
    if (!this.state) return;
    if (!local.prefix && !local.expanded) {
      this.show(dim, this.facets[dim] || [], null);
      return;
    }
    local.abort?.abort();
    local.abort = new AbortController();
    this.boxes[dim].section.setAttribute("aria-busy", "true");
    try {
      const answer = await facetValues(this.state, dim, local.prefix, local.expanded ? MORE : TOP, local.abort.signal);
      this.show(dim, answer.values, answer.valueCount);
    } catch (error) {
      if (error.name !== "AbortError") this.actions.failed(error);
    } finally {
      this.boxes[dim].section.removeAttribute("aria-busy");
    }
  }

  show(dim, values, valueCount) {
    const box = this.boxes[dim];
    const local = this.local[dim];
    const selected = new Set(this.state.filters[dim]);
    replace(box.list, values.map((v, i) => this.row(dim, v, i, selected)));
    if (values.length === 0) {
      box.note.textContent = local.prefix ? `No ${SINGULAR[dim]} matches “${local.prefix}”.` : "None in these results.";
    } else if (valueCount !== null && valueCount > values.length) {
      box.note.textContent = `${count(values.length)} of ${count(valueCount)} shown.`;
    } else {
      box.note.textContent = "";
    }
    box.more.textContent = local.expanded ? "Fewer" : "More";
    box.more.setAttribute("aria-expanded", String(local.expanded));
    box.more.hidden = !local.expanded && values.length < TOP;
  }

  row(dim, value, i, selected) {
    const id = `f-${dim}-${i}`;
    const checkbox = h("input", {
      type: "checkbox",
      id,
      value: value.value,
      checked: selected.has(value.value) || value.selected === true,
      onchange: (event) => this.actions.toggle(dim, value.value, event.target.checked),
    });
    const name = ENTITY_TYPES.includes(dim)
      ? [
          h("label", { for: id, class: "visually-hidden" }, `Filter by ${value.value}`),
          h(
            "button",
            {
              type: "button",
              class: "link entity-name",
              title: `Profile of ${value.value}`,
              onclick: () => this.actions.openEntity(dim, value.value),
            },
            value.value,
          ),
        ]
      : h("label", { for: id, class: "facet-label" }, value.value);
    return h(
      "li",
      { class: value.selected ? "facet-value selected" : "facet-value", "data-value": value.value },
      checkbox,
      name,
      h("span", { class: "count", "aria-label": `${value.count} articles` }, count(value.count)),
    );
  }
}
