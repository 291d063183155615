"use strict";
// typeheat report: everything is built with createElement/textContent from the embedded JSON, so no
// text from the inputs is ever parsed as HTML.
(function () {
  const data = JSON.parse(document.getElementById("data").textContent);
  const NODE_LABEL = 0, NODE_KIND = 1, NODE_CHILDREN = 2, NODE_SIZE = 3, NODE_FLAGS = 4;
  const FLAG_CUT = 1, FLAG_CHAIN = 2;
  const SVG = "http://www.w3.org/2000/svg";

  function el(tag, attrs, text) {
    const e = document.createElement(tag);
    if (attrs) for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function svg(tag, attrs) {
    const e = document.createElementNS(SVG, tag);
    for (const k in attrs) e.setAttribute(k, attrs[k]);
    return e;
  }
  function fmtInt(n) { return n === null || n === undefined ? "" : Number(n).toLocaleString("en-US"); }
  function fmtNanos(n) {
    if (!n) return "";
    if (n >= 1e9) return (n / 1e9).toFixed(2) + " s";
    if (n >= 1e6) return (n / 1e6).toFixed(2) + " ms";
    return (n / 1e3).toFixed(2) + " µs";
  }

  // ---- what was read: one line, the details folded
  document.getElementById("subtitle").textContent = data.title;
  document.getElementById("read-line").textContent = data.readLine;
  const inputs = document.querySelector("#inputs tbody");
  for (const s of data.summaries) {
    const tr = el("tr");
    tr.appendChild(el("td", { class: "mono" }, s.file));
    tr.appendChild(el("td", null, s.kind));
    tr.appendChild(el("td", { class: "num" }, fmtInt(s.records)));
    tr.appendChild(el("td", null, Object.entries(s.skipped).map(([k, v]) => v + " " + k).join(", ")));
    inputs.appendChild(tr);
  }
  if (data.unrecognized.length) {
    document.getElementById("unrecognized").textContent = data.unrecognized.length
      + " file(s) skipped as no known input: " + data.unrecognized.join(", ");
  }

  // ---- the plan: what to box, per crate, with its effect
  const crates = document.getElementById("plan-crates");
  if (!data.plan.length) crates.appendChild(el("p", null, "Nothing to box: no type over the thresholds has a combinator to box."));
  for (const p of data.plan) {
    const box = el("div", { class: "crate" });
    const h = el("h3", null, p.crate);
    h.appendChild(el("span", { class: "effect" }, p.effect));
    box.appendChild(h);
    const ol = el("ol", { class: "steps" });
    for (const s of p.steps) {
      const li = el("li", s.placed ? null : { class: "unplaced" });
      li.appendChild(el("span", { class: "where mono" }, s.where));
      if (!s.placed) li.appendChild(el("span", { class: "badge" }, "no source place"));
      li.appendChild(document.createTextNode(": "));
      li.appendChild(el("code", { class: "call" }, s.call));
      li.appendChild(document.createTextNode(" (" + s.family + "): boxes away " + fmtInt(s.saves)
        + " distinct nodes, carried by " + fmtInt(s.carriers) + " type" + (s.carriers === 1 ? "" : "s")));
      if (s.code) li.appendChild(el("div", { class: "code mono" }, s.code));
      li.appendChild(el("div", { class: "why" }, "why: " + s.reason + (s.note ? " " + s.note : "")));
      li.setAttribute("title", s.type);
      ol.appendChild(li);
    }
    box.appendChild(ol);
    if (p.more) box.appendChild(el("p", { class: "hint" }, "and " + p.more + " more boxes (typeheat suggest lists them all)"));
    crates.appendChild(box);
  }

  // ---- hotspot table: sortable, filterable
  const tbody = document.querySelector("#hotspot-table tbody");
  let sortKey = "score", sortDir = -1, selected = -1;
  function renderTable() {
    const q = document.getElementById("filter").value.toLowerCase();
    const rows = data.types.map((t, i) => [t, i]).filter(([t]) =>
      !q || (t.text + " " + t.rules.join(" ") + " " + (t.location || "")).toLowerCase().includes(q));
    rows.sort(([a], [b]) => {
      const x = a[sortKey], y = b[sortKey];
      if (typeof x === "number" || typeof y === "number") return sortDir * ((x || 0) - (y || 0));
      return sortDir * String(x || "").localeCompare(String(y || ""));
    });
    tbody.textContent = "";
    for (const [t, i] of rows) {
      const tr = el("tr", { "data-index": i });
      if (i === selected) tr.classList.add("selected");
      const rules = el("td");
      for (const r of t.rules) rules.appendChild(el("span", { class: "rule" }, r));
      tr.appendChild(rules);
      tr.appendChild(el("td", { class: "type" }, t.text));
      tr.appendChild(el("td", { class: "num" }, t.depth));
      tr.appendChild(el("td", { class: "num" }, fmtInt(t.nodes)));
      tr.appendChild(el("td", { class: "num" }, t.chain));
      tr.appendChild(el("td", { class: "num" }, fmtNanos(t.selfNanos)));
      tr.appendChild(el("td", { class: "num" }, t.irLines ? fmtInt(t.irLines) : ""));
      tr.appendChild(el("td", { class: "num" }, t.copies ? fmtInt(t.copies) : ""));
      const where = el("td", { class: "mono" }, t.location || t.function || "");
      if (!t.location && t.function) where.appendChild(el("span", { class: "badge" }, "no source place"));
      tr.appendChild(where);
      tr.addEventListener("click", () => select(i));
      tbody.appendChild(tr);
    }
  }
  for (const th of document.querySelectorAll("#hotspot-table th")) {
    th.addEventListener("click", () => {
      const key = th.getAttribute("data-key");
      sortDir = key === sortKey ? -sortDir : (key === "text" || key === "location" ? 1 : -1);
      sortKey = key;
      for (const o of document.querySelectorAll("#hotspot-table th")) o.classList.remove("sorted-asc", "sorted-desc");
      th.classList.add(sortDir > 0 ? "sorted-asc" : "sorted-desc");
      renderTable();
    });
  }
  document.getElementById("filter").addEventListener("input", renderTable);
  // columns no type fills: say which input would have filled them
  const notes = document.getElementById("empty-columns");
  for (const th of document.querySelectorAll("#hotspot-table th")) {
    const why = data.emptyColumns[th.getAttribute("data-key")];
    if (!why) continue;
    th.setAttribute("title", "empty: " + why);
    notes.appendChild(el("li", null, th.textContent + " is empty: " + why + "."));
  }

  // ---- type explorer: a collapsible tree, repeated subtrees folded and linked
  const tree = document.getElementById("tree");
  let firstSeen = new Map(), counter = 0;
  function nodeItem(id, open) {
    const n = data.nodes[id];
    const li = el("li", { class: "node" });
    const children = n[NODE_CHILDREN];
    if (firstSeen.has(id) && children.length) {
      const a = el("a", { class: "seen" }, "#" + firstSeen.get(id).num + " (seen above) " + n[NODE_LABEL]);
      a.addEventListener("click", () => {
        const target = firstSeen.get(id).li;
        target.scrollIntoView({ block: "center" });
        target.classList.add("flash");
        setTimeout(() => target.classList.remove("flash"), 1200);
      });
      li.appendChild(el("span", { class: "toggle" }, " "));
      li.appendChild(a);
      return li;
    }
    const toggle = el("span", { class: "toggle" }, children.length ? (open ? "▾" : "▸") : " ");
    let cls = "label";
    if (n[NODE_FLAGS] & FLAG_CHAIN) cls += " chain";
    if (n[NODE_FLAGS] & FLAG_CUT) cls += " cut";
    const label = el("span", { class: cls }, n[NODE_LABEL]);
    li.appendChild(toggle);
    li.appendChild(label);
    if (children.length) {
      const num = ++counter;
      firstSeen.set(id, { num: num, li: li });
      li.appendChild(el("span", { class: "size" }, "#" + num + " · " + fmtInt(n[NODE_SIZE]) + " nodes"));
      let ul = null;
      const expand = () => {
        if (!ul) {
          ul = el("ul");
          for (const c of children) ul.appendChild(nodeItem(c, false));
          li.appendChild(ul);
        } else {
          ul.hidden = !ul.hidden;
        }
        toggle.textContent = ul.hidden ? "▸" : "▾";
      };
      toggle.addEventListener("click", expand);
      label.addEventListener("click", expand);
      if (open) expand();
    }
    return li;
  }
  function showTree(root) {
    tree.textContent = "";
    firstSeen = new Map();
    counter = 0;
    const ul = el("ul");
    const li = nodeItem(root, true);
    ul.appendChild(li);
    tree.appendChild(ul);
    // open two more levels so the shape shows at once
    for (const t of tree.querySelectorAll(":scope > ul > li > ul > li > .toggle")) if (t.textContent === "▸") t.click();
  }

  // ---- icicle: area = subtree nodes; hover shows path and size; click zooms
  const icicle = document.getElementById("icicle");
  const hover = document.getElementById("icicle-hover");
  let icicleRoot = -1, typeRoot = -1;
  function drawIcicle(root) {
    icicleRoot = root;
    icicle.textContent = "";
    const W = icicle.clientWidth || 800, H = icicle.clientHeight || 520, ROW = 22, MAX_ROWS = Math.floor(H / ROW);
    const queue = [[root, 0, 0, W, data.nodes[root][NODE_LABEL]]];
    let drawn = 0;
    while (queue.length && drawn < 4000) {
      const [id, depth, x, w, path] = queue.shift();
      const n = data.nodes[id];
      const r = svg("rect", { x: x, y: depth * ROW, width: Math.max(w - 0.5, 0.5), height: ROW - 1,
        fill: n[NODE_FLAGS] & FLAG_CUT ? "#e9a0a0" : (n[NODE_FLAGS] & FLAG_CHAIN ? "#f2b45c" : ["#f6c88a", "#f0a86a", "#e88f5a", "#d9744a"][depth % 4]) });
      const title = svg("title", {});
      title.textContent = path + " — " + n[NODE_SIZE] + " nodes";
      r.appendChild(title);
      r.addEventListener("mouseenter", () => { hover.textContent = path + " — " + fmtInt(n[NODE_SIZE]) + " nodes"; });
      r.addEventListener("click", () => drawIcicle(id));
      icicle.appendChild(r);
      if (w > 40) {
        const t = svg("text", { x: x + 3, y: depth * ROW + 15 });
        const max = Math.floor((w - 6) / 6);
        t.textContent = n[NODE_LABEL].length > max ? n[NODE_LABEL].slice(0, Math.max(1, max - 1)) + "…" : n[NODE_LABEL];
        icicle.appendChild(t);
      }
      drawn++;
      if (depth + 1 >= MAX_ROWS) continue;
      const children = n[NODE_CHILDREN];
      const total = children.reduce((s, c) => s + data.nodes[c][NODE_SIZE], 0) || 1;
      let cx = x;
      const inner = w * Math.min(1, total / Math.max(n[NODE_SIZE] - 1, 1));
      for (const c of children) {
        const cw = inner * data.nodes[c][NODE_SIZE] / total;
        if (cw >= 1) queue.push([c, depth + 1, cx, cw, path + " › " + data.nodes[c][NODE_LABEL]]);
        cx += cw;
      }
    }
  }
  document.getElementById("icicle-reset").addEventListener("click", () => { if (typeRoot >= 0) drawIcicle(typeRoot); });

  function select(i) {
    selected = i;
    for (const tr of tbody.querySelectorAll("tr")) tr.classList.toggle("selected", Number(tr.getAttribute("data-index")) === i);
    const t = data.types[i];
    document.getElementById("explorer-title").textContent = "— " + (t.rules.join(", ") || "type") + " at "
      + (t.location || (t.function ? t.function + " (no source place)" : "no known place"));
    typeRoot = t.root;
    showTree(t.root);
    drawIcicle(t.root);
  }

  // ---- scatter: obligation self time against type size, log axes with decade ticks
  function fmtTick(v, unit) {
    if (unit === "ms") return v >= 1000 ? (v / 1000) + " s" : v >= 1 ? v + " ms" : (v * 1000) + " µs";
    return v >= 1e6 ? (v / 1e6) + "M" : v >= 1e3 ? (v / 1e3) + "k" : String(v);
  }
  function drawScatter() {
    const section = document.getElementById("scatter-section");
    if (!data.points.length) {
      section.querySelector("svg").remove();
      section.querySelector(".hint").textContent = "No type has obligation time: " + (data.emptyColumns.selfNanos || "the self-profile timed none of them") + ".";
      return;
    }
    const s = document.getElementById("scatter");
    const W = s.clientWidth || 800, H = s.clientHeight || 360, L = 70, R = 20, T = 16, B = 52;
    const lg = v => Math.log10(Math.max(v, 1e-9));
    const xs = data.xTicks.map(lg), ys = data.yTicks.map(lg);
    const x0 = xs[0], x1 = xs[xs.length - 1], y0 = ys[0], y1 = ys[ys.length - 1];
    const sx = v => L + (W - L - R) * (lg(v) - x0) / ((x1 - x0) || 1), sy = v => H - B - (H - T - B) * (lg(v) - y0) / ((y1 - y0) || 1);
    s.appendChild(svg("line", { x1: L, y1: H - B, x2: W - R, y2: H - B, class: "axis" }));
    s.appendChild(svg("line", { x1: L, y1: T, x2: L, y2: H - B, class: "axis" }));
    for (const v of data.xTicks) {
      const x = sx(v);
      s.appendChild(svg("line", { x1: x, y1: H - B, x2: x, y2: H - B + 5, class: "axis" }));
      const t = svg("text", { x: x, y: H - B + 18, "text-anchor": "middle" }); t.textContent = fmtTick(v, "nodes"); s.appendChild(t);
    }
    for (const v of data.yTicks) {
      const y = sy(v);
      s.appendChild(svg("line", { x1: L - 5, y1: y, x2: L, y2: y, class: "axis" }));
      const t = svg("text", { x: L - 8, y: y + 4, "text-anchor": "end" }); t.textContent = fmtTick(v, "ms"); s.appendChild(t);
    }
    const lx = svg("text", { x: L + (W - L - R) / 2, y: H - 10, "text-anchor": "middle" }); lx.textContent = "type size: tree nodes (log scale)"; s.appendChild(lx);
    const ly = svg("text", { x: 14, y: T + (H - T - B) / 2, "text-anchor": "middle", transform: "rotate(-90 14 " + (T + (H - T - B) / 2) + ")" });
    ly.textContent = "rustc self time (log scale)"; s.appendChild(ly);
    data.points.forEach(p => {
      const c = svg("circle", { cx: sx(p[0]), cy: sy(p[1] / 1e6), r: 4 });
      const title = svg("title", {});
      title.textContent = fmtNanos(p[1]) + ", " + fmtInt(p[0]) + " nodes: " + data.types[p[2]].text;
      c.appendChild(title);
      c.addEventListener("click", () => select(p[2]));
      s.appendChild(c);
    });
    document.getElementById("correlation").textContent = data.correlation;
  }

  renderTable();
  drawScatter();
  if (data.types.length) select(0);
})();
