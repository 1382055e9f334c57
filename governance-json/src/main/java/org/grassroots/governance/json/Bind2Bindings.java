package org.grassroots.governance.json;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.google.common.collect.ImmutableMap;
import org.grassroots.governance.agreement.DualReporting;
import org.grassroots.governance.agreement.Fulfilment;
import org.grassroots.governance.agreement.MemberReport;
import org.grassroots.governance.agreement.MemberSummary;
import org.grassroots.governance.agreement.PostClaim;
import org.grassroots.governance.agreement.ServiceRecord;
import org.grassroots.governance.agreement.UnitReport;
import org.grassroots.governance.agreement.UnitSummary;
import org.grassroots.governance.deliberation.DeliberationBodies;
import org.grassroots.governance.deliberation.Refusal;
import org.grassroots.governance.deliberation.StepResult;
import org.grassroots.governance.deliberation.VoteCount;
import org.grassroots.governance.evaluation.AreaScore;
import org.grassroots.governance.evaluation.RankedScore;
import org.grassroots.governance.evaluation.RollUp;
import org.grassroots.governance.matching.Coverage;
import org.grassroots.governance.matching.MatchingMetrics;
import org.grassroots.governance.simulation.RunRecord;

/**
 * The registrations of {@link GovernanceModule} for the dual-reporting register and its
 * summaries, fulfilments, deliberation bodies and step results, evaluation rankings and
 * roll-ups, and simulation run records with their matching metrics: their mix-ins, and the form
 * deserializers of the types built through a builder.
 */
final class Bind2Bindings {
  /** Value type to mix-in. */
  static final ImmutableMap<Class<?>, Class<?>> MIX_INS =
      ImmutableMap.<Class<?>, Class<?>>builder()
          .put(UnitReport.class, UnitReportMixIn.class)
          .put(PostClaim.class, PostClaimMixIn.class)
          .put(ServiceRecord.class, ServiceRecordMixIn.class)
          .put(MemberReport.class, MemberReportMixIn.class)
          .put(DualReporting.class, DualReportingMixIn.class)
          .put(MemberSummary.class, MemberSummaryMixIn.class)
          .put(UnitSummary.class, UnitSummaryMixIn.class)
          .put(Fulfilment.class, FulfilmentMixIn.class)
          .put(DeliberationBodies.class, DeliberationBodiesMixIn.class)
          .put(VoteCount.class, VoteCountMixIn.class)
          .put(Refusal.class, RefusalMixIn.class)
          .put(StepResult.class, StepResultMixIn.class)
          .put(RankedScore.class, RankedScoreMixIn.class)
          .put(AreaScore.class, AreaScoreMixIn.class)
          .put(RollUp.class, RollUpMixIn.class)
          .put(RunRecord.class, RunRecordMixIn.class)
          .buildOrThrow();

  private Bind2Bindings() {}

  /** Adds the form deserializers. */
  static void register(SimpleDeserializers d) {
    d.addDeserializer(ServiceRecord.class, new FormDeserializer<>(ServiceRecord.class,
        ServiceRecordForm.class, ServiceRecordForm::toValue));
    d.addDeserializer(MemberReport.class, new FormDeserializer<>(MemberReport.class,
        MemberReportForm.class, MemberReportForm::toValue));
    d.addDeserializer(DualReporting.class, new FormDeserializer<>(DualReporting.class,
        DualReportingForm.class, DualReportingForm::toValue));
    d.addDeserializer(DeliberationBodies.class, new FormDeserializer<>(DeliberationBodies.class,
        DeliberationBodiesForm.class, DeliberationBodiesForm::toValue));
    d.addDeserializer(VoteCount.class, new FormDeserializer<>(VoteCount.class,
        VoteCountForm.class, VoteCountForm::toValue));
    d.addDeserializer(Refusal.class, new FormDeserializer<>(Refusal.class, RefusalForm.class,
        RefusalForm::toValue));
    d.addDeserializer(StepResult.class, new FormDeserializer<>(StepResult.class,
        StepResultForm.class, StepResultForm::toValue));
    d.addDeserializer(Coverage.class, new FormDeserializer<>(Coverage.class, CoverageForm.class,
        CoverageForm::toValue));
    d.addDeserializer(MatchingMetrics.class, new FormDeserializer<>(MatchingMetrics.class,
        MatchingMetricsForm.class, MatchingMetricsForm::toValue));
  }
}
