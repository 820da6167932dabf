// Date histograms drawn by hand as SVG: one bar per month (or per year when the dates span too
// many months), with a brush: drag across bars, or click one, to choose a range.

import { h, count } from "./dom.js";

const MAX_MONTHS = 120;
const WIDTH = 600;
const HEIGHT = 80;

function monthKey(year, month) {
  return `${year}-${String(month).padStart(2, "0")}`;
}

/**
 * Every bucket from the first to the last one with a count, the empty ones included: months when
 * they span at most MAX_MONTHS and every year with a count, else years.
 */
export function buckets(histogram) {
  const months = histogram?.months || [];
  const years = histogram?.years || [];
  if (months.length > 0) {
    const [y0, m0] = months[0].value.split("-").map(Number);
    const [y1, m1] = months[months.length - 1].value.split("-").map(Number);
    const span = (y1 - y0) * 12 + (m1 - m0) + 1;
    // Bare years ("in 2014") count in years only: months are shown when they cover every year.
    const yearsCovered = years.every((b) => Number(b.value) >= y0 && Number(b.value) <= y1);
    if (span <= MAX_MONTHS && yearsCovered) {
      const counts = new Map(months.map((b) => [b.value, b.count]));
      const out = [];
      for (let i = 0; i < span; i++) {
        const key = monthKey(y0 + Math.floor((m0 - 1 + i) / 12), ((m0 - 1 + i) % 12) + 1);
        out.push({ key, count: counts.get(key) || 0 });
      }
      return out;
    }
  }
  if (years.length === 0) return [];
  const counts = new Map(years.map((b) => [b.value, b.count]));
  const first = Number(years[0].value);
  const last = Number(years[years.length - 1].value);
  const out = [];
  for (let y = first; y <= last; y++) out.push({ key: String(y), count: counts.get(String(y)) || 0 });
  return out;
}

// Whether the bucket (a month or a year) overlaps the range [from, to] of typed dates.
function inRange(key, from, to) {
  if (!from && !to) return false;
  const start = key.length === 4 ? `${key}-01-01` : `${key}-01`;
  const end = key.length === 4 ? `${key}-12-31` : `${key}-31`;
  return (!from || end >= from) && (!to || start <= to.padEnd(10, "-99"));
}

/**
 * A chart of one histogram. onRange(fromKey, toKey) is called when the user brushes; without it
 * the chart only shows. from/to mark the selected range.
 */
export function dateChart({ name, histogram, label, from, to, onRange }) {
  const bars = buckets(histogram);
  if (bars.length === 0) {
    return h("p", { class: "chart-empty", "data-chart": name }, `${label}: no dates in these results.`);
  }
  const max = Math.max(1, ...bars.map((b) => b.count));
  const step = WIDTH / bars.length;
  const svg = h("svg:svg", {
    class: onRange ? "chart brushable" : "chart",
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    preserveAspectRatio: "none",
    role: "img",
    "aria-label": `${label}: ${bars.length} ${bars[0].key.length === 4 ? "years" : "months"} from ${bars[0].key} to ${bars[bars.length - 1].key}`,
  });
  bars.forEach((bar, i) => {
    const height = bar.count === 0 ? 0 : Math.max(2, (bar.count / max) * (HEIGHT - 4));
    const rect = h("svg:rect", {
      x: (i * step + step * 0.1).toFixed(2),
      y: (HEIGHT - height).toFixed(2),
      width: Math.max(0.5, step * 0.8).toFixed(2),
      height: height.toFixed(2),
      class: inRange(bar.key, from, to) ? "bar selected" : "bar",
      "data-key": bar.key,
      "data-count": bar.count,
    });
    rect.append(h("svg:title", {}, `${bar.key}: ${count(bar.count)} article${bar.count === 1 ? "" : "s"}`));
    svg.append(rect);
  });
  if (onRange) brush(svg, bars, step, onRange);
  return h(
    "figure",
    { class: "chart-box", "data-chart": name },
    h(
      "figcaption",
      {},
      `${label}, by ${bars[0].key.length === 4 ? "year" : "month"}`,
      onRange ? h("span", { class: "hint" }, " — drag across the bars to choose a range") : null,
    ),
    svg,
    h("div", { class: "chart-axis" }, h("span", {}, bars[0].key), h("span", {}, bars[bars.length - 1].key)),
  );
}

function brush(svg, bars, step, onRange) {
  const shade = h("svg:rect", { class: "brush", x: 0, y: 0, width: 0, height: HEIGHT });
  svg.prepend(shade);
  let start = -1;
  const indexAt = (event) => {
    const box = svg.getBoundingClientRect();
    const i = Math.floor(((event.clientX - box.left) / box.width) * bars.length);
    return Math.min(bars.length - 1, Math.max(0, i));
  };
  const show = (a, b) => {
    const lo = Math.min(a, b);
    shade.setAttribute("x", (lo * step).toFixed(2));
    shade.setAttribute("width", ((Math.abs(b - a) + 1) * step).toFixed(2));
  };
  svg.addEventListener("pointerdown", (event) => {
    start = indexAt(event);
    svg.setPointerCapture(event.pointerId);
    show(start, start);
  });
  svg.addEventListener("pointermove", (event) => {
    if (start >= 0) show(start, indexAt(event));
  });
  svg.addEventListener("pointerup", (event) => {
    if (start < 0) return;
    const end = indexAt(event);
    const lo = Math.min(start, end);
    const hi = Math.max(start, end);
    start = -1;
    onRange(bars[lo].key, bars[hi].key);
  });
  svg.addEventListener("pointercancel", () => {
    start = -1;
    shade.setAttribute("width", "0");
  });
}
