package org.grassroots.governance.deliberation;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The state machine of 四议两公开, folded over a matter's history: which step is due, which steps
 * are passed (and when), whether the matter is withdrawn. Mutable, confined to one call.
 */
final class Replay {
  private static final Step[] STEPS = Step.values();
  private static final int DONE = STEPS.length;
  private static final int AFTER_RESOLUTION = Step.RESOLUTION.ordinal() + 1;

  private final MatterKind kind;
  private int next;
  private boolean withdrawn;
  private @Nullable LocalDate last;
  private final Map<Step, LocalDate> passed = new EnumMap<>(Step.class);

  Replay(MatterKind kind) {
    this.kind = kind;
  }

  /** Offers an event: null if accepted (the state moves on), else why not. */
  @Nullable Refusal offer(MatterEvent event) {
    Optional<Step> attempted = event.step();
    String what = attempted.map(Step::toString).orElse(event instanceof Withdrawal ? "withdrawal" : "send-back");
    if (withdrawn || next == DONE) {
      return refusal(RefusalReason.MATTER_CLOSED, attempted,
          Messages.f(Messages.CLOSED, what, withdrawn ? "withdrawn" : "completed"));
    }
    if (last != null && event.date().isBefore(last)) {
      return refusal(RefusalReason.DATE_BEFORE_PREVIOUS, attempted,
          Messages.f(Messages.DATE, what, event.date(), last));
    }
    if (event instanceof Withdrawal) {
      if (next >= AFTER_RESOLUTION) {
        return refusal(RefusalReason.CANNOT_WITHDRAW, attempted,
            Messages.f(Messages.CANNOT_WITHDRAW, resolutionDate()));
      }
      withdrawn = true;
      last = event.date();
      return null;
    }
    if (event instanceof SendBack sendBack) {
      Step to = sendBack.to();
      if (next >= AFTER_RESOLUTION) {
        return refusal(RefusalReason.CANNOT_SEND_BACK, attempted, Messages.f(Messages.CANNOT_SEND_BACK, to,
            Messages.f(Messages.SEND_BACK_AFTER_RESOLUTION, resolutionDate())));
      }
      if (to.ordinal() >= next) {
        return refusal(RefusalReason.CANNOT_SEND_BACK, attempted, Messages.f(Messages.CANNOT_SEND_BACK, to,
            Messages.f(Messages.SEND_BACK_NOT_DONE, STEPS[next])));
      }
      for (int i = to.ordinal(); i < next; i++) {
        passed.remove(STEPS[i]);
      }
      next = to.ordinal();
      last = event.date();
      return null;
    }
    Step step = attempted.orElseThrow();
    Step due = STEPS[next];
    if (step.ordinal() > next) {
      return refusal(RefusalReason.OUT_OF_ORDER, attempted, Messages.f(Messages.OUT_OF_ORDER, step, due));
    }
    if (step.ordinal() < next) {
      return refusal(RefusalReason.ALREADY_DONE, attempted, Messages.f(Messages.ALREADY_DONE, step, due));
    }
    if (event instanceof Meeting meeting) {
      VoteCount count = meeting.count(kind);
      if (!count.quorumMet()) {
        return refusal(RefusalReason.QUORUM_NOT_MET, attempted, Messages.f(Messages.QUORUM, step,
            count.present(), count.members(), count.quorumNeeded(), count.quorum()), count);
      }
      if (!count.passed()) {
        last = event.date();
        Tally t = count.tally();
        return refusal(RefusalReason.MAJORITY_NOT_REACHED, attempted, Messages.f(Messages.MAJORITY, step,
            t.inFavour(), t.against(), t.abstaining(), count.present(), count.votesNeeded(), count.majority(),
            count.majorityBase().label()), count);
      }
    }
    passed.put(step, event.date());
    next++;
    last = event.date();
    return null;
  }

  private Refusal refusal(RefusalReason reason, Optional<Step> attempted, String message) {
    return refusalBuilder(reason, attempted, message).build();
  }

  private Refusal refusal(RefusalReason reason, Optional<Step> attempted, String message, VoteCount count) {
    return refusalBuilder(reason, attempted, message).count(count).build();
  }

  private Refusal.Builder refusalBuilder(RefusalReason reason, Optional<Step> attempted, String message) {
    Refusal.Builder b = Refusal.builder();
    b.reason(reason).attemptedStep(attempted).message(message);
    if (next < DONE && !withdrawn) {
      b.expectedStep(STEPS[next]);
    }
    return b;
  }

  private String resolutionDate() {
    return passedOn(Step.RESOLUTION).map(LocalDate::toString).orElse("?");
  }

  Optional<Step> due() {
    return withdrawn || next == DONE ? Optional.empty() : Optional.of(STEPS[next]);
  }

  boolean withdrawn() {
    return withdrawn;
  }

  int nextIndex() {
    return next;
  }

  Optional<LocalDate> passedOn(Step step) {
    return Optional.ofNullable(passed.get(step));
  }
}
