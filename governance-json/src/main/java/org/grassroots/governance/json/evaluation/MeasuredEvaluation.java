package org.grassroots.governance.json.evaluation;

import static java.util.Objects.requireNonNull;

import java.io.InvalidObjectException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.grassroots.governance.evaluation.AreaHierarchy;
import org.grassroots.governance.evaluation.Evaluation;
import org.grassroots.governance.evaluation.IndicatorSystem;
import org.grassroots.governance.evaluation.Measurements;
import org.grassroots.governance.evaluation.RollUp;
import org.grassroots.governance.id.DivisionCode;
import org.jspecify.annotations.Nullable;

/**
 * An evaluation with the measurements it was computed from (考核数据与结果): the data of an {@code
 * evaluation} document. The system and the measurements travel with the scores, so the document
 * is self-contained: a reader recomputes the scores with {@link Evaluation#of} instead of
 * trusting them. Made only by computing, so the scores always belong to the measurements.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * MeasuredEvaluation e = MeasuredEvaluation.of(DefaultIndicatorSystems.communityStandard(),
 *     measurements, communities);
 * json.write(out, Envelope.of(EvaluationDocuments.EVALUATION, OffsetDateTime.now(), e));
 * Evaluation read = json.read(in, EvaluationDocuments.EVALUATION).data().evaluation();
 * }</pre>
 */
public final class MeasuredEvaluation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Measurements measurements;
  private final Evaluation evaluation;

  private MeasuredEvaluation(Measurements measurements, Evaluation evaluation) {
    this.measurements = measurements;
    this.evaluation = evaluation;
  }

  /**
   * Scores the given communities; see {@link Evaluation#of(IndicatorSystem, Measurements,
   * Iterable)}.
   *
   * @param system the indicator system
   * @param measurements the measured values (missing ones score nothing)
   * @param communities the communities to score; duplicates are scored once
   * @return the measurements and the evaluation
   */
  public static MeasuredEvaluation of(
      IndicatorSystem system, Measurements measurements, Iterable<DivisionCode> communities) {
    requireNonNull(measurements, "measurements");
    return new MeasuredEvaluation(measurements, Evaluation.of(system, measurements, communities));
  }

  /**
   * Scores every community that has a measured value.
   *
   * @param system the indicator system
   * @param measurements the measured values
   * @return the measurements and the evaluation
   */
  public static MeasuredEvaluation of(IndicatorSystem system, Measurements measurements) {
    return of(system, measurements, requireNonNull(measurements, "measurements").communities());
  }

  /**
   * The measurements.
   *
   * @return the measurements
   */
  public Measurements measurements() {
    return measurements;
  }

  /**
   * The evaluation: the system and the score of each community.
   *
   * @return the evaluation
   */
  public Evaluation evaluation() {
    return evaluation;
  }

  /**
   * The scores rolled up the division-code hierarchy with equal weights ({@link
   * RollUp#of(Evaluation, AreaHierarchy)} with {@link AreaHierarchy#byCodePrefix()}): every
   * street, district, city and province above a scored community, with the mean of their
   * communities' totals. The {@code evaluation} document carries it as derived data; roll up
   * with other weights (households, residents) through {@link RollUp} directly.
   *
   * @return the roll-up
   */
  public RollUp rollUp() {
    return RollUp.of(evaluation(), AreaHierarchy.byCodePrefix());
  }

  /** Java deserialisation recomputes the scores, so they always belong to the measurements. */
  private Object readResolve() throws InvalidObjectException {
    if (measurements == null || evaluation == null) {
      throw new InvalidObjectException("a MeasuredEvaluation needs measurements and an evaluation");
    }
    List<DivisionCode> communities = new ArrayList<>();
    evaluation.scores().forEach(s -> communities.add(s.community()));
    MeasuredEvaluation again = of(evaluation.system(), measurements, communities);
    if (!again.equals(this)) {
      throw new InvalidObjectException("the scores are not those of the measurements");
    }
    return again;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MeasuredEvaluation other
        && other.measurements.equals(measurements)
        && other.evaluation.equals(evaluation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(measurements, evaluation);
  }

  @Override
  public String toString() {
    return "MeasuredEvaluation{" + evaluation.system().name() + ", " + measurements + ", "
        + evaluation.scores().size() + " communities}";
  }
}
