// The map panel: the country outlines (countries-110m.json, decoded by geo.js) as one SVG path, and
// the places of the results as circles sized by their article count. A circle toggles the place
// filter as the place facet does; the wheel, a drag, two fingers or the keyboard zoom and move.
//
// All circles are built in one DocumentFragment per answer and appended at once; zooming changes
// one transform and one CSS variable (which keeps circles the same size on screen), never the
// circles themselves.

import { h, replace, count } from "./dom.js";
import { get } from "./api.js";
import { polygons, worldProjection, pathData, outlineData } from "./geo.js";

const WIDTH = 960;
const PROJECTION = worldProjection(WIDTH);
const HEIGHT = PROJECTION.height;
const MAX_RADIUS = 16;
const MIN_RADIUS = 2.5;
const MAX_ZOOM = 40;
const ZOOM_STEP = 1.6;
const PAN_STEP = 0.15;
const DRAG_START = 4;

let land = null;

/** The path data of every country, fetched and decoded once per page. */
function landPath() {
  land ??= get("countries-110m.json").then(
    (topology) => pathData(polygons(topology, topology.objects.countries), PROJECTION),
    (error) => {
      land = null;
      throw error;
    },
  );
  return land;
}

const articles = (n) => `${count(n)} article${n === 1 ? "" : "s"}`;

/** Radius on a square-root scale, so that a circle's area grows with its count. */
function radius(n, max) {
  return Math.max(MIN_RADIUS, MAX_RADIUS * Math.sqrt(n / max));
}

const clamp = (value, lo, hi) => Math.min(hi, Math.max(lo, value));

/**
 * The panel, built into container. actions.toggle(place, on) adds or removes a place filter.
 * id prefixes the ids of the panel's elements.
 */
export class MapPanel {
  constructor(container, actions, id = "map") {
    this.actions = actions;
    this.view = { k: 1, x: 0, y: 0 };
    this.circles = new Map();
    this.pointers = new Map();
    this.drag = null;
    this.dragged = false;

    // Rings across the antimeridian reach beyond the edge of the world; the outline clips them.
    const outline = outlineData(PROJECTION);
    this.land = h("svg:path", { class: "map-land", "clip-path": `url(#${id}-clip)` });
    this.dots = h("svg:g", { class: "map-places" });
    this.layer = h(
      "svg:g",
      { class: "map-view" },
      h("svg:clipPath", { id: `${id}-clip` }, h("svg:path", { d: outline })),
      h("svg:path", { class: "map-sphere", d: outline }),
      this.land,
      this.dots,
    );
    this.svg = h(
      "svg:svg",
      {
        class: "map",
        viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
        tabindex: 0,
        role: "group",
        "aria-roledescription": "map",
        "aria-label": "Map of the places named in the results",
        "aria-describedby": `${id}-help`,
      },
      this.layer,
    );
    this.tip = h("div", { class: "map-tip", "aria-hidden": "true", hidden: true });
    this.summary = h("span", { class: "map-summary" });
    this.note = h("p", { class: "map-note" });
    this.message = h("p", { class: "map-message", role: "status" });
    this.rows = h("tbody");
    const button = (label, text, onclick, cls) =>
      h("button", { type: "button", class: cls, "aria-label": label, title: label, onclick }, text);
    replace(
      container,
      h(
        "div",
        { class: "map-head" },
        h("h2", { id: `${id}-title` }, "Places"),
        this.summary,
        h(
          "div",
          { class: "map-zoom", role: "group", "aria-label": "Map view" },
          button("Zoom in", "+", () => this.zoomAround(ZOOM_STEP), "zoom-in"),
          button("Zoom out", "−", () => this.zoomAround(1 / ZOOM_STEP), "zoom-out"),
          button("Reset the map view", "Reset", () => this.reset(), "zoom-reset"),
        ),
      ),
      h("div", { class: "map-frame" }, this.svg, this.tip),
      h(
        "p",
        { class: "map-help", id: `${id}-help` },
        "Click a circle, or Tab to it and press Enter, to filter by its place. " +
          "Drag or use the arrow keys to move; the wheel or + and − zoom, 0 resets.",
      ),
      this.note,
      this.message,
      // A table keeps its height whatever its size, so its box is the one hidden.
      h(
        "div",
        { class: "visually-hidden" },
        h(
          "table",
          { class: "map-table" },
          h("caption", {}, "Places named in the results, most articles first"),
          h(
            "thead",
            {},
            h("tr", {}, ["Place", "Articles", "Filtered"].map((name) => h("th", { scope: "col" }, name))),
          ),
          this.rows,
        ),
      ),
    );
    this.listen();
    this.apply();
    landPath().then(
      (d) => this.land.setAttribute("d", d),
      (error) => {
        this.message.textContent = `The country outlines could not be loaded: ${error.message}`;
      },
    );
  }

  /** Shows the answer of /api/v1/places for state: one circle per place, biggest first. */
  render(state, answer) {
    const filtered = new Set(state.filters.place || []);
    const places = (answer.places || [])
      .filter((p) => Number.isFinite(p.latitude) && Number.isFinite(p.longitude))
      .sort((a, b) => b.count - a.count);
    const max = places.reduce((m, p) => Math.max(m, p.count), 1);
    const focused = this.dots.contains(document.activeElement) ? document.activeElement.dataset.value : null;
    const dots = document.createDocumentFragment();
    const rows = document.createDocumentFragment();
    const circles = new Map();
    for (const place of places) {
      const on = place.selected === true || filtered.has(place.value);
      const [x, y] = PROJECTION.point(place.longitude, place.latitude);
      const circle = h("svg:circle", {
        class: on ? "map-place selected" : "map-place",
        cx: x.toFixed(1),
        cy: y.toFixed(1),
        r: radius(place.count, max).toFixed(2),
        tabindex: 0,
        role: "button",
        "aria-label": `${place.value}, ${articles(place.count)}`,
        "aria-pressed": String(on),
        "data-value": place.value,
        "data-count": place.count,
      });
      dots.append(circle);
      circles.set(place.value, circle);
      rows.append(
        h("tr", {}, h("th", { scope: "row" }, place.value), h("td", {}, count(place.count)), h("td", {}, on ? "yes" : "no")),
      );
    }
    this.circles = circles;
    this.hideTip();
    this.dots.replaceChildren(dots);
    this.rows.replaceChildren(rows);
    this.message.textContent = "";
    if (focused !== null) circles.get(focused)?.focus({ preventScroll: true });

    const without = answer.withoutCoordinates || { values: 0, mentions: 0 };
    const mapped = Math.max(places.length, (answer.valueCount || 0) - without.values);
    this.summary.textContent =
      places.length < mapped
        ? `the ${count(places.length)} most frequent of ${count(mapped)} places`
        : `${count(places.length)} place${places.length === 1 ? "" : "s"}`;
    const plural = (n, word) => `${count(n)} ${word}${n === 1 ? "" : "s"}`;
    this.note.textContent = `${plural(without.values, "place")} without coordinates (${plural(without.mentions, "mention")})`;
  }

  /** No places: the search failed or is not shown. */
  clear() {
    this.circles = new Map();
    this.hideTip();
    this.dots.replaceChildren();
    this.rows.replaceChildren();
    this.summary.textContent = "";
    this.note.textContent = "";
  }

  /** The places could not be fetched. */
  failed(error) {
    this.clear();
    this.message.textContent = `The places could not be loaded: ${error.message || error}`;
  }

  // --- zoom and pan -------------------------------------------------------------------------

  apply() {
    const { k, x, y } = this.view;
    this.layer.setAttribute("transform", `translate(${x.toFixed(2)} ${y.toFixed(2)}) scale(${k.toFixed(4)})`);
    // Circles scale back by 1/k around their centres (style.css), so they keep their size.
    this.svg.style.setProperty("--map-unzoom", String(1 / k));
    this.svg.dataset.zoom = k.toFixed(3);
  }

  setView(k, x, y) {
    const zoom = clamp(k, 1, MAX_ZOOM);
    this.view = { k: zoom, x: clamp(x, WIDTH * (1 - zoom), 0), y: clamp(y, HEIGHT * (1 - zoom), 0) };
    this.apply();
  }

  /** Zooms by factor keeping the point (px, py) of the view box where it is on screen. */
  zoomAt(factor, px, py) {
    const { k, x, y } = this.view;
    const next = clamp(k * factor, 1, MAX_ZOOM);
    const f = next / k;
    this.setView(next, px - (px - x) * f, py - (py - y) * f);
  }

  /** Zooms around the focused circle if there is one, else around the middle of the view. */
  zoomAround(factor) {
    const circle = this.focusedCircle();
    if (circle) {
      const { k, x, y } = this.view;
      this.zoomAt(factor, x + Number(circle.getAttribute("cx")) * k, y + Number(circle.getAttribute("cy")) * k);
    } else {
      this.zoomAt(factor, WIDTH / 2, HEIGHT / 2);
    }
  }

  panBy(dx, dy) {
    this.setView(this.view.k, this.view.x + dx, this.view.y + dy);
  }

  reset() {
    this.setView(1, 0, 0);
  }

  // Moves the view so that a circle reached with Tab is inside it.
  reveal(circle) {
    const { k, x, y } = this.view;
    const cx = x + Number(circle.getAttribute("cx")) * k;
    const cy = y + Number(circle.getAttribute("cy")) * k;
    if (cx < 0 || cx > WIDTH || cy < 0 || cy > HEIGHT) this.setView(k, x + WIDTH / 2 - cx, y + HEIGHT / 2 - cy);
  }

  // Client pixels to view box units (the map keeps its aspect ratio, so one scale serves both).
  toViewBox(clientX, clientY) {
    const m = this.svg.getScreenCTM();
    return [(clientX - m.e) / m.a, (clientY - m.f) / m.d];
  }

  focusedCircle() {
    const active = document.activeElement;
    return active && this.dots.contains(active) ? active : null;
  }

  // --- events -------------------------------------------------------------------------------

  listen() {
    const svg = this.svg;
    svg.addEventListener(
      "wheel",
      (event) => {
        event.preventDefault();
        const [px, py] = this.toViewBox(event.clientX, event.clientY);
        const lines = event.deltaMode === 1 ? 40 : event.deltaMode === 2 ? 800 : 1;
        this.zoomAt(Math.exp((-event.deltaY * lines) / 500), px, py);
      },
      { passive: false },
    );
    svg.addEventListener("pointerdown", (event) => {
      if (event.pointerType === "mouse" && event.button !== 0) return;
      this.pointers.set(event.pointerId, [event.clientX, event.clientY]);
      this.dragged = false;
      this.drag = { x: event.clientX, y: event.clientY, moving: this.pointers.size > 1 };
      if (this.pointers.size > 1) this.capture();
    });
    svg.addEventListener("pointermove", (event) => {
      const last = this.pointers.get(event.pointerId);
      if (!last || !this.drag) return;
      if (!this.drag.moving) {
        if (Math.hypot(event.clientX - this.drag.x, event.clientY - this.drag.y) < DRAG_START) return;
        // Only now does the press become a drag: a press that does not move stays a click.
        this.drag.moving = true;
        this.capture();
      }
      const scale = this.svg.getScreenCTM().a;
      if (this.pointers.size === 1) {
        this.panBy((event.clientX - last[0]) / scale, (event.clientY - last[1]) / scale);
      } else if (this.pointers.size === 2) {
        const [other] = [...this.pointers].filter(([id]) => id !== event.pointerId).map(([, p]) => p);
        const before = Math.hypot(last[0] - other[0], last[1] - other[1]);
        const after = Math.hypot(event.clientX - other[0], event.clientY - other[1]);
        const [px, py] = this.toViewBox((event.clientX + other[0]) / 2, (event.clientY + other[1]) / 2);
        if (before > 0) this.zoomAt(after / before, px, py);
        this.panBy((event.clientX - last[0]) / scale / 2, (event.clientY - last[1]) / scale / 2);
      }
      this.pointers.set(event.pointerId, [event.clientX, event.clientY]);
    });
    const release = (event) => {
      if (!this.pointers.delete(event.pointerId)) return;
      if (this.drag?.moving) this.dragged = true;
      if (this.pointers.size === 0) {
        this.drag = null;
        svg.classList.remove("dragging");
      }
    };
    svg.addEventListener("pointerup", release);
    svg.addEventListener("pointercancel", release);
    svg.addEventListener("click", (event) => {
      if (this.dragged) {
        this.dragged = false;
        return;
      }
      const circle = event.target.closest?.(".map-place");
      if (circle) this.toggle(circle);
    });
    svg.addEventListener("keydown", (event) => this.key(event));
    svg.addEventListener("pointerover", (event) => {
      const circle = event.target.closest?.(".map-place");
      if (circle && !this.drag?.moving) this.showTip(circle);
    });
    svg.addEventListener("pointerout", (event) => {
      if (event.target.closest?.(".map-place") && event.target !== document.activeElement) this.hideTip();
    });
    svg.addEventListener("focusin", (event) => {
      const circle = event.target.closest?.(".map-place");
      if (!circle) return;
      this.reveal(circle);
      this.showTip(circle);
    });
    svg.addEventListener("focusout", () => this.hideTip());
  }

  capture() {
    for (const id of this.pointers.keys()) {
      if (!this.svg.hasPointerCapture(id)) this.svg.setPointerCapture(id);
    }
    this.svg.classList.add("dragging");
    this.hideTip();
  }

  key(event) {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const circle = event.target.closest?.(".map-place");
    const step = WIDTH * PAN_STEP;
    switch (event.key) {
      case "Enter":
      case " ":
        if (!circle) return;
        this.toggle(circle);
        break;
      case "+":
      case "=":
        this.zoomAround(ZOOM_STEP);
        break;
      case "-":
      case "_":
        this.zoomAround(1 / ZOOM_STEP);
        break;
      case "0":
        this.reset();
        break;
      case "ArrowLeft":
        this.panBy(step, 0);
        break;
      case "ArrowRight":
        this.panBy(-step, 0);
        break;
      case "ArrowUp":
        this.panBy(0, step);
        break;
      case "ArrowDown":
        this.panBy(0, -step);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (circle) this.showTip(circle);
  }

  toggle(circle) {
    this.actions.toggle(circle.dataset.value, circle.getAttribute("aria-pressed") !== "true");
  }

  showTip(circle) {
    const frame = this.svg.parentElement.getBoundingClientRect();
    const box = circle.getBoundingClientRect();
    const on = circle.getAttribute("aria-pressed") === "true";
    replace(
      this.tip,
      h("strong", {}, circle.dataset.value),
      h("span", {}, ` ${articles(Number(circle.dataset.count))}${on ? " · filtered" : ""}`),
    );
    this.tip.style.left = `${(box.left + box.width / 2 - frame.left).toFixed(1)}px`;
    this.tip.style.top = `${(box.top - frame.top).toFixed(1)}px`;
    this.tip.hidden = false;
  }

  hideTip() {
    this.tip.hidden = true;
  }
}
