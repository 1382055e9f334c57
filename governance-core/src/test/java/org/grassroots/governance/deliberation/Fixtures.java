package org.grassroots.governance.deliberation;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.PersonId;

/** Small named fixtures for the deliberation tests. */
final class Fixtures {
  private Fixtures() {}

  static final DivisionCode COMMUNITY = DivisionCode.parse("440304003001");
  static final LocalDate DAY0 = LocalDate.of(2024, 3, 1);

  static List<PersonId> people(String prefix, int n) {
    List<PersonId> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(PersonId.of(prefix + "-" + i));
    }
    return out;
  }

  /** A body of {@code n} members of the kind that holds {@code step}. */
  static Body body(Step step, int n) {
    BodyKind kind = step.body().orElseThrow();
    return Body.of(kind, people(kind.name(), n));
  }

  /** A meeting of a body of {@code members} with the first {@code present} attending. */
  static Meeting meeting(Step step, int members, int present, Tally tally, LocalDate date) {
    Body body = body(step, members);
    return Meeting.of(step, body, date, people(body.kind().name(), members).subList(0, present), tally);
  }

  /** A unanimous meeting with everyone present. */
  static Meeting unanimous(Step step, int members, LocalDate date) {
    return meeting(step, members, members, Tally.of(members, 0, 0), date);
  }

  /** The event that performs {@code step} and passes. */
  static MatterEvent passing(Step step, LocalDate date) {
    return step.isMeeting()
        ? unanimous(step, 7, date)
        : Publication.of(step, date, "社区公开栏", "published " + step.chinese());
  }

  static Matter project() {
    return Matter.open(MatterId.of("YS-2024-007"), "加装电梯", MatterKind.PUBLIC_SERVICE_PROJECT, COMMUNITY);
  }

  /** A matter taken through the steps before {@code upTo}, one day apart from DAY0. */
  static Matter through(Matter m, Step upTo) {
    Matter out = m;
    for (Step s : Step.values()) {
      if (s == upTo) {
        break;
      }
      out = out.record(passing(s, DAY0.plusDays(s.ordinal()))).orElseThrow();
    }
    return out;
  }

  static Object roundTrip(Serializable value) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
        out.writeObject(value);
      }
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        return in.readObject();
      }
    } catch (IOException | ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}
