/**
 * The council's report of a {@code harness run}: one self-contained HTML file (overview, side-by-side charts,
 * strata, precision-recall curves, trends from the history, drill-down, provenance), the overview as Markdown
 * and CSV, and MultiQC custom-content files.
 *
 * <p>Inputs are a committed run folder ({@code run.json} and each submission's compare outputs) and, optionally,
 * the results history. Everything that comes from a submission is treated as untrusted text and escaped for the
 * output format. Same inputs give byte-identical outputs. Charts are drawn with JFreeChart and rendered to SVG
 * with JFreeSVG on the JVM, then inlined: the HTML needs no network and no script to show them.
 */
package dk.harness.council;
