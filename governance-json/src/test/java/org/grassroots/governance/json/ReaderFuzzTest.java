package org.grassroots.governance.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.grassroots.governance.id.CitizenIdNumber;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.id.UnifiedSocialCreditCode;
import java.util.List;
import org.grassroots.governance.json.agreement.AgreementCsv;
import org.grassroots.governance.json.csv.CsvLayout;
import org.grassroots.governance.json.csv.CsvReadOptions;
import org.grassroots.governance.json.matching.MatchingCsv;
import org.grassroots.governance.json.register.OrganizationRecord;
import org.grassroots.governance.json.agreement.AgreementDocument;
import org.grassroots.governance.json.structure.CommunityDocument;
import org.grassroots.governance.structure.AccessEntry;
import org.grassroots.governance.structure.AccessList;
import org.grassroots.governance.structure.ChairRotation;
import org.grassroots.governance.structure.CommunityGovernance;
import org.grassroots.governance.structure.Duty;
import org.grassroots.governance.structure.Membership;
import org.grassroots.governance.structure.Organization;
import org.grassroots.governance.structure.Person;
import org.grassroots.governance.structure.ResponsibilityList;
import org.grassroots.governance.json.register.OrganizationRegister;

/**
 * Coverage-guided fuzzing of every reader (Jazzer). In a plain {@code mvn test} each target runs
 * once per seed in {@code src/test/resources/.../ReaderFuzzTestInputs/<method>/} (regression
 * mode); {@code JAZZER_FUZZ=1} fuzzes each for {@code maxDuration}. The contract checked: the only
 * exception a reader lets escape is the documented one; anything else is a finding.
 */
class ReaderFuzzTest {
  private static final GovernanceJson STRICT = GovernanceJson.builder()
      .limits(ReadLimits.defaults().withMaxDocumentLength(1 << 20)).build();
  private static final GovernanceJson LENIENT = GovernanceJson.builder().mode(ReadMode.LENIENT)
      .limits(ReadLimits.defaults().withMaxDocumentLength(1 << 20)).build();
  private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

  @FuzzTest(maxDuration = "60s")
  void read_throwsOnlyInvalidDocumentException(byte[] input) {
    try {
      STRICT.read(input, OrganizationRegister.KIND);
    } catch (InvalidDocumentException expected) {
      checkMessage(expected);
    }
    try {
      LENIENT.read(input, OrganizationRegister.KIND);
    } catch (InvalidDocumentException expected) {
      checkMessage(expected);
    }
    try {
      STRICT.readHeader(input);
    } catch (InvalidDocumentException expected) {
      checkMessage(expected);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readCommunity_throwsOnlyInvalidDocumentException(byte[] input) {
    for (GovernanceJson json : new GovernanceJson[] {STRICT, LENIENT}) {
      try {
        json.read(input, CommunityDocument.KIND);
      } catch (InvalidDocumentException expected) {
        checkMessage(expected);
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readAgreement_throwsOnlyInvalidDocumentException(byte[] input) {
    for (GovernanceJson json : new GovernanceJson[] {STRICT, LENIENT}) {
      try {
        json.read(input, AgreementDocument.KIND);
      } catch (InvalidDocumentException expected) {
        checkMessage(expected);
      }
      try {
        json.read(input, org.grassroots.governance.json.agreement.DualReportingDocument.KIND);
      } catch (InvalidDocumentException expected) {
        checkMessage(expected);
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readMatching_throwsOnlyInvalidDocumentException(byte[] input) {
    for (GovernanceJson json : new GovernanceJson[] {STRICT, LENIENT}) {
      for (DocumentKind<?> kind : new DocumentKind<?>[] {
          org.grassroots.governance.json.matching.MatchingDocuments.DEMANDS,
          org.grassroots.governance.json.matching.MatchingDocuments.RESOURCES,
          org.grassroots.governance.json.matching.MatchingDocuments.PROBLEM,
          org.grassroots.governance.json.matching.MatchingDocuments.RESULT}) {
        try {
          json.read(input, kind);
        } catch (InvalidDocumentException expected) {
          checkMessage(expected);
        }
      }
    }
    try (ListReader<org.grassroots.governance.matching.Demand> r = LENIENT.listReader(
        new ByteArrayInputStream(input),
        org.grassroots.governance.json.matching.MatchingDocuments.DEMANDS)) {
      while (r.hasNext()) {
        r.next();
      }
    } catch (InvalidDocumentException expected) {
      checkMessage(expected);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readScenarioAndMatter_throwsOnlyInvalidDocumentException(byte[] input) {
    for (GovernanceJson json : new GovernanceJson[] {STRICT, LENIENT}) {
      try {
        json.read(input, org.grassroots.governance.json.simulation.ScenarioDocument.KIND);
      } catch (InvalidDocumentException expected) {
        checkMessage(expected);
      }
      try {
        json.read(input, org.grassroots.governance.json.deliberation.MatterDocument.KIND);
      } catch (InvalidDocumentException expected) {
        checkMessage(expected);
      }
      try {
        json.read(input,
            org.grassroots.governance.json.simulation.SimulationRunsDocument.KIND);
      } catch (InvalidDocumentException expected) {
        checkMessage(expected);
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readEvaluation_throwsOnlyInvalidDocumentException(byte[] input) {
    for (GovernanceJson json : new GovernanceJson[] {STRICT, LENIENT}) {
      for (DocumentKind<?> kind : new DocumentKind<?>[] {
          org.grassroots.governance.json.evaluation.EvaluationDocuments.SYSTEM,
          org.grassroots.governance.json.evaluation.EvaluationDocuments.MEASUREMENTS,
          org.grassroots.governance.json.evaluation.EvaluationDocuments.EVALUATION}) {
        try {
          json.read(input, kind);
        } catch (InvalidDocumentException expected) {
          checkMessage(expected);
        }
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readHierarchy_throwsOnlyInvalidDocumentException(byte[] input) {
    for (GovernanceJson json : new GovernanceJson[] {STRICT, LENIENT}) {
      try {
        json.read(input, org.grassroots.governance.json.grid.HierarchyDocument.KIND);
      } catch (InvalidDocumentException expected) {
        checkMessage(expected);
      }
      try {
        json.read(input, org.grassroots.governance.json.grid.HierarchyDocument.WITH_PARTY_OVERLAY);
      } catch (InvalidDocumentException expected) {
        checkMessage(expected);
      }
    }
  }

  @FuzzTest(maxDuration = "60s")
  void listReader_throwsOnlyInvalidDocumentException(byte[] input) {
    try (ListReader<OrganizationRecord> r =
        LENIENT.listReader(new ByteArrayInputStream(input), OrganizationRegister.KIND)) {
      while (r.hasNext()) {
        r.next();
      }
    } catch (InvalidDocumentException expected) {
      checkMessage(expected);
    }
  }

  @FuzzTest(maxDuration = "60s")
  void csvRead_throwsOnlyInvalidDocumentException(byte[] input) {
    try {
      OrganizationRegister.CSV.read(new ByteArrayInputStream(input), CsvReadOptions.lenient());
    } catch (InvalidDocumentException expected) {
      checkMessage(expected);
    }
    try {
      OrganizationRegister.CSV.read(new ByteArrayInputStream(input), CsvReadOptions.strict());
    } catch (InvalidDocumentException expected) {
      checkMessage(expected);
    }
  }

  /** The list layouts: demands, resources, projects, commitments, problems; lenient and strict. */
  @FuzzTest(maxDuration = "60s")
  void csvReadLists_throwsOnlyInvalidDocumentException(byte[] input) {
    for (CsvLayout<?> layout : List.of(MatchingCsv.DEMANDS, MatchingCsv.RESOURCES,
        MatchingCsv.PROJECTS, AgreementCsv.COMMITMENTS, AgreementCsv.PROBLEMS)) {
      for (CsvReadOptions options : List.of(CsvReadOptions.lenient(), CsvReadOptions.strict())) {
        try {
          layout.read(new ByteArrayInputStream(input), options);
        } catch (InvalidDocumentException expected) {
          checkMessage(expected);
        }
      }
    }
  }

  /** Users of the plain module get Jackson's own exceptions, never a raw core exception. */
  @FuzzTest(maxDuration = "60s")
  void moduleMapper_throwsOnlyJacksonExceptions(byte[] input) {
    for (Class<?> type : new Class<?>[] {DivisionCode.class, NodeCode.class,
        UnifiedSocialCreditCode.class, CitizenIdNumber.class, OrganizationRecord.class,
        // agreement, deliberation, evaluation, simulation extras (bind2)
        org.grassroots.governance.agreement.DualReporting.class,
        org.grassroots.governance.agreement.MemberSummary.class,
        org.grassroots.governance.agreement.UnitSummary.class,
        org.grassroots.governance.agreement.Fulfilment.class,
        org.grassroots.governance.deliberation.DeliberationBodies.class,
        org.grassroots.governance.deliberation.StepResult.class,
        org.grassroots.governance.evaluation.RollUp.class,
        org.grassroots.governance.evaluation.RankedScore.class,
        org.grassroots.governance.simulation.RunRecord.class,
        org.grassroots.governance.matching.MatchingMetrics.class,
        Organization.class, Person.class, Membership.class, Duty.class, AccessEntry.class,
        ChairRotation.class, ResponsibilityList.class, AccessList.class,
        CommunityGovernance.class, org.grassroots.governance.agreement.Quantity.class,
        org.grassroots.governance.agreement.Ledger.class,
        org.grassroots.governance.matching.Demand.class,
        org.grassroots.governance.matching.Resource.class,
        org.grassroots.governance.matching.MatchingProblem.class,
        org.grassroots.governance.json.matching.SolvedProblem.class,
        org.grassroots.governance.simulation.Scenario.class,
        org.grassroots.governance.grid.GridHierarchy.class,
        org.grassroots.governance.deliberation.Matter.class,
        org.grassroots.governance.evaluation.IndicatorSystem.class,
        org.grassroots.governance.evaluation.Measurements.class,
        org.grassroots.governance.json.evaluation.MeasuredEvaluation.class,
        org.grassroots.governance.grid.PartyOverlay.class,
        org.grassroots.governance.grid.GridLayer.class,
        org.grassroots.governance.grid.GridFusion.Result.class,
        org.grassroots.governance.grid.LevelCounts.class,
        org.grassroots.governance.grid.Restructured.class,
        org.grassroots.governance.structure.PolicyProfile.class,
        org.grassroots.governance.structure.AccessDecision.class,
        org.grassroots.governance.structure.RoleHolders.class,
        org.grassroots.governance.structure.Finding.class,
        org.grassroots.governance.matching.PreferenceOrders.class,
        org.grassroots.governance.matching.Unmatched.class,
        org.grassroots.governance.evaluation.IndicatorScore.class,
        org.grassroots.governance.evaluation.Scorecard.class,
        org.grassroots.governance.evaluation.CommunityScore.class,
        org.grassroots.governance.evaluation.Evaluation.class,
        org.grassroots.governance.deliberation.Meeting.class,
        org.grassroots.governance.deliberation.Publication.class,
        org.grassroots.governance.deliberation.Withdrawal.class,
        org.grassroots.governance.deliberation.SendBack.class,
        org.grassroots.governance.matching.OptimalityGap.class}) {
      try {
        MAPPER.readValue(input, type);
      } catch (JsonProcessingException expected) {
        // documented: Jackson's exception, wrapping the core violation
      } catch (IOException expected) {
        // documented trap: Jackson 2 byte input may throw CharConversionException
      }
    }
  }

  private static void checkMessage(InvalidDocumentException e) {
    String m = e.getMessage();
    if (m.contains("\tat ") || e.problems().isEmpty()) {
      throw new AssertionError("bad exception message: " + m);
    }
  }
}
