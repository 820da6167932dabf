// Small DOM helpers. Every piece of text from the API goes through text nodes, never through
// innerHTML; the one exception, the highlighted snippet, is parsed by markedText() into text nodes
// and <mark> elements.

/** Creates an element: h("a", {href: "#", class: "x", onclick: fn}, "text", child, [more]). */
export function h(tag, attrs, ...children) {
  const el = tag.startsWith("svg:")
    ? document.createElementNS("http://www.w3.org/2000/svg", tag.slice(4))
    : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      el.addEventListener(key.slice(2), value);
    } else if (key === "dataset") {
      Object.assign(el.dataset, value);
    } else {
      el.setAttribute(key, value === true ? "" : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(el, child);
    else el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of el. */
export function replace(el, ...children) {
  el.replaceChildren();
  append(el, children);
  return el;
}

const NAMED = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

/** Decodes the character references of HTML-escaped text (&amp;, &#x27;, &#39;...). */
export function unescapeHtml(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, ref) => {
    if (ref[0] === "#") {
      const code = ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED, ref) ? NAMED[ref] : whole;
  });
}

/**
 * The API's snippet (escaped text with matched terms in <mark>...</mark>) as DOM nodes: text
 * nodes for the escaped parts and <mark> elements, so no markup other than <mark> can get in.
 */
export function markedText(snippet) {
  const nodes = [];
  const parts = String(snippet || "").split(/(<mark>|<\/mark>)/);
  let inMark = false;
  for (const part of parts) {
    if (part === "<mark>") inMark = true;
    else if (part === "</mark>") inMark = false;
    else if (part) {
      const text = unescapeHtml(part);
      nodes.push(inMark ? h("mark", {}, text) : document.createTextNode(text));
    }
  }
  return nodes;
}

/** A number with thousands separators. */
export function count(n) {
  return Number(n).toLocaleString("en-US");
}
