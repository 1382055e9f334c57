package org.grassroots.governance.deliberation;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.ProjectId;
import org.grassroots.governance.matching.Project;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A matter under deliberation (议题), with its whole history: an event-sourced value that can
 * only hold a history that follows "four deliberations, two publications" (四议两公开).
 *
 * <p>{@link #record(MatterEvent)} returns a {@link StepResult}: the matter with the event added,
 * or a {@link Refusal} naming the step that is missing, the quorum or majority that was missed
 * (with the numbers), or why a withdrawal or send-back is not possible. A vote that misses its
 * majority is kept in the history as a rejected vote. A matter that decides a project names its
 * {@link ProjectId}; once the resolution is passed, {@link #decidedProject()} is the link to the
 * matching engine's project, which matched resources may then fund.
 *
 * <p>Each record replays the history: O(n) in the number of events. Immutable and thread-safe.
 *
 * <pre>{@code
 * Matter m = Matter.open(MatterId.of("YS-2024-007"), "加装电梯", MatterKind.PUBLIC_SERVICE_PROJECT,
 *     DivisionCode.parse("440304003001")).withProject(ProjectId.of("PJ-17"));
 * m = m.hold(Meeting.of(Step.PROPOSAL, branch, day1, branchMembers, Tally.of(5, 0, 0))).orElseThrow();
 * StepResult r = m.hold(Meeting.of(Step.RESOLUTION, representatives, day2, present, Tally.of(20, 1, 0)));
 * r.refusal().orElseThrow().expectedStep(); // Optional[DISCUSSION (商议)]
 * }</pre>
 */
@Value.Immutable
public abstract class Matter implements Serializable {
  private static final long serialVersionUID = 1L;

  Matter() {}

  /** The id. */
  public abstract MatterId id();

  /** The title (议题名称). */
  public abstract String title();

  /** What the matter decides. */
  public abstract MatterKind kind();

  /** The community (or other division) that deliberates it. */
  public abstract DivisionCode community();

  /** The project the matter decides, for project matters. */
  public abstract Optional<ProjectId> project();

  /** Every accepted event and rejected vote, oldest first. */
  public abstract List<MatterEvent> history();

  /**
   * A new matter with an empty history; the proposal is due.
   *
   * @param id the id
   * @param title the title, non-blank
   * @param kind what it decides
   * @param community where it is deliberated
   * @return the matter
   * @throws org.grassroots.governance.validation.InvalidValueException if the title is blank
   */
  public static Matter open(MatterId id, String title, MatterKind kind, DivisionCode community) {
    return builder().id(id).title(title).kind(kind).community(community).build();
  }

  /**
   * A builder; the history given to it must follow the order (it is replayed).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Matter}. */
  public static final class Builder extends ImmutableMatter.Builder {
    Builder() {}
  }

  /**
   * This matter, deciding the given project.
   *
   * @param project the project from the project list (项目清单)
   * @return the modified matter
   */
  public Matter withProject(ProjectId project) {
    return ImmutableMatter.copyOf(this).withProject(project);
  }

  /**
   * Records an event: accepted if it follows 四议两公开, else refused with the reason.
   *
   * @param event a meeting, publication, withdrawal or send-back
   * @return the result, with the matter as it now stands
   */
  public StepResult record(MatterEvent event) {
    requireNonNull(event, "event");
    Replay replay = replay();
    Refusal refusal = replay.offer(event);
    if (refusal == null) {
      return StepResult.accepted(append(event));
    }
    if (refusal.reason() == RefusalReason.MAJORITY_NOT_REACHED) {
      return StepResult.refused(append(event), refusal);
    }
    return StepResult.refused(this, refusal);
  }

  /**
   * Records a meeting; the same as {@link #record}.
   *
   * @param meeting the meeting
   * @return the result
   */
  public StepResult hold(Meeting meeting) {
    return record(meeting);
  }

  /**
   * Records a publication; the same as {@link #record}.
   *
   * @param publication the publication
   * @return the result
   */
  public StepResult publish(Publication publication) {
    return record(publication);
  }

  /**
   * Withdraws the matter (撤回).
   *
   * @param date when
   * @param reason why, non-blank
   * @return the result; refused once the resolution is passed
   */
  public StepResult withdraw(LocalDate date, String reason) {
    return record(Withdrawal.of(date, reason));
  }

  /**
   * Sends the matter back (退回) to an earlier deliberation step.
   *
   * @param date when
   * @param to the step to hold again, already passed
   * @param reason why, non-blank
   * @return the result
   */
  public StepResult sendBack(LocalDate date, Step to, String reason) {
    return record(SendBack.of(date, to, reason));
  }

  private Matter append(MatterEvent event) {
    return builder().from(this).addHistory(event).build();
  }

  /**
   * Where the matter stands.
   *
   * @return the status
   */
  public MatterStatus status() {
    Replay r = replay();
    if (r.withdrawn()) {
      return MatterStatus.WITHDRAWN;
    }
    int next = r.nextIndex();
    if (next <= Step.RESOLUTION.ordinal()) {
      return MatterStatus.IN_DELIBERATION;
    }
    if (next == Step.RESOLUTION_PUBLICATION.ordinal()) {
      return MatterStatus.RESOLVED;
    }
    return next == Step.IMPLEMENTATION_PUBLICATION.ordinal() ? MatterStatus.IMPLEMENTING : MatterStatus.COMPLETED;
  }

  /**
   * The step due next.
   *
   * @return the step, or empty when the matter is completed or withdrawn
   */
  public Optional<Step> nextStep() {
    return replay().due();
  }

  /**
   * When a step was passed (its latest passing, after any send-back).
   *
   * @param step the step
   * @return the date, or empty if the step is not (or no longer) passed
   */
  public Optional<LocalDate> passedOn(Step step) {
    return replay().passedOn(step);
  }

  /**
   * The project this matter decided: present once the resolution is passed.
   *
   * @return the project, or empty if there is none or it is not (yet) decided
   */
  public Optional<ProjectId> decidedProject() {
    return passedOn(Step.RESOLUTION).isPresent() ? project() : Optional.empty();
  }

  /**
   * The projects decided by the given matters: those whose resolution is passed and that were not
   * withdrawn before it. Matched resources may fund exactly these (a project decided by
   * deliberation).
   *
   * @param matters any matters
   * @return the decided projects, in the order of the matters
   */
  public static ImmutableSet<ProjectId> decidedProjects(Iterable<Matter> matters) {
    requireNonNull(matters, "matters");
    ImmutableSet.Builder<ProjectId> out = ImmutableSet.builder();
    for (Matter m : matters) {
      m.decidedProject().ifPresent(out::add);
    }
    return out.build();
  }

  /**
   * The projects among {@code projects} whose id was decided by one of the matters (its
   * resolution passed, {@link #decidedProject()}): those a funding rule may fund with matched
   * resources. Keeps the projects' order; O(matters + projects).
   *
   * <pre>{@code
   * List<Project> fundable = Matter.decidedProjects(matters, projects);
   * }</pre>
   *
   * @param matters the matters, any status
   * @param projects matching's projects
   * @return the decided projects, in the order given
   */
  public static ImmutableList<Project> decidedProjects(Iterable<Matter> matters, Iterable<Project> projects) {
    requireNonNull(projects, "projects");
    ImmutableSet<ProjectId> decided = decidedProjects(matters);
    ImmutableList.Builder<Project> out = ImmutableList.builder();
    for (Project p : projects) {
      if (decided.contains(requireNonNull(p, "project").id())) {
        out.add(p);
      }
    }
    return out.build();
  }

  /**
   * The count of one of this matter's meetings under its body's rule and this matter's kind: the
   * outcome of that step.
   *
   * @param meeting a meeting, usually one of {@link #history()}
   * @return the count, with whether it passed
   */
  public VoteCount countOf(Meeting meeting) {
    return requireNonNull(meeting, "meeting").count(kind());
  }

  /**
   * When the matter was completed: the date of the implementation publication.
   *
   * @return the date, or empty if not completed
   */
  public Optional<LocalDate> completedOn() {
    return passedOn(Step.IMPLEMENTATION_PUBLICATION);
  }

  private Replay replay() {
    Replay r = new Replay(kind());
    for (MatterEvent e : history()) {
      r.offer(e);
    }
    return r;
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Matter")
        .require("id", id())
        .require("title", title())
        .require("kind", kind())
        .require("community", community());
    if (title() != null) {
      v.check(!title().isBlank(), "title", title(), Messages.BLANK);
    }
    if (kind() != null) {
      Replay r = new Replay(kind());
      List<MatterEvent> events = history();
      for (int i = 0; i < events.size(); i++) {
        Refusal refusal = r.offer(events.get(i));
        if (refusal != null && refusal.reason() != RefusalReason.MAJORITY_NOT_REACHED) {
          v.check(false, "history[" + i + "]", refusal.attemptedStep().map(Step::toString).orElse("-"),
              Messages.f(Messages.HISTORY, refusal.message()));
        }
      }
    }
    v.throwIfAny();
  }
}
