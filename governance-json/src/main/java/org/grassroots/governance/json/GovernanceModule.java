package org.grassroots.governance.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleKeyDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.datatype.guava.GuavaModule;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.google.common.collect.ImmutableMap;
import java.util.List;
import java.util.Map;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.grassroots.governance.structure.AccessEntry;
import org.grassroots.governance.structure.AccessList;
import org.grassroots.governance.structure.ChairRotation;
import org.grassroots.governance.structure.ChairTerm;
import org.grassroots.governance.structure.CommunityGovernance;
import org.grassroots.governance.structure.Duty;
import org.grassroots.governance.structure.Membership;
import org.grassroots.governance.structure.Organization;
import org.grassroots.governance.structure.Person;
import org.grassroots.governance.structure.ResponsibilityList;

/**
 * The Jackson 2 module (Jackson 模块) of grassroots-governance: identifiers as JSON strings read
 * through their {@code parse} factories, value types bound through their public factories (so
 * every invariant is checked on every read), personal data masked on write unless the write opts
 * in with {@link WriteOptions#revealPersonalData()}.
 *
 * <p>It depends on the JDK 8 ({@code Optional}), Java time and Guava modules, which Jackson
 * registers first. It is listed in {@code META-INF/services}, so
 * {@code new ObjectMapper().findAndRegisterModules()} finds it. The module only registers;
 * reading limits, strictness and the document envelope are {@link GovernanceJson}'s job.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new GovernanceModule());
 * DivisionCode c = mapper.readValue("\"110101001001\"", DivisionCode.class);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GovernanceModule extends Module {
  /** The module's name. */
  public static final String NAME = "GovernanceModule";

  private static final Version VERSION =
      new Version(0, 1, 0, "SNAPSHOT", "org.grassroots.governance", "governance-json");

  /** Value type to mix-in; one entry per value type of the model. */
  private static final ImmutableMap<Class<?>, Class<?>> MIX_INS =
      ImmutableMap.<Class<?>, Class<?>>builder()
          .put(OrganizationRecord.class, OrganizationRecordMixIn.class)
          .put(Organization.class, OrganizationMixIn.class)
          .put(Person.class, PersonMixIn.class)
          .put(Membership.class, MembershipMixIn.class)
          .put(ChairTerm.class, ChairTermMixIn.class)
          .put(ChairRotation.class, ChairRotationMixIn.class)
          .put(Duty.class, DutyMixIn.class)
          .put(ResponsibilityList.class, ResponsibilityListMixIn.class)
          .put(AccessEntry.class, AccessEntryMixIn.class)
          .put(AccessList.class, AccessListMixIn.class)
          .put(CommunityGovernance.class, CommunityGovernanceMixIn.class)
          .put(org.grassroots.governance.agreement.AgreementParty.class, AgreementPartyMixIn.class)
          .put(org.grassroots.governance.agreement.Commitment.class, CommitmentMixIn.class)
          .put(org.grassroots.governance.agreement.ListEntry.class, ListEntryMixIn.class)
          .put(org.grassroots.governance.agreement.AgreementContent.class, AgreementContentMixIn.class)
          .put(org.grassroots.governance.agreement.AgreementVersion.class, AgreementVersionMixIn.class)
          .put(org.grassroots.governance.agreement.Delivery.class, DeliveryMixIn.class)
          .put(org.grassroots.governance.agreement.ObligationEvent.class, ObligationEventMixIn.class)
          .put(org.grassroots.governance.agreement.Ledger.class, LedgerMixIn.class)
          .put(org.grassroots.governance.agreement.Term.class, TermMixIn.class)
          .put(org.grassroots.governance.agreement.Obligation.class, ObligationMixIn.class)
          .put(org.grassroots.governance.agreement.Quantity.class, QuantityMixIn.class)
          .put(org.grassroots.governance.agreement.CoBuildingAgreement.class, CoBuildingAgreementMixIn.class)
          .put(org.grassroots.governance.matching.TimeWindow.class, TimeWindowMixIn.class)
          .put(org.grassroots.governance.matching.Demand.class, DemandMixIn.class)
          .put(org.grassroots.governance.matching.Provider.class, ProviderMixIn.class)
          .put(org.grassroots.governance.matching.ServiceArea.class, ServiceAreaMixIn.class)
          .put(org.grassroots.governance.matching.Resource.class, ResourceMixIn.class)
          .put(org.grassroots.governance.matching.MatchingPolicy.class, MatchingPolicyMixIn.class)
          .put(org.grassroots.governance.matching.MatchingProblem.class, MatchingProblemMixIn.class)
          .put(org.grassroots.governance.matching.Allocation.class, AllocationMixIn.class)
          .put(org.grassroots.governance.matching.Unmatched.class, UnmatchedMixIn.class)
          .put(org.grassroots.governance.matching.Coverage.class, CoverageMixIn.class)
          .put(org.grassroots.governance.matching.MatchingMetrics.class, MatchingMetricsMixIn.class)
          .put(org.grassroots.governance.simulation.IntRange.class, IntRangeMixIn.class)
          .put(org.grassroots.governance.simulation.ScenarioParameters.class,
              ScenarioParametersMixIn.class)
          .put(org.grassroots.governance.simulation.Scenario.class, ScenarioMixIn.class)
          .put(org.grassroots.governance.deliberation.Tally.class, TallyMixIn.class)
          .put(org.grassroots.governance.deliberation.Threshold.class, ThresholdMixIn.class)
          .put(org.grassroots.governance.deliberation.VotingRule.class, VotingRuleMixIn.class)
          .put(org.grassroots.governance.deliberation.Body.class, BodyMixIn.class)
          .put(org.grassroots.governance.deliberation.Matter.class, MatterMixIn.class)
          .put(org.grassroots.governance.evaluation.Band.class, BandMixIn.class)
          .put(org.grassroots.governance.evaluation.Indicator.class, IndicatorMixIn.class)
          .put(org.grassroots.governance.evaluation.IndicatorSystem.class,
              IndicatorSystemMixIn.class)
          .put(org.grassroots.governance.evaluation.IndicatorScore.class, IndicatorScoreMixIn.class)
          .put(org.grassroots.governance.evaluation.Scorecard.class, ScorecardMixIn.class)
          .put(org.grassroots.governance.evaluation.CommunityScore.class, CommunityScoreMixIn.class)
          .put(org.grassroots.governance.matching.Project.class, ProjectMixIn.class)
          .buildOrThrow();

  /** A module; use {@code new GovernanceModule()} or let Jackson find it. */
  public GovernanceModule() {
    // public no-argument constructor: required by java.util.ServiceLoader
  }

  @Override
  public String getModuleName() {
    return NAME;
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public Object getTypeId() {
    return GovernanceModule.class.getName();
  }

  @Override
  public Iterable<? extends Module> getDependencies() {
    return List.of(new Jdk8Module(), new JavaTimeModule(), new GuavaModule());
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleSerializers keySerializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    SimpleKeyDeserializers keyDeserializers = new SimpleKeyDeserializers();
    IdentifierCodecs.register(serializers, keySerializers, deserializers, keyDeserializers);
    // agreement, deliberation, evaluation, simulation extras (bind2)
    Bind2Bindings.register(deserializers);
    Bind2Bindings.MIX_INS.forEach(context::setMixInAnnotations);
    DerivedValueBindings.register(deserializers);
    DerivedValueBindings.MIX_INS.forEach(context::setMixInAnnotations);
    // value types whose factories do not take every property: read through a form and the builder
    deserializers.addDeserializer(Organization.class,
        new FormDeserializer<>(Organization.class, OrganizationForm.class, OrganizationForm::toValue));
    deserializers.addDeserializer(Person.class,
        new FormDeserializer<>(Person.class, PersonForm.class, PersonForm::toValue));
    deserializers.addDeserializer(Membership.class,
        new FormDeserializer<>(Membership.class, MembershipForm.class, MembershipForm::toValue));
    deserializers.addDeserializer(Duty.class,
        new FormDeserializer<>(Duty.class, DutyForm.class, DutyForm::toValue));
    deserializers.addDeserializer(AccessEntry.class,
        new FormDeserializer<>(AccessEntry.class, AccessEntryForm.class, AccessEntryForm::toValue));
    deserializers.addDeserializer(CommunityGovernance.class,
        new FormDeserializer<>(CommunityGovernance.class, CommunityGovernanceForm.class,
            CommunityGovernanceForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.agreement.AgreementParty.class,
        new FormDeserializer<>(org.grassroots.governance.agreement.AgreementParty.class, AgreementPartyForm.class, AgreementPartyForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.agreement.Commitment.class,
        new FormDeserializer<>(org.grassroots.governance.agreement.Commitment.class, CommitmentForm.class, CommitmentForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.agreement.ListEntry.class,
        new FormDeserializer<>(org.grassroots.governance.agreement.ListEntry.class, ListEntryForm.class, ListEntryForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.agreement.AgreementContent.class,
        new FormDeserializer<>(org.grassroots.governance.agreement.AgreementContent.class, AgreementContentForm.class, AgreementContentForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.agreement.AgreementVersion.class,
        new FormDeserializer<>(org.grassroots.governance.agreement.AgreementVersion.class, AgreementVersionForm.class, AgreementVersionForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.agreement.Delivery.class,
        new FormDeserializer<>(org.grassroots.governance.agreement.Delivery.class, DeliveryForm.class, DeliveryForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.agreement.ObligationEvent.class,
        new FormDeserializer<>(org.grassroots.governance.agreement.ObligationEvent.class, ObligationEventForm.class, ObligationEventForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.agreement.Ledger.class,
        new FormDeserializer<>(org.grassroots.governance.agreement.Ledger.class, LedgerForm.class, LedgerForm::toValue));
    // a large demand list streams: tokens straight into the builder, no form in between
    deserializers.addDeserializer(org.grassroots.governance.matching.Demand.class,
        new DemandDeserializer());
    deserializers.addDeserializer(org.grassroots.governance.matching.Provider.class,
        new FormDeserializer<>(org.grassroots.governance.matching.Provider.class,
            ProviderForm.class, ProviderForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.matching.ServiceArea.class,
        new FormDeserializer<>(org.grassroots.governance.matching.ServiceArea.class,
            ServiceAreaForm.class, ServiceAreaForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.matching.Resource.class,
        new FormDeserializer<>(org.grassroots.governance.matching.Resource.class,
            ResourceForm.class, ResourceForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.matching.MatchingPolicy.class,
        new FormDeserializer<>(org.grassroots.governance.matching.MatchingPolicy.class,
            MatchingPolicyForm.class, MatchingPolicyForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.matching.MatchingProblem.class,
        new FormDeserializer<>(org.grassroots.governance.matching.MatchingProblem.class,
            MatchingProblemForm.class, MatchingProblemForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.json.matching.SolvedProblem.class,
        new FormDeserializer<>(org.grassroots.governance.json.matching.SolvedProblem.class,
            SolvedProblemForm.class, SolvedProblemForm::toValue));
    serializers.addSerializer(new SolvedProblemSerializer());
    serializers.addSerializer(new HierarchySerializer());
    serializers.addSerializer(new MatterEventSerializer());
    deserializers.addDeserializer(org.grassroots.governance.deliberation.Threshold.class,
        new FormDeserializer<>(org.grassroots.governance.deliberation.Threshold.class,
            ThresholdForm.class, ThresholdForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.deliberation.VotingRule.class,
        new FormDeserializer<>(org.grassroots.governance.deliberation.VotingRule.class,
            VotingRuleForm.class, VotingRuleForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.deliberation.Body.class,
        new FormDeserializer<>(org.grassroots.governance.deliberation.Body.class,
            BodyForm.class, BodyForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.deliberation.MatterEvent.class,
        new FormDeserializer<>(org.grassroots.governance.deliberation.MatterEvent.class,
            MatterEventForm.class, MatterEventForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.deliberation.Matter.class,
        new FormDeserializer<>(org.grassroots.governance.deliberation.Matter.class,
            MatterForm.class, MatterForm::toValue));
    serializers.addSerializer(new ScoringRuleSerializer());
    serializers.addSerializer(new MeasurementsSerializer());
    serializers.addSerializer(new MeasuredEvaluationSerializer());
    deserializers.addDeserializer(org.grassroots.governance.evaluation.ScoringRule.class,
        new FormDeserializer<>(org.grassroots.governance.evaluation.ScoringRule.class,
            ScoringRuleForm.class, ScoringRuleForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.evaluation.Indicator.class,
        new FormDeserializer<>(org.grassroots.governance.evaluation.Indicator.class,
            IndicatorForm.class, IndicatorForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.evaluation.IndicatorSystem.class,
        new FormDeserializer<>(org.grassroots.governance.evaluation.IndicatorSystem.class,
            IndicatorSystemForm.class, IndicatorSystemForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.evaluation.Measurements.class,
        new MeasurementsDeserializer());
    deserializers.addDeserializer(
        org.grassroots.governance.json.evaluation.MeasuredEvaluation.class,
        new FormDeserializer<>(org.grassroots.governance.json.evaluation.MeasuredEvaluation.class,
            MeasuredEvaluationForm.class, MeasuredEvaluationForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.grid.GridHierarchy.class,
        new HierarchyDeserializer());
    deserializers.addDeserializer(org.grassroots.governance.simulation.ScenarioParameters.class,
        new FormDeserializer<>(org.grassroots.governance.simulation.ScenarioParameters.class,
            ScenarioParametersForm.class, ScenarioParametersForm::toValue));
    deserializers.addDeserializer(org.grassroots.governance.matching.Project.class,
        new FormDeserializer<>(org.grassroots.governance.matching.Project.class,
            ProjectForm.class, ProjectForm::toValue));
    // grid, structure, matching extras (bind1)
    context.setMixInAnnotations(org.grassroots.governance.grid.GridLayer.class, GridLayerMixIn.class);
    context.setMixInAnnotations(org.grassroots.governance.grid.LevelCounts.class,
        LevelCountsMixIn.class);
    deserializers.addDeserializer(org.grassroots.governance.grid.LevelCounts.class,
        new FormDeserializer<>(org.grassroots.governance.grid.LevelCounts.class,
            LevelCountsForm.class, LevelCountsForm::toValue));
    context.setMixInAnnotations(org.grassroots.governance.grid.Restructured.class,
        RestructuredMixIn.class);
    deserializers.addDeserializer(org.grassroots.governance.grid.Restructured.class,
        new FormDeserializer<>(org.grassroots.governance.grid.Restructured.class,
            RestructuredForm.class, RestructuredForm::toValue));
    serializers.addSerializer(new PartyOverlaySerializer());
    deserializers.addDeserializer(org.grassroots.governance.grid.PartyOverlay.class,
        new PartyOverlayDeserializer());
    context.setMixInAnnotations(org.grassroots.governance.structure.Finding.class,
        FindingMixIn.class);
    context.setMixInAnnotations(org.grassroots.governance.structure.AdministrativeTask.class,
        AdministrativeTaskMixIn.class);
    context.setMixInAnnotations(org.grassroots.governance.structure.RoleHolders.class,
        RoleHoldersMixIn.class);
    context.setMixInAnnotations(org.grassroots.governance.structure.PolicyProfile.class,
        PolicyProfileMixIn.class);
    serializers.addSerializer(new PolicyRuleSerializer());
    deserializers.addDeserializer(org.grassroots.governance.structure.PolicyRule.class,
        new FormDeserializer<>(org.grassroots.governance.structure.PolicyRule.class,
            PolicyRuleForm.class, PolicyRuleForm::toValue));
    serializers.addSerializer(new AccessDecisionSerializer());
    deserializers.addDeserializer(org.grassroots.governance.structure.AccessDecision.class,
        new FormDeserializer<>(org.grassroots.governance.structure.AccessDecision.class,
            AccessDecisionForm.class, AccessDecisionForm::toValue));
    context.setMixInAnnotations(org.grassroots.governance.matching.PreferenceOrders.class,
        PreferenceOrdersMixIn.class);
    deserializers.addDeserializer(org.grassroots.governance.matching.PreferenceOrders.class,
        new FormDeserializer<>(org.grassroots.governance.matching.PreferenceOrders.class,
            PreferenceOrdersForm.class, PreferenceOrdersForm::toValue));
    serializers.addSerializer(new OptimalityGapSerializer());
    deserializers.addDeserializer(org.grassroots.governance.matching.OptimalityGap.class,
        new FormDeserializer<>(org.grassroots.governance.matching.OptimalityGap.class,
            OptimalityGapForm.class, OptimalityGapForm::toValue));
    context.setMixInAnnotations(org.grassroots.governance.grid.GridFusion.Conflict.class,
        GridFusionConflictMixIn.class);
    serializers.addSerializer(new GridFusionResultSerializer());
    deserializers.addDeserializer(org.grassroots.governance.grid.GridFusion.Result.class,
        new FormDeserializer<>(org.grassroots.governance.grid.GridFusion.Result.class,
            GridFusionResultForm.class, GridFusionResultForm::toValue));
    // end of bind1's block
    context.addSerializers(serializers);
    context.addKeySerializers(keySerializers);
    context.addDeserializers(deserializers);
    context.addKeyDeserializers(keyDeserializers);
    for (Map.Entry<Class<?>, Class<?>> e : MIX_INS.entrySet()) {
      context.setMixInAnnotations(e.getKey(), e.getValue());
    }
  }

  /**
   * The value types this module binds through mix-ins.
   *
   * @return the types, in registration order
   */
  static ImmutableMap<Class<?>, Class<?>> mixIns() {
    return MIX_INS;
  }
}
