/* Draws the book's charts in the page, from their Vega-Lite specs (issue 24).

   Each figure is a <div class="vega-chart"> holding the static chart (an <img> of its SVG,
   what a reader without JavaScript, and a printer, sees) and the chart's spec in a
   <script type="application/json">. This script loads the Vega bundle that sits beside it
   (vega.js, written by the artefact step from vl-convert; nothing comes from another site),
   draws every chart as SVG at the width of its column, with tooltips and the controls the
   spec binds, and only then hides the static image. When anything fails the static image
   stays. It holds no reader-facing words: every word comes from the spec (the catalogs).

   The spec's usermeta.kurultai says:
     notes      the lines of the chart's note, shown as text under the live chart (the
                static chart draws them inside its SVG);
     narrow     the container width (px) under which the parameter "narrow" is set true
                (the spec then wraps labels, thins ticks, stacks legends);
   and usermeta.embedOptions the number and date formats of the edition's language.

   window.kurultaiCharts.views maps each figure's label to its Vega view (the browser
   tests read the drawn marks from it); window.kurultaiCharts.ready resolves once every
   chart on the page has been drawn (or has failed). */
(function () {
  "use strict";
  if (window.kurultaiCharts) return;
  var script = document.currentScript;
  var done;
  var state = (window.kurultaiCharts = {
    views: {},
    failed: {},
    ready: new Promise(function (resolve) {
      done = function () {
        // When every chart was drawn, in ms since the page began to load (the benchmark).
        state.drawnAt = performance.now();
        resolve();
      };
    }),
  });
  var NARROW_DEFAULT = 560;

  var STYLE = [
    ".vega-chart.is-live > img.figure-img { display: none; }",
    ".vega-chart .vega-live { width: 100%; }",
    ".vega-chart .vega-live .vega-embed { display: block; width: 100%; }",
    ".vega-chart .vega-live svg { max-width: none; }",
    ".vega-chart .vega-bindings { display: flex; flex-wrap: wrap; gap: 0.25rem 1.5rem;",
    "  margin: 0.5rem 0 0; font-size: 0.95rem; }",
    ".vega-chart .vega-bind label { display: flex; flex-wrap: wrap; align-items: center;",
    "  gap: 0.5rem; }",
    ".vega-chart .vega-bind input[type=range] { width: 10rem; max-width: 60vw; }",
    ".vega-chart .vega-bind select { font-size: 0.95rem; }",
    ".vega-chart .chart-notes { font-size: 0.85rem; color: #444; margin: 0.5rem 0 0; }",
    ".vega-chart .chart-notes p { margin: 0 0 0.25rem; }",
    "#vg-tooltip-element { font-family: inherit; font-size: 13px; max-width: 20rem; }",
    "#vg-tooltip-element td.key { padding-right: 0.5rem; }",
    "@media print {",
    "  .vega-chart.is-live > img.figure-img { display: block; }",
    "  .vega-chart.is-live > .vega-live, .vega-chart .chart-notes { display: none; }",
    "}",
  ].join("\n");

  function addStyle() {
    var style = document.createElement("style");
    style.id = "kurultai-charts-style";
    style.textContent = STYLE;
    document.head.appendChild(style);
  }

  function loadBundle() {
    return new Promise(function (resolve, reject) {
      if (window.vegaEmbed) return resolve();
      var tag = document.createElement("script");
      tag.src = new URL("vega.js", script.src).href;
      tag.onload = function () { resolve(); };
      tag.onerror = function () { reject(new Error("the Vega bundle did not load")); };
      document.head.appendChild(tag);
    });
  }

  function isConcat(spec) {
    return "hconcat" in spec || "vconcat" in spec || "concat" in spec;
  }

  // The spec as drawn at `width` px: the narrow layout under the spec's threshold, the
  // whole chart fitted to the width (a single or layered view; a concatenation sets each
  // part's width and is corrected after the first drawing, see draw()).
  function prepare(spec, width, shrink, padding) {
    var out = JSON.parse(JSON.stringify(spec));
    var meta = (out.usermeta && out.usermeta.kurultai) || {};
    var narrow = width < (meta.narrow || NARROW_DEFAULT);
    (out.params || []).forEach(function (p) {
      if (p.name === "narrow") p.value = narrow;
    });
    if (padding) out.padding = padding;
    if (isConcat(out)) {
      var parts = out.vconcat || out.hconcat || out.concat;
      parts.forEach(function (part) {
        if (typeof part.width === "number") part.width = Math.max(80, part.width - shrink);
      });
    } else {
      out.width = width;
      out.autosize = { type: "fit-x", contains: "padding", resize: false };
    }
    return out;
  }

  function notes(box, lines) {
    if (!lines || !lines.length) return;
    // One paragraph: the static chart breaks its note into lines where its width needs it,
    // mid-sentence; as text the note wraps at any width.
    var holder = document.createElement("div");
    holder.className = "chart-notes";
    var p = document.createElement("p");
    p.textContent = lines.join(" ");
    holder.appendChild(p);
    box.appendChild(holder);
  }

  // What of the drawing in `host` lies outside its SVG (px per side), and how much
  // narrower a concatenation's parts must be to fit `width`; null when all fits.
  function overflow(host, width) {
    var svg = host.querySelector("svg");
    if (!svg) return null;
    var box = svg.getBBox();
    var w = parseFloat(svg.getAttribute("width")) || 0;
    var h = parseFloat(svg.getAttribute("height")) || 0;
    var pad = {
      left: Math.max(0, Math.ceil(-box.x)),
      top: Math.max(0, Math.ceil(-box.y)),
      right: Math.max(0, Math.ceil(box.x + box.width - w)),
      bottom: Math.max(0, Math.ceil(box.y + box.height - h)),
    };
    var wide = Math.max(0, Math.ceil(w - width));
    if (!pad.left && !pad.top && !pad.right && !pad.bottom && !wide) return null;
    // Twice what is too wide or sticks out: a centred title or label moves back by only
    // half of what the plot gives up.
    return { wide: wide, shrink: 2 * (wide + pad.left + pad.right), padding: pad };
  }

  async function draw(box) {
    var label = box.getAttribute("data-label");
    var source = box.querySelector('script[type="application/json"]');
    var img = box.querySelector("img.figure-img");
    var spec = JSON.parse(source.textContent);
    var meta = (spec.usermeta && spec.usermeta.kurultai) || {};
    var host = document.createElement("div");
    host.className = "vega-live";
    box.insertBefore(host, img ? img.nextSibling : box.firstChild);
    var width = Math.floor(box.getBoundingClientRect().width);
    var options = { renderer: "svg", actions: false };
    try {
      var result = await window.vegaEmbed(host, prepare(spec, width, 0, null), options);
      // Vega sizes a chart by its axes, legends and titles, not by text marks that reach
      // past the plot (labels beside dots): what sticks out of the drawing on any side is
      // added to the padding, and a concatenation's parts are narrowed by what is too
      // wide; then the chart is drawn once more.
      var shrink = 0;
      var padding = null;
      for (var pass = 0; pass < 6; pass++) {
        var fix = overflow(host, width);
        if (!fix) break;
        // A single view too wide for the column (its axes, legend or titles cannot fit):
        // padding cannot help; the static image stays.
        if (fix.wide && !isConcat(spec)) throw new Error("wider than its column");
        if (pass === 5) throw new Error("does not fit its column");
        shrink += fix.shrink;
        padding = padding || { left: 5, top: 5, right: 5, bottom: 5 };
        // Twice what sticks out: a centred title moves back by half of what the plot loses.
        ["left", "top", "right", "bottom"].forEach(function (side) {
          padding[side] += 2 * fix.padding[side];
        });
        result.finalize();
        result = await window.vegaEmbed(host, prepare(spec, width, shrink, padding), options);
      }
      state.views[label] = result.view;
      var svg = host.querySelector("svg");
      if (svg && spec.description) svg.setAttribute("aria-label", spec.description);
      notes(box, meta.notes);
      box.classList.add("is-live");
      // What only makes sense beside the live chart (the note on its controls) shows now.
      var scope = box.closest(".quarto-float") || box;
      scope.querySelectorAll(".chart-live-only").forEach(function (el) { el.hidden = false; });
    } catch (err) {
      state.failed[label] = String(err);
      host.remove();
      console.warn("chart " + label + " stays static: " + err);
    }
  }

  function start() {
    var boxes = Array.prototype.slice.call(document.querySelectorAll(".vega-chart"));
    if (!boxes.length) return done();
    addStyle();
    loadBundle().then(
      function () {
        return Promise.all(boxes.map(draw));
      },
      function (err) {
        console.warn("charts stay static: " + err);
      }
    ).then(done, done);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
