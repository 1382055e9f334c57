package org.grassroots.governance.agreement;

import static org.grassroots.governance.agreement.Fixtures.BUREAU;
import static org.grassroots.governance.agreement.Fixtures.BUREAU_PB;
import static org.grassroots.governance.agreement.Fixtures.COMMUNITY;
import static org.grassroots.governance.agreement.Fixtures.CORE;
import static org.grassroots.governance.agreement.Fixtures.OTHER;
import static org.grassroots.governance.agreement.Fixtures.content;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.grassroots.governance.id.NodeCode;
import org.grassroots.governance.structure.CommunityGovernance;
import org.grassroots.governance.structure.Organization;
import org.grassroots.governance.structure.OrganizationKind;
import org.grassroots.governance.validation.Violation;
import org.junit.jupiter.api.Test;

/** "May these parties sign?" as values, against the community's structure. */
class SignatoriesTest {
  private static final NodeCode CITY = NodeCode.parse("420200000000");

  private static CommunityGovernance structure() {
    return CommunityGovernance.builder().area(COMMUNITY)
        .core(Organization.of(CORE, "陈伯臻社区党委", OrganizationKind.PARTY_COMMITTEE,
            NodeCode.of(COMMUNITY)))
        .addPartners(Organization.of(BUREAU, "黄石市审计局", OrganizationKind.AGENCY, CITY),
            Organization.builder().id(BUREAU_PB).name("机关党支部")
                .kind(OrganizationKind.PARTY_BRANCH).seat(CITY).hostUnit(BUREAU).build(),
            Organization.of(OTHER, "某社会组织", OrganizationKind.HUB_SOCIAL_ORGANIZATION, CITY))
        .build();
  }

  /** The content without commitments, obligations and lists, so parties can be swapped. */
  private static AgreementContent bare() {
    return content().withCommitments(List.of()).withObligations(List.of()).withLists(List.of());
  }

  private static List<String> paths(List<Violation> vs) {
    return vs.stream().map(Violation::path).collect(Collectors.toList());
  }

  @Test
  void matchingStructure_maySign() {
    assertEquals(List.of(), content().checkSignatories(structure()));
  }

  @Test
  void wrongCore_unknownUnit_wrongKind_andWrongPartyOrganization_areReported() {
    CommunityGovernance g = structure();
    AgreementContent c = content().withParties(List.of(
        AgreementParty.of(BUREAU, PartyRole.COMMUNITY),
        AgreementParty.of(CORE, PartyRole.UNIT)));
    List<Violation> vs = c.checkSignatories(g);
    assertTrue(paths(vs).contains("parties[0].organization"), vs::toString);
    assertTrue(vs.get(0).rule().contains("through its core CBZ-PC"));
    AgreementContent social = bare().withParties(List.of(
        AgreementParty.of(CORE, PartyRole.COMMUNITY),
        AgreementParty.of(OTHER, PartyRole.UNIT).withThrough(BUREAU_PB)));
    assertEquals(List.of("parties[1].role", "parties[1].through"),
        paths(social.checkSignatories(g)));
    AgreementContent stranger = bare().withParties(List.of(
        AgreementParty.of(CORE, PartyRole.COMMUNITY),
        AgreementParty.of(org.grassroots.governance.id.OrganizationId.of("NEW"), PartyRole.UNIT)));
    assertEquals(List.of("parties[1].organization"), paths(stranger.checkSignatories(g)));
  }
}
