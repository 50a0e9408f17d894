package dk.harness.council;

/**
 * The report's style sheet. System fonts only (nothing is downloaded); verdicts differ in symbol, word, border
 * style and lightness, so they read in black and white; print keeps the cell shading and drops the navigation.
 */
final class HtmlStyle {
  private HtmlStyle() {
  }

  static final String CSS = String.join("\n",
      ":root { --ink: #1b1b1b; --muted: #555; --line: #d4d4d4; --head: #f1f1f1; }",
      "* { box-sizing: border-box; }",
      "html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }",
      "body { font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', 'Liberation Sans', Arial, "
          + "sans-serif; color: var(--ink); margin: 0 auto; max-width: 1440px; padding: 0 20px 40px; "
          + "line-height: 1.4; font-size: 15px; }",
      "header { padding: 18px 0 8px; border-bottom: 3px solid var(--ink); }",
      "h1 { font-size: 26px; margin: 0 0 4px; }",
      "h2 { font-size: 21px; margin: 34px 0 6px; padding-bottom: 4px; border-bottom: 1px solid var(--line); }",
      "h3 { font-size: 17px; margin: 22px 0 8px; }",
      "h4 { font-size: 15px; margin: 14px 0 6px; }",
      ".sub { color: var(--muted); margin: 0 0 10px; }",
      ".glance p { margin: 4px 0; }",
      ".glance .counts { font-size: 17px; }",
      ".spread-line { font-weight: 600; }",
      "nav { position: sticky; top: 0; background: #fff; border-bottom: 1px solid var(--line); padding: 8px 0; "
          + "z-index: 2; display: flex; flex-wrap: wrap; gap: 4px 18px; }",
      "nav a { color: var(--ink); text-decoration: none; font-weight: 600; }",
      "nav a:hover, nav a:focus { text-decoration: underline; }",
      ".lead { max-width: 980px; color: #333; }",
      ".note { color: var(--muted); font-size: 13px; }",
      ".scroll { overflow-x: auto; }",
      "table { border-collapse: collapse; font-size: 13.5px; margin: 8px 0 14px; }",
      "th, td { border: 1px solid var(--line); padding: 4px 7px; vertical-align: top; }",
      "table.overview { font-size: 13px; }",
      "table.overview th, table.overview td { padding: 3px 5px; }",
      "thead th { background: var(--head); text-align: center; }",
      "tbody th { text-align: left; background: #fafafa; }",
      "th.group { border-bottom: 2px solid var(--ink); }",
      "th[data-sort] { cursor: pointer; white-space: nowrap; }",
      "th[data-sort].wrap { white-space: normal; }",
      "th[data-sort]:hover, th[data-sort]:focus { background: #e2e2e2; outline: 2px solid #777; }",
      "th[aria-sort=ascending]::after { content: ' \\25B2'; }",
      "th[aria-sort=descending]::after { content: ' \\25BC'; }",
      ".num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }",
      ".ci { display: block; font-size: 10.5px; opacity: 0.85; }",
      ".none { color: var(--muted); text-align: center; }",
      "td.delta { white-space: nowrap; }",
      "td.delta.none { font-size: 12px; }",
      "tfoot tr.median th, tfoot tr.median td { border-top: 2px solid var(--ink); font-weight: 600; "
          + "background: #fafafa; }",
      ".badge { display: inline-block; padding: 1px 8px; border-radius: 3px; font-weight: 700; font-size: 13px; "
          + "white-space: nowrap; }",
      ".b-pass { background: #fff; color: #1d5a6b; border: 2px solid #1d5a6b; }",
      ".b-warn { background: #e1cc55; color: #000; border: 2px dashed #000; }",
      ".b-fail { background: #00224e; color: #fff; border: 2px solid #00224e; }",
      ".b-error { background: #fff; color: #000; border: 2px dotted #000; }",
      ".count { font-weight: 700; margin-right: 10px; }",
      ".verdict-cell { white-space: nowrap; }",
      ".reason-link { display: block; font-size: 12px; color: var(--ink); }",
      ".reasons details { margin: 3px 0; font-size: 13.5px; }",
      ".reasons summary { font-weight: 400; }",
      ".reasons .who-key { font-weight: 700; }",
      ".reasons .more { color: var(--muted); }",
      ".reasons ul { margin: 4px 0 8px; padding-left: 36px; }",
      ".scale { display: flex; flex-wrap: wrap; align-items: center; gap: 4px; font-size: 12px; margin: 6px 0; }",
      ".scale .swatch { padding: 2px 8px; border: 1px solid #999; font-variant-numeric: tabular-nums; }",
      ".scale-title { color: var(--muted); margin: 0 6px; }",
      ".grid3 { display: grid; grid-template-columns: repeat(auto-fill, minmax(400px, 1fr)); gap: 12px; }",
      ".grid2 { display: grid; grid-template-columns: repeat(auto-fill, minmax(560px, 1fr)); gap: 12px; }",
      "figure.chart-box { margin: 0; border: 1px solid var(--line); padding: 6px; break-inside: avoid; }",
      "figure.chart-box svg { width: 100%; height: auto; display: block; }",
      "figcaption { font-size: 12.5px; color: #333; margin-top: 4px; }",
      "table.plain td.who, span.who { color: var(--muted); }",
      ".warn-note { display: block; font-size: 11.5px; font-weight: 600; }",
      "td.unstable { font-style: italic; background-image: repeating-linear-gradient(135deg, transparent 0 6px, "
          + "rgba(0,0,0,0.10) 6px 8px); }",
      ".mono { font-family: ui-monospace, 'DejaVu Sans Mono', 'Liberation Mono', Consolas, monospace; "
          + "font-size: 12.5px; }",
      "td.sha { word-break: break-all; }",
      "table.groups td.mono, tbody th { white-space: nowrap; }",
      "td.pipe { max-width: 130px; }",
      "td.alleles div { white-space: nowrap; }",
      "ul.why, ul.timings, ul.header-lines { margin: 0; padding-left: 16px; }",
      "ul.header-lines { font-size: 11.5px; color: var(--muted); word-break: break-all; }",
      "article.unit { border-top: 1px solid var(--line); margin-top: 14px; }",
      ".side { display: flex; flex-wrap: wrap; gap: 16px; align-items: flex-start; }",
      "table.kv th { width: 260px; }",
      "pre { background: #f6f6f6; border: 1px solid var(--line); padding: 8px; overflow-x: auto; font-size: 12px; }",
      "details { margin: 6px 0; }",
      "summary { cursor: pointer; font-weight: 600; }",
      "footer { margin-top: 30px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted); "
          + "font-size: 12.5px; }",
      "@media print {",
      "  nav { display: none; }",
      "  body { max-width: none; padding: 0; font-size: 11pt; }",
      "  .scroll { overflow: visible; }",
      "  h2 { break-before: page; }",
      "  #overview h2 { break-before: avoid; }",
      "  tr, figure { break-inside: avoid; }",
      "}",
      "");
}
