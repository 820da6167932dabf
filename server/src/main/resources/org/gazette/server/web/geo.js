// The geometry of the map: a small TopoJSON decoder (quantized, delta-encoded arcs; polygons and
// multipolygons) and the Natural Earth I projection, written for this page. Pure functions, no DOM.

/**
 * The arcs of a topology as arrays of [longitude, latitude]: a quantized topology stores each
 * point as the difference to the one before, in integer steps that its transform scales and moves.
 */
export function decodeArcs(topology) {
  const transform = topology.transform;
  const [kx, ky] = transform ? transform.scale : [1, 1];
  const [dx, dy] = transform ? transform.translate : [0, 0];
  return topology.arcs.map((arc) => {
    const points = new Array(arc.length);
    let x = 0;
    let y = 0;
    for (let i = 0; i < arc.length; i++) {
      if (transform) {
        x += arc[i][0];
        y += arc[i][1];
        points[i] = [x * kx + dx, y * ky + dy];
      } else {
        points[i] = [arc[i][0], arc[i][1]];
      }
    }
    return points;
  });
}

/**
 * The points of one ring, given as arc indices: a negative index ~i is arc i walked backwards, and
 * each arc after the first starts where the one before ended, so its first point is left out.
 */
export function ring(arcs, indices) {
  const points = [];
  for (const index of indices) {
    const forward = index >= 0;
    const arc = arcs[forward ? index : ~index];
    const n = arc.length;
    for (let i = points.length > 0 ? 1 : 0; i < n; i++) points.push(forward ? arc[i] : arc[n - 1 - i]);
  }
  return points;
}

/**
 * The polygons of a TopoJSON object (a Polygon, a MultiPolygon or a GeometryCollection of them),
 * each an array of rings of [longitude, latitude]. Other geometry types draw no area and are left
 * out.
 */
export function polygons(topology, object, arcs = decodeArcs(topology)) {
  const out = [];
  const visit = (geometry) => {
    if (geometry.type === "GeometryCollection") geometry.geometries.forEach(visit);
    else if (geometry.type === "Polygon") out.push(geometry.arcs.map((r) => ring(arcs, r)));
    else if (geometry.type === "MultiPolygon") {
      for (const polygon of geometry.arcs) out.push(polygon.map((r) => ring(arcs, r)));
    }
  };
  visit(object);
  return out;
}

const RADIANS = Math.PI / 180;

/**
 * Natural Earth I (Šavrič, Jenny, Patterson, Petrovič and Hurni, 2011): polynomials in the
 * latitude; x and y in units of the Earth's radius, y to the north.
 */
export function naturalEarth(longitude, latitude) {
  const lambda = longitude * RADIANS;
  const phi = latitude * RADIANS;
  const p2 = phi * phi;
  const p4 = p2 * p2;
  const p6 = p4 * p2;
  const p8 = p4 * p4;
  const p10 = p8 * p2;
  const p12 = p6 * p6;
  const x = lambda * (0.8707 - 0.131979 * p2 - 0.013791 * p4 + 0.003971 * p10 - 0.001529 * p12);
  const y = phi * (1.007226 + 0.015085 * p2 - 0.044475 * p6 + 0.028874 * p8 - 0.005916 * p10);
  return [x, y];
}

/**
 * A projection onto a box of width × height pixels (y down) with the whole world in it, a margin
 * of pad pixels around: {width, height, point(lon, lat) -> [x, y]}. The height follows the width.
 */
export function worldProjection(width, pad = 4) {
  const [xMax] = naturalEarth(180, 0);
  const [, yMax] = naturalEarth(0, 90);
  const scale = (width - 2 * pad) / (2 * xMax);
  const height = Math.ceil(2 * yMax * scale + 2 * pad);
  return {
    width,
    height,
    point(longitude, latitude) {
      const [x, y] = naturalEarth(longitude, latitude);
      return [width / 2 + x * scale, height / 2 - y * scale];
    },
  };
}

// One decimal of a pixel is finer than the 1:110m outlines need and keeps the path short.
const fixed = (n) => String(Math.round(n * 10) / 10);

/**
 * The rings to draw for one ring that may cross the antimeridian (Fiji, the east tip of Russia):
 * such a ring jumps by about 360° of longitude where it crosses and jumps back where it returns.
 * Its longitudes are made continuous (some then lie beyond ±180°), and it is drawn twice, once as
 * is and once a full turn over, each copy showing the part on its side of the world once the map
 * is clipped to the world's outline. A ring around a pole (Antarctica) jumps only once; it
 * already runs along the edge of the map and is drawn as given.
 */
export function aroundTheWorld(points) {
  const unwrapped = new Array(points.length);
  let turn = 0;
  let crosses = false;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < points.length; i++) {
    const [longitude, latitude] = points[i];
    if (i > 0) {
      const step = longitude - points[i - 1][0];
      if (step > 180) turn -= 360;
      else if (step < -180) turn += 360;
      if (Math.abs(step) > 180) crosses = true;
    }
    const lon = longitude + turn;
    unwrapped[i] = [lon, latitude];
    min = Math.min(min, lon);
    max = Math.max(max, lon);
  }
  if (!crosses || turn !== 0) return [points];
  const copies = [unwrapped];
  if (max > 180) copies.push(unwrapped.map(([lon, lat]) => [lon - 360, lat]));
  if (min < -180) copies.push(unwrapped.map(([lon, lat]) => [lon + 360, lat]));
  return copies;
}

/**
 * The SVG path data of polygons under a projection: one subpath per ring (two for a ring across the
 * antimeridian, see aroundTheWorld: clip the path to outlineData), points that round to the one
 * before left out.
 */
export function pathData(shapes, projection) {
  const parts = [];
  for (const polygon of shapes) {
    for (const points of polygon.flatMap(aroundTheWorld)) {
      let last = "";
      let count = 0;
      for (const [longitude, latitude] of points) {
        const [x, y] = projection.point(longitude, latitude);
        const xy = `${fixed(x)},${fixed(y)}`;
        if (xy === last) continue;
        parts.push(count === 0 ? `M${xy}` : `L${xy}`);
        last = xy;
        count++;
      }
      if (count > 0) parts.push("Z");
    }
  }
  return parts.join("");
}

/** The outline of the whole world under a projection (the meridians ±180°), as path data. */
export function outlineData(projection) {
  const parts = [];
  for (let latitude = -90; latitude <= 90; latitude += 2) {
    const [x, y] = projection.point(180, latitude);
    parts.push(`${parts.length === 0 ? "M" : "L"}${fixed(x)},${fixed(y)}`);
  }
  for (let latitude = 90; latitude >= -90; latitude -= 2) {
    const [x, y] = projection.point(-180, latitude);
    parts.push(`L${fixed(x)},${fixed(y)}`);
  }
  return parts.join("") + "Z";
}
