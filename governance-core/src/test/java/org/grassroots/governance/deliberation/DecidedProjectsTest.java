package org.grassroots.governance.deliberation;

import static org.grassroots.governance.deliberation.Fixtures.COMMUNITY;
import static org.grassroots.governance.deliberation.Fixtures.DAY0;
import static org.grassroots.governance.deliberation.Fixtures.project;
import static org.grassroots.governance.deliberation.Fixtures.through;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.grassroots.governance.id.DemandId;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.id.ResourceId;
import org.grassroots.governance.matching.Project;
import org.junit.jupiter.api.Test;

/** Matters decide matching's projects: {@link Matter#decidedProjects(Iterable, Iterable)}. */
class DecidedProjectsTest {

  private static Project matchingProject(String id) {
    return Project.builder().id(ProjectId.of(id)).title("项目 " + id)
        .addDemands(DemandId.of("D-" + id)).addFundedBy(ResourceId.of("R-" + id))
        .community(COMMUNITY).build();
  }

  private static Matter matterFor(String project, Step upTo) {
    return through(project().withProject(ProjectId.of(project)), upTo);
  }

  @Test
  void decidedProjects_selectsTheProjectsWhoseResolutionPassed_inTheGivenOrder() {
    List<Matter> matters = List.of(
        matterFor("PJ-3", Step.IMPLEMENTATION_PUBLICATION),   // resolved, implementing
        matterFor("PJ-1", Step.RESOLUTION_PUBLICATION),       // resolved
        matterFor("PJ-2", Step.RESOLUTION),                   // still in deliberation
        matterFor("PJ-4", Step.RESOLUTION).withdraw(DAY0.plusDays(9), "撤回").orElseThrow(),
        matterFor("PJ-9", Step.RESOLUTION_PUBLICATION));      // decided, no such project in the list
    List<Project> projects = List.of(matchingProject("PJ-1"), matchingProject("PJ-2"),
        matchingProject("PJ-3"), matchingProject("PJ-4"), matchingProject("PJ-5"));
    List<Project> decided = Matter.decidedProjects(matters, projects);
    assertEquals(List.of(projects.get(0), projects.get(2)), decided);
  }

  @Test
  void decidedProjects_sentBackBeforeTheResolution_isNoLongerDecided() {
    Matter resolved = matterFor("PJ-1", Step.RESOLUTION_PUBLICATION);
    assertEquals(1, Matter.decidedProjects(List.of(resolved), List.of(matchingProject("PJ-1"))).size());
    Matter pending = matterFor("PJ-1", Step.RESOLUTION)
        .sendBack(DAY0.plusDays(9), Step.DISCUSSION, "方案需修改").orElseThrow();
    assertTrue(Matter.decidedProjects(List.of(pending), List.of(matchingProject("PJ-1"))).isEmpty());
  }

  @Test
  void decidedProjects_agreesWithTheIdSet() {
    List<Matter> matters = new ArrayList<>();
    List<Project> projects = new ArrayList<>();
    Step[] stops = Step.values();
    for (int i = 0; i < 12; i++) {
      matters.add(matterFor("PJ-" + i, stops[i % stops.length]));
      projects.add(matchingProject("PJ-" + (11 - i)));
    }
    Set<ProjectId> ids = Matter.decidedProjects(matters);
    assertEquals(projects.stream().filter(p -> ids.contains(p.id())).collect(Collectors.toList()),
        Matter.decidedProjects(matters, projects));
  }
}
