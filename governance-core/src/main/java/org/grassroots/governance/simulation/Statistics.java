package org.grassroots.governance.simulation;

import static java.util.Objects.requireNonNull;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/**
 * Summary statistics of one measure across runs (统计摘要): count, mean, standard deviation,
 * median, 5th and 95th percentiles, and a 95% confidence interval of the mean (normal
 * approximation, {@code mean ± 1.96·sd/√n}).
 *
 * <p>Percentiles are linear interpolations between order statistics (type 7, as R and NumPy).
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Statistics s = Statistics.of(new double[] {0.91, 0.93, 0.95});
 * s.mean();   // 0.93
 * s.median(); // 0.93
 * }</pre>
 */
public final class Statistics implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int count;
  private final double mean;
  private final double standardDeviation;
  private final double median;
  private final double p5;
  private final double p95;

  private Statistics(int count, double mean, double sd, double median, double p5, double p95) {
    this.count = count;
    this.mean = mean;
    this.standardDeviation = sd;
    this.median = median;
    this.p5 = p5;
    this.p95 = p95;
  }

  /**
   * The statistics of some observations.
   *
   * @param values the observations (not changed); may be empty, when every statistic is NaN
   * @return the statistics
   */
  public static Statistics of(double[] values) {
    requireNonNull(values, "values");
    int n = values.length;
    if (n == 0) {
      return new Statistics(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double sum = 0;
    for (double v : sorted) {
      sum += v;
    }
    double mean = sum / n;
    double squares = 0;
    for (double v : sorted) {
      squares += (v - mean) * (v - mean);
    }
    double sd = n > 1 ? Math.sqrt(squares / (n - 1)) : 0;
    return new Statistics(n, mean, sd, quantile(sorted, 0.5), quantile(sorted, 0.05), quantile(sorted, 0.95));
  }

  /** Type-7 quantile of sorted values. */
  static double quantile(double[] sorted, double q) {
    double h = (sorted.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, sorted.length - 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }

  /**
   * The number of observations.
   *
   * @return the count
   */
  public int count() {
    return count;
  }

  /**
   * The arithmetic mean.
   *
   * @return the mean, NaN when empty
   */
  public double mean() {
    return mean;
  }

  /**
   * The sample standard deviation (n − 1).
   *
   * @return the standard deviation, 0 for one observation
   */
  public double standardDeviation() {
    return standardDeviation;
  }

  /**
   * The median.
   *
   * @return the 50th percentile
   */
  public double median() {
    return median;
  }

  /**
   * The 5th percentile.
   *
   * @return the 5th percentile
   */
  public double p5() {
    return p5;
  }

  /**
   * The 95th percentile.
   *
   * @return the 95th percentile
   */
  public double p95() {
    return p95;
  }

  /**
   * The lower end of the 95% confidence interval of the mean.
   *
   * @return {@code mean − 1.96·sd/√n}
   */
  public double ciLow() {
    return count == 0 ? Double.NaN : mean - 1.96 * standardDeviation / Math.sqrt(count);
  }

  /**
   * The upper end of the 95% confidence interval of the mean.
   *
   * @return {@code mean + 1.96·sd/√n}
   */
  public double ciHigh() {
    return count == 0 ? Double.NaN : mean + 1.96 * standardDeviation / Math.sqrt(count);
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "n=%d mean=%.4f [%.4f, %.4f] median=%.4f p5=%.4f p95=%.4f",
        count, mean, ciLow(), ciHigh(), median, p5, p95);
  }
}
