package org.grassroots.governance.json.evaluation;

import org.grassroots.governance.evaluation.IndicatorSystem;
import org.grassroots.governance.evaluation.Measurements;
import org.grassroots.governance.json.DocumentKind;

/**
 * The document kinds of evaluation (考核): an indicator system (考核指标体系), measurements of
 * communities (考核数据), and an evaluation (考核结果: system, measurements and the scores, which a
 * reader recomputes and compares). Reading goes through the public builders and factories, so
 * every check runs; scoring rules are told apart by a closed {@code type} name ({@code LINEAR},
 * {@code AT_LEAST}, {@code AT_MOST}, {@code BANDED}), never a Java type.
 *
 * <pre>{@code
 * IndicatorSystem s = json.read(bytes, EvaluationDocuments.SYSTEM).data();
 * MeasuredEvaluation e = MeasuredEvaluation.of(s, measurements);
 * byte[] doc = json.toBytes(Envelope.of(EvaluationDocuments.EVALUATION, OffsetDateTime.now(), e));
 * }</pre>
 */
public final class EvaluationDocuments {
  /** The document kind {@code indicator-system}; schema {@code indicator-system.schema.json}. */
  public static final DocumentKind<IndicatorSystem> SYSTEM =
      DocumentKind.of("indicator-system", IndicatorSystem.class);

  /**
   * The document kind {@code measurements}: {@code {measure: {community: value}}}; schema {@code
   * measurements.schema.json}.
   */
  public static final DocumentKind<Measurements> MEASUREMENTS =
      DocumentKind.of("measurements", Measurements.class);

  /**
   * The document kind {@code evaluation}; schema {@code evaluation.schema.json}: the system, the
   * measurements, the communities scored, and their scores (derived data, recomputed and compared
   * on read).
   */
  public static final DocumentKind<MeasuredEvaluation> EVALUATION =
      DocumentKind.of("evaluation", MeasuredEvaluation.class);

  private EvaluationDocuments() {}
}
