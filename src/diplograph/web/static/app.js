// The diplograph explorer: relations graph, dyad timelines, events with their evidence,
// actor pages and search, on the JSON API of `diplograph serve`. No libraries, no network.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const QUADS = ["verbal_coop", "material_coop", "verbal_conflict", "material_conflict"];
const QUAD_NAMES = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];
const panel = document.getElementById("panel");

function el(tag, attrs = {}, ...children) {
  const node = tag.startsWith("svg:") ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (key === "onclick") node.addEventListener("click", value);
    else if (value !== null && value !== undefined) node.setAttribute(key, value);
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

async function api(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== "" && value !== null && value !== undefined && value !== "0") query.append(key, value);
  }
  const response = await fetch(`/api/${path}${query.toString() ? "?" + query : ""}`);
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || body.detail || response.statusText);
  return body;
}

function show(...children) {
  panel.replaceChildren(...children.flat(2));
  panel.scrollTop = 0;
}

function failed(error) {
  show(el("p", { class: "error" }, error.message));
}

function goldsteinColour(g) {
  const t = Math.max(-1, Math.min(1, (g || 0) / 10));
  const grey = [150, 150, 150], red = [198, 40, 40], blue = [21, 101, 192];
  const end = t < 0 ? red : blue, k = Math.abs(t);
  const mix = grey.map((c, i) => Math.round(c + (end[i] - c) * k));
  return `rgb(${mix.join(",")})`;
}

function filters() {
  const form = new FormData(document.getElementById("filters"));
  return Object.fromEntries([...form.entries()]);
}

// -- the relations graph ------------------------------------------------------------------
function layout(nodes, edges, width, height) {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / nodes.length;
    n.x = width / 2 + (width / 3) * Math.cos(angle);
    n.y = height / 2 + (height / 3) * Math.sin(angle);
  });
  const links = edges.map((e) => [index.get(e.source), index.get(e.target)]);
  const ideal = Math.sqrt((width * height) / Math.max(nodes.length, 1)) * 0.7;
  for (let step = 0; step < 220; step++) {
    const heat = 1 - step / 220;
    const force = nodes.map(() => [0, 0]);
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
        const d2 = Math.max(dx * dx + dy * dy, 1), push = (ideal * ideal) / d2;
        force[i][0] += dx * push * 0.05; force[i][1] += dy * push * 0.05;
        force[j][0] -= dx * push * 0.05; force[j][1] -= dy * push * 0.05;
      }
    }
    for (const [a, b] of links) {
      const dx = nodes[a].x - nodes[b].x, dy = nodes[a].y - nodes[b].y;
      const d = Math.sqrt(dx * dx + dy * dy) || 1, pull = (d - ideal) / d * 0.08;
      force[a][0] -= dx * pull; force[a][1] -= dy * pull;
      force[b][0] += dx * pull; force[b][1] += dy * pull;
    }
    nodes.forEach((n, i) => {
      force[i][0] += (width / 2 - n.x) * 0.01; force[i][1] += (height / 2 - n.y) * 0.01;
      const len = Math.hypot(force[i][0], force[i][1]) || 1, cap = 30 * heat + 1;
      n.x += (force[i][0] / len) * Math.min(len, cap);
      n.y += (force[i][1] / len) * Math.min(len, cap);
      n.x = Math.max(30, Math.min(width - 30, n.x)); n.y = Math.max(20, Math.min(height - 20, n.y));
    });
  }
}

function drawGraph(graph) {
  const svg = document.getElementById("graph");
  const width = svg.clientWidth || 800, height = svg.clientHeight || 600;
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const nodes = graph.nodes.map((n) => ({ ...n }));
  layout(nodes, graph.edges, width, height);
  const at = new Map(nodes.map((n) => [n.id, n]));
  const maxCount = Math.max(1, ...graph.edges.map((e) => e.count));
  const layer = el("svg:g");
  // Thick edges first, thin ones on top, so that every edge keeps a place to be clicked.
  for (const edge of [...graph.edges].sort((x, y) => y.count - x.count)) {
    const s = at.get(edge.source), t = at.get(edge.target);
    const mx = (s.x + t.x) / 2 + (t.y - s.y) * 0.15, my = (s.y + t.y) / 2 - (t.x - s.x) * 0.15;
    const d = `M${s.x},${s.y} Q${mx},${my} ${t.x},${t.y}`;
    const title = `${edge.source} → ${edge.target}: ${edge.count} events, mean Goldstein ${edge.mean_goldstein}`;
    layer.append(el("svg:g", { class: "edge", "data-source": edge.source, "data-target": edge.target,
      onclick: () => openDyad(edge.source, edge.target) },
      el("svg:title", {}, title),
      el("svg:path", { class: "hit", d }),
      el("svg:path", { class: "line", d, stroke: goldsteinColour(edge.mean_goldstein),
        "stroke-width": 1 + 7 * Math.sqrt(edge.count / maxCount) })));
  }
  const maxEvents = Math.max(1, ...nodes.map((n) => n.events));
  for (const node of nodes) {
    layer.append(el("svg:g", { class: "node", "data-actor": node.id, onclick: () => openActor(node.id) },
      el("svg:title", {}, `${node.name}: ${node.events} events`),
      el("svg:circle", { cx: node.x, cy: node.y, r: 6 + 18 * Math.sqrt(node.events / maxEvents) }),
      el("svg:text", { x: node.x, y: node.y + 4 }, node.id)));
  }
  svg.replaceChildren(layer);
}

async function loadGraph() {
  const started = performance.now();
  document.body.dataset.graph = "loading";
  try {
    drawGraph(await api("graph", filters()));
    window.diplographGraphMs = performance.now() - started;
    window.diplographReadyAt = performance.now();
    document.body.dataset.graph = "ready";
  } catch (error) {
    document.body.dataset.graph = "error";
    failed(error);
  }
}

// -- a dyad ---------------------------------------------------------------------------------
function monthsBetween(first, last) {
  const out = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}-01`);
    m += 1; if (m > 12) { m = 1; y += 1; }
  }
  return out;
}

function timelineChart(rows) {
  const seen = [...new Set(rows.map((r) => r.period))].sort();
  const periods = seen.length ? monthsBetween(seen[0], seen[seen.length - 1]) : [];
  const totals = periods.map((p) => {
    const here = rows.filter((r) => r.period === p);
    const counts = QUADS.map((q) => here.reduce((sum, r) => sum + r[q], 0));
    const events = here.reduce((sum, r) => sum + r.events, 0);
    const mean = here.reduce((sum, r) => sum + r.mean_goldstein * r.events, 0) / Math.max(events, 1);
    return { period: p, counts, mean };
  });
  const width = 560, height = 190, pad = 28, maxTotal = Math.max(1, ...totals.map((t) => t.counts.reduce((a, b) => a + b, 0)));
  const barWidth = Math.max(3, (width - 2 * pad) / Math.max(periods.length, 1) - 2);
  const svg = el("svg:svg", { class: "timeline", viewBox: `0 0 ${width} ${height}`, role: "img",
    "aria-label": "Dyad timeline" });
  totals.forEach((t, i) => {
    let y = height - pad;
    const x = pad + i * (barWidth + 2);
    t.counts.forEach((count, q) => {
      const h = ((height - 2 * pad) * count) / maxTotal;
      y -= h;
      if (count) svg.append(el("svg:rect", { class: `q${q + 1}`, x, y, width: barWidth, height: h },
        el("svg:title", {}, `${t.period}: ${count} ${QUAD_NAMES[q]}`)));
    });
  });
  const line = totals.map((t, i) => [i, t]).filter(([, t]) => t.counts.some((c) => c))
    .map(([i, t]) => `${pad + i * (barWidth + 2) + barWidth / 2},${height / 2 - (t.mean / 10) * (height / 2 - pad)}`);
  if (line.length > 1) svg.append(el("svg:polyline", { points: line.join(" "), fill: "none", stroke: "#333", "stroke-width": 1.5 }));
  svg.append(el("svg:text", { x: pad, y: 14, "font-size": 11 }, "events by quad class; line: mean Goldstein"));
  if (periods.length) {
    svg.append(el("svg:text", { x: pad, y: height - 8, "font-size": 10 }, periods[0]));
    svg.append(el("svg:text", { x: width - pad, y: height - 8, "font-size": 10, "text-anchor": "end" }, periods[periods.length - 1]));
  }
  return svg;
}

function eventsTable(events) {
  return el("table", { class: "events" },
    el("tr", {}, el("th", {}, "date"), el("th", {}, "event"), el("th", {}, "mentions"), el("th", {}, "evidence")),
    events.map((e) => el("tr", { class: "clickable", "data-cluster": e.cluster_id, onclick: () => openEvent(e.cluster_id) },
      el("td", {}, e.date || "—"), el("td", {}, `${e.source} ${e.cameo} ${e.target}`, el("div", { class: "muted" }, e.name)),
      el("td", {}, e.mentions), el("td", {}, e.evidence))));
}

async function openDyad(a, b) {
  try {
    const dyad = await api("dyad", { a, b, by: "month", since: filters().since, until: filters().until });
    show(el("h2", {}, `${dyad.a} ↔ ${dyad.b}`),
      el("p", { class: "muted" }, "Monthly events in both directions, by quad class."),
      timelineChart(dyad.timeline),
      el("h3", {}, `${dyad.events.length} events`), eventsTable(dyad.events));
    document.body.dataset.view = "dyad";
  } catch (error) { failed(error); }
}

// -- one event with its evidence ---------------------------------------------------------
function markedText(text, evidence, actors) {
  const cuts = new Set([0, text.length, evidence[0], evidence[1]]);
  for (const a of actors) { cuts.add(a.start); cuts.add(a.end); }
  const points = [...cuts].filter((c) => c >= 0 && c <= text.length).sort((x, y) => x - y);
  const out = el("div", { class: "text" });
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i], points[i + 1]];
    let piece = document.createTextNode(text.slice(start, end));
    const actor = actors.find((a) => a.start <= start && end <= a.end);
    if (actor) piece = el("span", { class: "actor-mention", title: actor.actor }, piece);
    if (evidence[0] <= start && end <= evidence[1]) piece = el("mark", { class: "evidence" }, piece);
    out.append(piece);
  }
  return out;
}

async function openEvent(clusterId) {
  try {
    const c = await api(`clusters/${clusterId}`);
    show(el("h2", {}, `${c.source_key} ${c.cameo} ${c.target_key}`),
      el("p", {}, `${c.name} · ${c.modality} · ${c.date || "undated"} · ${c.num_mentions} mentions in ${c.num_articles} articles from ${c.num_sources} sources`),
      c.mentions.map((m) => el("div", { class: "article" },
        el("h3", {}, m.url ? el("a", { href: m.url, target: "_blank", rel: "noopener" }, m.title || m.url) : (m.title || m.article_id)),
        el("p", { class: "muted" }, `${m.outlet || ""} ${m.published || ""} · ${m.source_name} → ${m.target_name}`),
        el("p", { class: "evidence-sentence" }, el("mark", { class: "evidence" }, m.evidence_text)),
        markedText(m.text, [m.evidence_start, m.evidence_end], m.actors))));
    for (const box of panel.querySelectorAll(".text")) {
      const mark = box.querySelector("mark.evidence");
      if (mark) box.scrollTop = Math.max(0, mark.offsetTop - box.offsetTop - 40);
    }
    document.body.dataset.view = "event";
  } catch (error) { failed(error); }
}

// -- an actor -------------------------------------------------------------------------------
async function openActor(key) {
  try {
    const a = await api(`actors/${encodeURIComponent(key)}`);
    show(el("h2", {}, `${a.name} (${a.actor})`),
      el("h3", {}, "Partners"),
      el("table", {}, el("tr", {}, el("th", {}, "actor"), el("th", {}, "events"), el("th", {}, "mean Goldstein")),
        a.partners.map((p) => el("tr", { class: "clickable", onclick: () => openDyad(a.actor, p.actor) },
          el("td", {}, p.actor), el("td", {}, p.events), el("td", {}, p.mean_goldstein)))),
      el("h3", {}, "Most aligned"),
      el("table", {}, a.aligned.map((x) => el("tr", {}, el("td", {}, x.actor), el("td", {}, `S = ${x.score}`),
        el("td", { class: "muted" }, `${x.third_parties} third parties`)))),
      el("h3", {}, "Timeline"),
      el("table", {}, a.timeline.map((t) => el("tr", {}, el("td", {}, t.month), el("td", {}, `${t.events} events`),
        el("td", {}, `mean Goldstein ${t.mean_goldstein}`)))),
      el("h3", {}, `Quotes (${a.quotes.length})`),
      a.quotes.map((q) => el("blockquote", {}, `“${q.text}”`, el("div", { class: "muted" }, `${q.speaker || ""}, ${q.date || ""}`))));
    document.body.dataset.view = "actor";
  } catch (error) { failed(error); }
}

// -- search ---------------------------------------------------------------------------------
async function runSearch(q) {
  try {
    const found = await api("search", { q });
    show(el("h2", {}, `Search: ${q}`),
      el("h3", {}, "Actors"),
      found.actors.map((a) => el("p", {}, el("a", { class: "link", onclick: () => openActor(a.actor) }, `${a.name} (${a.actor})`))),
      el("h3", {}, "Articles"),
      found.articles.map((a) => el("div", { class: "article" },
        el("strong", {}, a.title || a.article_id), el("div", { class: "muted" }, `${a.outlet || ""} ${a.published || ""}`),
        el("p", {}, a.snippet))));
    document.body.dataset.view = "search";
  } catch (error) { failed(error); }
}

// -- wiring ---------------------------------------------------------------------------------
function setup() {
  const roots = document.querySelector("#filters select[name=root]");
  for (let r = 1; r <= 20; r++) roots.append(el("option", { value: String(r).padStart(2, "0") }, String(r).padStart(2, "0")));
  document.getElementById("filters").addEventListener("submit", (event) => { event.preventDefault(); loadGraph(); });
  document.getElementById("search").addEventListener("submit", (event) => {
    event.preventDefault();
    const q = document.getElementById("q").value.trim();
    if (q.length >= 2) runSearch(q);
  });
  document.getElementById("pair").addEventListener("submit", (event) => {
    event.preventDefault();
    const form = new FormData(event.target);
    if (form.get("a") && form.get("b")) openDyad(form.get("a"), form.get("b"));
  });
  loadGraph();
}

setup();
