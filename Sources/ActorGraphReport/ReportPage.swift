/// The page around the drawing and the data: static structure only. Every list (filters,
/// tables, the evidence appendix) is built by ``ReportScript`` from the embedded JSON, so
/// text from articles is written in exactly one way (`textContent`).
enum ReportPage {
    static func html(title: String, svg: String, json: String) -> String {
        let title = escape(title)
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
        <meta name="generator" content="actorgraph report">
        <title>\(title)</title>
        <style>
        \(ReportStyle.css)
        </style>
        </head>
        <body>
        <a class="skip" href="#search">Skip to search</a>
        <header class="topbar">
          <div class="brand"><h1>\(title)</h1><p id="summary" class="summary"></p></div>
          <div class="search" role="search">
            <label for="search" class="visually-hidden">Find an actor by any name or alias</label>
            <input id="search" type="search" autocomplete="off" spellcheck="false" placeholder="Find an actor (any name or alias)…" role="combobox" aria-expanded="false" aria-controls="search-list" aria-autocomplete="list">
            <ul id="search-list" class="suggestions" role="listbox" hidden></ul>
          </div>
          <nav class="sections" aria-label="Sections">
            <a href="#diagram-section">Diagram</a><a href="#actors-section">Actors</a><a href="#relations-section">Relations</a><a href="#evidence-section">Evidence</a>
          </nav>
        </header>
        <div class="workspace">
          <aside class="controls" aria-label="Filters and path finder">
            <details open id="filters"><summary>Filters</summary>
              <fieldset><legend>Relation types</legend><div id="filter-relation-types" class="checks"></div></fieldset>
              <fieldset><legend>Actor types</legend><div id="filter-actor-types" class="checks"></div></fieldset>
              <fieldset class="row"><legend>Evidence dated</legend>
                <label>from <input id="filter-since" type="date"></label>
                <label>to <input id="filter-until" type="date"></label>
              </fieldset>
              <fieldset class="row"><legend>Evidence</legend>
                <label>hedged <select id="filter-hedged"><option value="show">shown</option><option value="hide">hidden</option></select></label>
                <label>at least <input id="filter-min-evidence" type="number" min="1" value="1" inputmode="numeric"> sentences</label>
              </fieldset>
              <p id="filter-status" class="status" role="status"></p>
              <button type="button" id="filter-reset">Reset filters</button>
            </details>
            <details open id="pathfinder"><summary>Path finder</summary>
              <form id="path-form" autocomplete="off">
                <div class="picker"><label for="path-from">From</label><input id="path-from" role="combobox" aria-expanded="false" aria-controls="path-from-list" aria-autocomplete="list" spellcheck="false"><ul id="path-from-list" class="suggestions" role="listbox" hidden></ul></div>
                <div class="picker"><label for="path-to">To</label><input id="path-to" role="combobox" aria-expanded="false" aria-controls="path-to-list" aria-autocomplete="list" spellcheck="false"><ul id="path-to-list" class="suggestions" role="listbox" hidden></ul></div>
                <div class="picker"><label for="path-avoid">Avoid</label><input id="path-avoid" role="combobox" aria-expanded="false" aria-controls="path-avoid-list" aria-autocomplete="list" spellcheck="false" placeholder="add an actor to route around"><ul id="path-avoid-list" class="suggestions" role="listbox" hidden></ul><ul id="path-avoid-chips" class="chips" aria-label="Avoided actors"></ul></div>
                <fieldset><legend>Follow relation types</legend><div id="path-types" class="checks"></div></fieldset>
                <label class="inline"><input id="path-directed" type="checkbox"> directed (source to target only)</label>
                <div class="row"><label>paths <input id="path-count" type="number" min="1" max="10" value="1"></label><label>max hops <input id="path-max-hops" type="number" min="1" max="100" placeholder="any"></label></div>
                <div class="row"><button type="submit" id="path-find">Find path</button><button type="button" id="path-clear">Clear</button></div>
              </form>
              <div id="path-result" class="path-result" aria-live="polite"></div>
            </details>
          </aside>
          <main id="diagram-section" class="stage" aria-label="Diagram">
            <div class="zoom" role="toolbar" aria-label="Zoom">
              <button type="button" id="zoom-in" aria-label="Zoom in" title="Zoom in (+)">+</button>
              <button type="button" id="zoom-out" aria-label="Zoom out" title="Zoom out (-)">&#8722;</button>
              <button type="button" id="zoom-fit" title="Fit the whole diagram (0)">Fit</button>
              <button type="button" id="clear-selection" title="Clear the selection (Esc)">Clear</button>
            </div>
            <div id="canvas" class="canvas" tabindex="0" aria-label="Diagram: drag or use arrow keys to pan, + and - to zoom, 0 to fit">
        \(svg)
            </div>
          </main>
          <aside id="panel" class="panel" aria-label="Details" tabindex="-1" hidden>
            <button type="button" id="panel-close" class="close" aria-label="Close details">&#215;</button>
            <div id="panel-body"></div>
          </aside>
        </div>
        <section id="actors-section" class="table-section" aria-labelledby="actors-heading">
          <div class="table-head"><h2 id="actors-heading">Actors</h2><span id="actors-count" class="status"></span><button type="button" id="actors-csv">Download CSV</button></div>
          <div class="table-wrap"><table id="actors-table"><thead></thead><tbody></tbody></table></div>
        </section>
        <section id="relations-section" class="table-section" aria-labelledby="relations-heading">
          <div class="table-head"><h2 id="relations-heading">Relations</h2><span id="relations-count" class="status"></span><button type="button" id="relations-csv">Download CSV</button></div>
          <div class="table-wrap"><table id="relations-table"><thead></thead><tbody></tbody></table></div>
        </section>
        <section id="evidence-section" class="appendix" aria-labelledby="evidence-heading">
          <h2 id="evidence-heading">Relations and their evidence</h2>
          <p class="note">Each sentence has a stable number: link to it as <code>#evidence-N</code>.</p>
          <div id="appendix"></div>
        </section>
        <script type="application/json" id="report-data">\(json)</script>
        <script>
        \(ReportScript.javaScript)
        </script>
        </body>
        </html>

        """
    }

    /// Text for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
