package org.grassroots.governance.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.matching.Coverage;
import org.grassroots.governance.matching.Demand;
import org.grassroots.governance.matching.MatchingAlgorithm;
import org.grassroots.governance.matching.ServiceCategory;
import org.grassroots.governance.matching.Unmatched;
import org.grassroots.governance.simulation.GeneratedScenario;
import org.grassroots.governance.simulation.Measure;
import org.grassroots.governance.simulation.RunRecord;
import org.grassroots.governance.simulation.RunSummary;
import org.grassroots.governance.simulation.Scenario;
import org.grassroots.governance.simulation.ScenarioGenerator;
import org.grassroots.governance.simulation.Statistics;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.jspecify.annotations.Nullable;
import org.knowm.xchart.style.Styler;

/** What {@code simulate} writes: the CSV files, the charts and the HTML report. */
final class SimulationReport {
  static final List<String> CHARTS = List.of("coverage-by-algorithm.png", "fill-rate-by-category.png",
      "unmet-demand-by-grid.png", "matching-time-by-size.png");
  static final String VERSION = "grassroots-governance 0.1.0-SNAPSHOT";
  private static final int[] UNMET_BINS = {0, 1, 2, 3, 5, 10};

  private final Scenario scenario;
  private final int runs;
  private final List<String> algorithms;
  /** The real district the runs are generated on, or {@code null} for the synthetic layout. */
  private final @Nullable RealDistrict real;
  /** algorithm → category → {served, demanded}, summed over runs of the first policy. */
  private final Map<String, Map<ServiceCategory, long[]>> categoryTotals = new LinkedHashMap<>();
  /** algorithm → number of grids per unmet-quantity bin, in the sample run. */
  private final Map<String, int[]> unmetByGrid = new LinkedHashMap<>();
  /** algorithm → (demands, milliseconds) per size. */
  private final Map<String, List<double[]>> timing = new LinkedHashMap<>();
  private int sampleGrids;
  private String firstPolicy = "";

  SimulationReport(Scenario scenario, int runs, List<String> algorithms, @Nullable RealDistrict real) {
    this.scenario = scenario;
    this.runs = runs;
    this.algorithms = algorithms;
    this.real = real;
    for (String a : algorithms) {
      categoryTotals.put(a, new EnumMap<>(ServiceCategory.class));
    }
  }

  String headline() {
    String h = String.format(Locale.ROOT, "%s — scenario '%s', %d runs, seed %d", VERSION,
        scenario.name(), runs, scenario.seed());
    RealDistrict r = real;
    return r == null ? h : h + ", " + r.describe();
  }

  /** On a real layout, what scenario.json does not carry and how to rerun; otherwise empty. */
  String note() {
    RealDistrict r = real;
    return r == null ? "" : r.rerunNote();
  }

  private String comment() {
    String note = note();
    return "# " + headline() + "; parameters: " + scenario.parameters()
        + (note.isEmpty() ? "" : "; " + note);
  }

  void writeRunsHeader(PrintWriter csv) {
    csv.println(comment());
    StringBuilder header = new StringBuilder("scenario,run,seed,policy,algorithm,demands,resources");
    for (Measure m : Measure.values()) {
      header.append(',').append(m.name().toLowerCase(Locale.ROOT));
    }
    csv.println(header);
  }

  void add(RunRecord r, PrintWriter csv) {
    if (firstPolicy.isEmpty()) {
      firstPolicy = r.policy();
    }
    StringBuilder row = new StringBuilder();
    row.append(r.scenario()).append(',').append(r.run()).append(',').append(r.seed()).append(',')
        .append(r.policy()).append(',').append(r.algorithm()).append(',').append(r.demands())
        .append(',').append(r.resources());
    for (Measure m : Measure.values()) {
      row.append(',').append(format(m.of(r)));
    }
    csv.println(row);
    Map<ServiceCategory, long[]> totals = categoryTotals.get(r.algorithm());
    if (totals != null && r.policy().equals(firstPolicy)) {
      for (Map.Entry<ServiceCategory, Coverage> e : r.metrics().byCategory().entrySet()) {
        long[] t = totals.computeIfAbsent(e.getKey(), k -> new long[2]);
        t[0] += e.getValue().served();
        t[1] += e.getValue().demanded();
      }
    }
  }

  void writeSummary(RunSummary summary, Path file) throws IOException {
    try (PrintWriter csv = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      csv.println(comment());
      csv.println("policy,algorithm,measure,n,mean,sd,ci_low,ci_high,median,p5,p95");
      for (String p : summary.policies()) {
        for (String a : summary.algorithms()) {
          for (Measure m : Measure.values()) {
            Statistics s = summary.statistics(p, a, m);
            csv.println(String.join(",", p, a, m.name().toLowerCase(Locale.ROOT), Integer.toString(s.count()),
                format(s.mean()), format(s.standardDeviation()), format(s.ciLow()), format(s.ciHigh()),
                format(s.median()), format(s.p5()), format(s.p95())));
          }
        }
      }
    }
  }

  /**
   * Solves the first replication again to see where unmet demand falls, grid by grid.
   *
   * @param g the first replication, generated on the runs' layout
   */
  void sampleRun(Map<String, MatchingAlgorithm> chosen, GeneratedScenario g) {
    sampleGrids = g.grids().size();
    Map<DemandId, NodeCode> gridOf = new HashMap<>();
    for (Demand d : g.problem().demands()) {
      gridOf.put(d.id(), NodeCode.of(d.location().building().orElseThrow().grid()));
    }
    for (Map.Entry<String, MatchingAlgorithm> e : chosen.entrySet()) {
      MatchingAlgorithm.Result result = e.getValue().solve(g.problem());
      Map<NodeCode, Integer> unmet = new HashMap<>();
      for (Unmatched u : result.unmatched()) {
        NodeCode grid = gridOf.get(u.demand());
        if (grid != null) {
          unmet.merge(grid, u.quantity(), Integer::sum);
        }
      }
      int[] bins = new int[UNMET_BINS.length];
      bins[0] = sampleGrids - unmet.size();
      for (int q : unmet.values()) {
        bins[bin(q)]++;
      }
      unmetByGrid.put(e.getKey(), bins);
    }
  }

  private static int bin(int quantity) {
    for (int i = UNMET_BINS.length - 1; i >= 0; i--) {
      if (quantity >= UNMET_BINS[i]) {
        return i;
      }
    }
    return 0;
  }

  /**
   * Times each algorithm once on scenarios of growing size (one seed; wall time): synthetic
   * districts of that many streets, or on a real layout the district's first streets.
   */
  void timeBySize(Map<String, MatchingAlgorithm> chosen, List<Integer> streetCounts, Progress progress) {
    int done = 0;
    RealDistrict r = real;
    for (int streets : streetCounts) {
      GeneratedScenario g = r == null
          ? ScenarioGenerator.generate(Scenario.of(scenario.name(),
              scenario.parameters().withStreets(streets), scenario.seed()))
          : r.generateOnFirstStreets(scenario, streets);
      for (Map.Entry<String, MatchingAlgorithm> e : chosen.entrySet()) {
        e.getValue().solve(g.problem()); // warm-up
        long start = System.nanoTime();
        e.getValue().solve(g.problem());
        double ms = (System.nanoTime() - start) / 1e6;
        timing.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
            .add(new double[] {g.problem().demands().size(), ms});
      }
      progress.update(++done);
    }
    progress.finish();
  }

  void writeCharts(RunSummary summary, Path dir) throws IOException {
    System.setProperty("java.awt.headless", "true");
    String policy = summary.policies().get(0);

    CategoryChart coverage = new CategoryChartBuilder().width(800).height(500)
        .title("Coverage by algorithm (" + runs + " runs, 95% CI)").xAxisTitle("algorithm")
        .yAxisTitle("share of demanded quantity served").build();
    List<Double> means = new ArrayList<>();
    List<Double> errors = new ArrayList<>();
    List<Double> weighted = new ArrayList<>();
    for (String a : summary.algorithms()) {
      Statistics s = summary.statistics(policy, a, Measure.COVERAGE);
      means.add(s.mean());
      errors.add(s.ciHigh() - s.mean());
      weighted.add(summary.statistics(policy, a, Measure.WEIGHTED_COVERAGE).mean());
    }
    coverage.addSeries("coverage", summary.algorithms(), means, errors);
    coverage.addSeries("priority-weighted coverage", summary.algorithms(), weighted);
    coverage.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setLegendPosition(Styler.LegendPosition.OutsideS);
    save(coverage, dir, CHARTS.get(0));

    CategoryChart fill = new CategoryChartBuilder().width(1300).height(500)
        .title("Fill rate per category").xAxisTitle("category").yAxisTitle("served / demanded").build();
    List<String> categories = new ArrayList<>();
    for (ServiceCategory c : ServiceCategory.values()) {
      categories.add(c.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    for (String a : algorithms) {
      List<Double> rates = new ArrayList<>();
      for (ServiceCategory c : ServiceCategory.values()) {
        long[] t = categoryTotals.getOrDefault(a, Map.of()).get(c);
        rates.add(t == null || t[1] == 0 ? 0.0 : (double) t[0] / t[1]);
      }
      fill.addSeries(a, categories, rates);
    }
    fill.getStyler().setYAxisMin(0.0).setYAxisMax(1.0).setXAxisLabelRotation(45);
    save(fill, dir, CHARTS.get(1));

    CategoryChart unmet = new CategoryChartBuilder().width(800).height(500)
        .title("Unmet demand across the " + sampleGrids + " grids (first run)")
        .xAxisTitle("unmet quantity in the grid").yAxisTitle("grids").build();
    List<String> binLabels = List.of("0", "1", "2", "3-4", "5-9", "10+");
    for (Map.Entry<String, int[]> e : unmetByGrid.entrySet()) {
      List<Integer> counts = new ArrayList<>();
      for (int c : e.getValue()) {
        counts.add(c);
      }
      unmet.addSeries(e.getKey(), binLabels, counts);
    }
    save(unmet, dir, CHARTS.get(2));

    XYChart time = new XYChartBuilder().width(800).height(500)
        .title(real == null ? "Matching time by scenario size"
            : "Matching time by scenario size (the district's first real streets)")
        .xAxisTitle("demands").yAxisTitle("milliseconds (one solve)").build();
    for (Map.Entry<String, List<double[]>> e : timing.entrySet()) {
      double[] x = e.getValue().stream().mapToDouble(p -> p[0]).toArray();
      double[] y = e.getValue().stream().mapToDouble(p -> Math.max(p[1], 0.01)).toArray();
      time.addSeries(e.getKey(), x, y);
    }
    time.getStyler().setYAxisLogarithmic(true).setLegendPosition(Styler.LegendPosition.InsideNW);
    save(time, dir, CHARTS.get(3));
  }

  private static void save(org.knowm.xchart.internal.chartpart.Chart<?, ?> chart, Path dir, String file)
      throws IOException {
    String name = file.substring(0, file.length() - ".png".length());
    BitmapEncoder.saveBitmap(chart, dir.resolve(name).toString(), BitmapEncoder.BitmapFormat.PNG);
  }

  void writeHtml(RunSummary summary, Path file) throws IOException {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(escape(headline())).append("</title>\n<style>body{font-family:sans-serif;max-width:1100px;margin:2em auto}"
            + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}"
            + "th:first-child,td:first-child{text-align:left}img{max-width:100%}</style></head><body>\n");
    html.append("<h1>Demand-resource matching: simulation report (供需对接仿真报告)</h1>\n<p>")
        .append(escape(headline())).append("</p>\n");
    if (!note().isEmpty()) {
      html.append("<p><strong>Real layout.</strong> ").append(escape(note())).append(".</p>\n");
    }
    html.append("<p><small>").append(escape(scenario.parameters().toString()))
        .append("</small></p>\n");
    for (String p : summary.policies()) {
      html.append("<h2>Summary, policy '").append(escape(p)).append("' (mean [95% CI])</h2>\n<table><tr><th>algorithm</th>");
      List<Measure> shown = List.of(Measure.COVERAGE, Measure.WEIGHTED_COVERAGE, Measure.TOTAL_COST,
          Measure.COMMUNITY_COVERAGE_MIN, Measure.GRID_COVERAGE_GINI, Measure.RESOURCE_UTILISATION,
          Measure.BLOCKING_PAIRS, Measure.WALL_MILLIS);
      for (Measure m : shown) {
        html.append("<th>").append(m.name().toLowerCase(Locale.ROOT).replace('_', ' ')).append("</th>");
      }
      html.append("</tr>\n");
      for (String a : summary.algorithms()) {
        html.append("<tr><td>").append(escape(a)).append("</td>");
        for (Measure m : shown) {
          Statistics s = summary.statistics(p, a, m);
          html.append(String.format(Locale.ROOT, "<td>%.4g<br><small>[%.4g, %.4g]</small></td>", s.mean(), s.ciLow(), s.ciHigh()));
        }
        html.append("</tr>\n");
      }
      html.append("</table>\n");
    }
    for (String chart : CHARTS) {
      html.append("<h2>").append(escape(chart.replace(".png", "").replace('-', ' '))).append("</h2>\n<img src=\"")
          .append(chart).append("\" alt=\"").append(escape(chart)).append("\">\n");
    }
    html.append("<p>Files: <a href=\"runs.csv\">runs.csv</a>, <a href=\"summary.csv\">summary.csv</a>.</p>\n</body></html>\n");
    Files.writeString(file, html, StandardCharsets.UTF_8);
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private static String format(double v) {
    return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.6g", v);
  }
}
