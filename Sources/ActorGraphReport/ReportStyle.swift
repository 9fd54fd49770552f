/// The report's stylesheet.
///
/// A Swift string rather than a bundled resource file: the CLI is one binary that can be
/// copied anywhere, and `Bundle.module` on Linux looks for a resource folder beside the
/// executable that a copied binary no longer has. One literal cannot go missing.
enum ReportStyle {
    static let css = #"""
:root { --ink:#1d232b; --muted:#5b6572; --line:#d5dbe2; --bg:#f4f6f8; --panel:#ffffff; --accent:#1f6feb; --accent-soft:#e5efff; --warn:#9a3412; --focus:#ff9f1c; }
* { box-sizing:border-box; }
html { scroll-behavior:smooth; }
body { margin:0; font:14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color:var(--ink); background:var(--bg); }
:focus-visible { outline:3px solid var(--focus); outline-offset:2px; }
.visually-hidden { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); white-space:nowrap; }
.skip { position:absolute; left:-9999px; top:0; background:#fff; padding:6px 10px; z-index:20; }
.skip:focus { left:8px; top:8px; }
button, select, input { font:inherit; color:inherit; }
button { background:#fff; border:1px solid var(--line); border-radius:6px; padding:4px 10px; cursor:pointer; }
button:hover { background:var(--accent-soft); border-color:#9dbcf3; }
button[type=submit] { background:var(--accent); color:#fff; border-color:var(--accent); }
button[type=submit]:hover { background:#1857b8; }
input[type=number] { width:5em; }
input, select { border:1px solid var(--line); border-radius:6px; padding:4px 6px; background:#fff; }
.topbar { display:flex; align-items:center; gap:20px; padding:8px 16px; background:#18202b; color:#eef2f6; position:sticky; top:0; z-index:10; }
.brand h1 { font-size:17px; margin:0; font-weight:650; letter-spacing:.01em; }
.summary { margin:0; font-size:12px; color:#aab6c4; }
.search { position:relative; flex:1; max-width:560px; }
.search input { width:100%; padding:7px 12px; border-radius:8px; border:1px solid #3a4656; background:#243042; color:#fff; }
.search input::placeholder { color:#9aa8b8; }
.sections { display:flex; gap:14px; margin-left:auto; }
.sections a { color:#cfe0ff; text-decoration:none; font-size:13px; }
.sections a:hover { text-decoration:underline; }
.suggestions { position:absolute; left:0; right:0; top:100%; margin:2px 0 0; padding:4px 0; list-style:none; background:#fff; color:var(--ink); border:1px solid var(--line); border-radius:8px; box-shadow:0 8px 24px rgba(0,0,0,.18); max-height:360px; overflow:auto; z-index:30; }
.suggestions li { padding:5px 12px; cursor:pointer; display:flex; gap:8px; align-items:baseline; }
.suggestions li[aria-selected=true], .suggestions li:hover { background:var(--accent-soft); }
.suggestions .alias { color:var(--muted); font-size:12px; }
.tag { display:inline-block; font-size:11px; padding:0 6px; border-radius:9px; background:#eef1f4; color:#3c4652; border:1px solid #dde2e8; white-space:nowrap; }
.tag.hedged { background:#fff4e5; border-color:#f5c27a; color:#8a4b00; }
.tag.former { background:#f1ecff; border-color:#cbbcf5; color:#4b2f9a; }
.tag.asserted { background:#e7f7ee; border-color:#9fd8b6; color:#14613a; }
.swatch { display:inline-block; width:12px; height:12px; border-radius:3px; border:1px solid rgba(0,0,0,.25); vertical-align:-2px; }
.workspace { display:flex; height:calc(100vh - 54px); min-height:520px; }
.controls { width:300px; flex:none; overflow:auto; background:var(--panel); border-right:1px solid var(--line); padding:8px 12px 16px; }
.controls details { border-bottom:1px solid var(--line); padding:6px 0 10px; }
.controls summary { font-weight:650; cursor:pointer; padding:4px 0; }
fieldset { border:0; padding:0; margin:8px 0; }
legend { font-size:12px; color:var(--muted); font-weight:600; text-transform:uppercase; letter-spacing:.04em; margin-bottom:3px; }
.checks { display:grid; grid-template-columns:1fr; gap:1px; }
.checks label, label.inline { display:flex; gap:6px; align-items:center; font-size:13px; padding:1px 2px; border-radius:4px; }
.checks label:hover { background:#f1f4f7; }
.checks .count { margin-left:auto; color:var(--muted); font-size:12px; font-variant-numeric:tabular-nums; }
.row { display:flex; flex-wrap:wrap; gap:8px; align-items:center; margin:6px 0; }
.row label { font-size:13px; }
.status { color:var(--muted); font-size:12px; margin:6px 0; }
.picker { position:relative; margin:6px 0; }
.picker label { display:block; font-size:12px; color:var(--muted); font-weight:600; }
.picker input { width:100%; }
.chips { list-style:none; padding:0; margin:4px 0 0; display:flex; flex-wrap:wrap; gap:4px; }
.chips li { background:#eef1f4; border-radius:12px; padding:1px 4px 1px 9px; font-size:12px; }
.chips button { border:0; background:none; padding:0 4px; }
.hops { padding-left:20px; margin:8px 0; }
.hops li { margin-bottom:10px; }
.hop { font-weight:600; }
.quote { margin:3px 0; padding-left:8px; border-left:3px solid var(--line); color:#2f3944; }
.stage { flex:1; position:relative; min-width:0; background:#fff; }
.canvas { width:100%; height:100%; overflow:hidden; cursor:grab; touch-action:none; }
.canvas.dragging { cursor:grabbing; }
.canvas svg { width:100%; height:100%; display:block; user-select:none; }
.zoom { position:absolute; right:12px; top:12px; z-index:5; display:flex; gap:4px; background:rgba(255,255,255,.92); padding:4px; border-radius:8px; box-shadow:0 2px 8px rgba(0,0,0,.15); }
.zoom button { min-width:34px; }
svg g.actor, svg g.relation { cursor:pointer; }
svg g.actor:focus { outline:none; }
svg g.actor:focus-visible > polygon, svg g.actor:focus-visible > ellipse, svg g.actor:focus-visible > path { stroke:var(--focus); stroke-width:4px; }
svg .filtered-out { display:none; }
svg.dimmed g.actor:not(.lit), svg.dimmed g.relation:not(.lit) { opacity:.12; }
svg.routing g.actor:not(.on-route), svg.routing g.relation:not(.on-route) { opacity:.12; }
svg g.actor.chosen > polygon, svg g.actor.chosen > ellipse, svg g.actor.chosen > path { stroke:#ff5a1f; stroke-width:4px; }
svg g.relation.chosen path { stroke-width:4px; }
svg g.on-route > polygon, svg g.on-route > ellipse, svg g.on-route > path { stroke-width:3px; }
.panel { width:420px; flex:none; overflow:auto; background:var(--panel); border-left:1px solid var(--line); padding:12px 16px 24px; position:relative; }
.panel .close { position:absolute; right:10px; top:8px; font-size:18px; line-height:1; padding:2px 8px; }
.panel h2 { font-size:18px; margin:4px 36px 2px 0; }
.panel h3 { font-size:13px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); margin:16px 0 6px; border-bottom:1px solid var(--line); padding-bottom:2px; }
.panel .facts { display:grid; grid-template-columns:auto 1fr; gap:2px 12px; font-size:13px; margin:8px 0; }
.panel .facts dt { color:var(--muted); }
.panel .facts dd { margin:0; }
.relation-card { border:1px solid var(--line); border-radius:8px; padding:8px 10px; margin:8px 0; }
.relation-card .head { display:flex; flex-wrap:wrap; gap:6px; align-items:center; }
.linkish { background:none; border:0; padding:0; color:var(--accent); cursor:pointer; text-align:left; font-weight:600; }
.linkish:hover { text-decoration:underline; background:none; }
.evidence-list { list-style:none; padding:0; margin:6px 0 0; }
.evidence-list li { padding:6px 0; border-top:1px dashed #e3e7ec; }
.evidence-list li.cited { background:#fff8d6; }
.cite { font-size:12px; color:var(--muted); display:flex; flex-wrap:wrap; gap:4px 10px; margin-top:2px; }
.cite a { color:var(--accent); }
.num { font-variant-numeric:tabular-nums; color:var(--muted); font-size:12px; text-decoration:none; }
/* Off-screen sections are not laid out until scrolled to: on a 2,000-actor graph the tables
   and 20,000 cited sentences took the browser 15 s of layout after the page was ready. */
.table-section, .appendix { content-visibility:auto; contain-intrinsic-size:auto 600px; }
.appendix .entry { content-visibility:auto; contain-intrinsic-size:auto 90px; }
.table-section { background:var(--panel); margin:16px; border:1px solid var(--line); border-radius:10px; padding:8px 14px 12px; }
.table-head { display:flex; gap:12px; align-items:center; }
.table-head h2 { font-size:16px; margin:6px 0; }
.table-head button { margin-left:auto; }
.table-wrap { max-height:480px; overflow:auto; border-top:1px solid var(--line); }
table { border-collapse:collapse; width:100%; font-size:13px; }
th { position:sticky; top:0; background:#f7f9fb; text-align:left; border-bottom:1px solid var(--line); padding:0; }
th button { width:100%; text-align:left; border:0; border-radius:0; background:none; padding:6px 8px; font-weight:650; }
th[aria-sort=ascending] button::after { content:" \25B2"; font-size:10px; }
th[aria-sort=descending] button::after { content:" \25BC"; font-size:10px; }
td { padding:4px 8px; border-bottom:1px solid #eef1f4; }
td.n { text-align:right; font-variant-numeric:tabular-nums; }
tr.hidden, .appendix .hidden { display:none; }
.appendix { margin:16px; padding:8px 16px; background:var(--panel); border:1px solid var(--line); border-radius:10px; }
.appendix h2 { font-size:16px; }
.appendix .note { color:var(--muted); font-size:12px; }
.appendix h3 { font-size:14px; margin:14px 0 4px; }
.appendix ol { margin:0; padding-left:3.2em; }
.appendix li { margin:3px 0; }
.appendix li:target, .evidence-list li:target { background:#fff3b0; }
@media (max-width: 1100px) { .controls { width:250px; } .panel { width:340px; } }
@media print {
  @page { margin:14mm; }
  body { background:#fff; font-size:10.5pt; }
  .topbar .search, .sections, .controls, .zoom, .panel, .skip, .table-section, .table-head button { display:none !important; }
  .topbar { position:static; background:#fff; color:#000; padding:0 0 6px; }
  .summary { color:#333; }
  .workspace { display:block; height:auto; min-height:0; }
  .stage { page-break-after:always; break-after:page; }
  .canvas { height:auto; overflow:visible; }
  .canvas svg { width:100%; height:auto; max-height:240mm; }
  svg.dimmed g, svg.routing g { opacity:1 !important; }
  .appendix { border:0; margin:0; padding:0; content-visibility:visible; }
  .appendix .entry { content-visibility:visible; }
  .appendix h3 { break-after:avoid; }
  .appendix li { break-inside:avoid; }
  .appendix a { color:#000; }
}
"""#
}
