package org.grassroots.governance.json;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.google.common.collect.ImmutableMap;
import org.grassroots.governance.deliberation.Meeting;
import org.grassroots.governance.deliberation.Publication;
import org.grassroots.governance.deliberation.SendBack;
import org.grassroots.governance.deliberation.Withdrawal;
import org.grassroots.governance.evaluation.CommunityScore;
import org.grassroots.governance.evaluation.Evaluation;
import org.grassroots.governance.evaluation.IndicatorScore;
import org.grassroots.governance.evaluation.Scorecard;

/**
 * The registrations of {@link GovernanceModule} that read on their own the values documents
 * otherwise carry inside another: evaluation scores (their derived sums checked, an evaluation's
 * scores checked against its system) and each kind of matter event (its {@code type} must name
 * that kind).
 */
final class DerivedValueBindings {
  /** Value type to mix-in (the score types' write mix-ins are in the module's own table). */
  static final ImmutableMap<Class<?>, Class<?>> MIX_INS =
      ImmutableMap.<Class<?>, Class<?>>of(Evaluation.class, EvaluationMixIn.class);

  private DerivedValueBindings() {}

  /** Adds the form deserializers. */
  static void register(SimpleDeserializers d) {
    d.addDeserializer(IndicatorScore.class, new FormDeserializer<>(IndicatorScore.class,
        IndicatorScoreForm.class, IndicatorScoreForm::toValue));
    d.addDeserializer(Scorecard.class, new FormDeserializer<>(Scorecard.class,
        ScorecardForm.class, ScorecardForm::toValue));
    d.addDeserializer(CommunityScore.class, new FormDeserializer<>(CommunityScore.class,
        CommunityScoreForm.class, CommunityScoreForm::toValue));
    d.addDeserializer(Evaluation.class, new FormDeserializer<>(Evaluation.class,
        EvaluationForm.class, EvaluationForm::toValue));
    d.addDeserializer(Meeting.class, new FormDeserializer<>(Meeting.class, MatterEventForm.class,
        f -> f.toValueOf(MatterEventForm.Type.MEETING, Meeting.class)));
    d.addDeserializer(Publication.class, new FormDeserializer<>(Publication.class,
        MatterEventForm.class, f -> f.toValueOf(MatterEventForm.Type.PUBLICATION, Publication.class)));
    d.addDeserializer(Withdrawal.class, new FormDeserializer<>(Withdrawal.class,
        MatterEventForm.class, f -> f.toValueOf(MatterEventForm.Type.WITHDRAWAL, Withdrawal.class)));
    d.addDeserializer(SendBack.class, new FormDeserializer<>(SendBack.class,
        MatterEventForm.class, f -> f.toValueOf(MatterEventForm.Type.SEND_BACK, SendBack.class)));
  }
}
