package org.grassroots.governance.json;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.grassroots.governance.deliberation.Body;
import org.grassroots.governance.deliberation.MatterEvent;
import org.grassroots.governance.deliberation.Meeting;
import org.grassroots.governance.deliberation.Publication;
import org.grassroots.governance.deliberation.SendBack;
import org.grassroots.governance.deliberation.Step;
import org.grassroots.governance.deliberation.Tally;
import org.grassroots.governance.deliberation.Withdrawal;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.validation.Violations;
import org.jspecify.annotations.Nullable;

/**
 * The JSON properties of a {@link MatterEvent}: {@code type} names one of the four closed kinds
 * (a fixed name, never a Java type), and each is built through its public factory or builder
 * ({@link Meeting#builder()}, {@link Publication#builder()}, {@link Withdrawal#of}, {@link
 * SendBack#of}). A property of another kind of event is refused at its pointer.
 */
@JsonAutoDetect(
    fieldVisibility = Visibility.NONE,
    getterVisibility = Visibility.NONE,
    isGetterVisibility = Visibility.NONE,
    setterVisibility = Visibility.NONE,
    creatorVisibility = Visibility.NONE)
record MatterEventForm(
    @JsonProperty(value = "type", required = true) @Nullable Type type,
    @JsonProperty(value = "date", required = true) @Nullable LocalDate date,
    @JsonProperty("step") Optional<Step> step,
    @JsonProperty("body") Optional<Body> body,
    @JsonProperty("attendees") Optional<List<PersonId>> attendees,
    @JsonProperty("tally") Optional<Tally> tally,
    @JsonProperty("minutes") Optional<String> minutes,
    @JsonProperty("channel") Optional<String> channel,
    @JsonProperty("summary") Optional<String> summary,
    @JsonProperty("until") Optional<LocalDate> until,
    @JsonProperty("reason") Optional<String> reason,
    @JsonProperty("by") Optional<PersonId> by,
    @JsonProperty("to") Optional<Step> to) {

  /** The four kinds of event, as written in {@code type}. */
  enum Type {
    MEETING(Set.of("step", "body", "attendees", "tally", "minutes"), Set.of("step", "body", "tally")),
    PUBLICATION(Set.of("step", "channel", "summary", "until"), Set.of("step", "channel", "summary")),
    WITHDRAWAL(Set.of("reason", "by"), Set.of("reason")),
    SEND_BACK(Set.of("to", "reason"), Set.of("to", "reason"));

    final Set<String> allowed;
    final Set<String> required;

    Type(Set<String> allowed, Set<String> required) {
      this.allowed = allowed;
      this.required = required;
    }

    static Type of(MatterEvent e) {
      if (e instanceof Meeting) {
        return MEETING;
      } else if (e instanceof Publication) {
        return PUBLICATION;
      } else if (e instanceof Withdrawal) {
        return WITHDRAWAL;
      }
      return SEND_BACK;
    }
  }

  @JsonCreator
  MatterEventForm {}

  /**
   * The event, read where one kind is expected (a {@link Meeting} on its own, say): {@code type}
   * must name that kind.
   */
  <T extends MatterEvent> T toValueOf(Type expected, Class<T> kind) {
    if (type != null && type != expected) {
      Violations.of(kind.getSimpleName())
          .check(false, "type", type, JsonMessages.f(JsonMessages.EVENT_TYPE, expected, kind.getSimpleName()))
          .throwIfAny();
    }
    return kind.cast(toValue());
  }

  MatterEvent toValue() {
    Violations v = Violations.of("MatterEvent").require("type", type).require("date", date);
    v.throwIfAny();
    Type t = Objects.requireNonNull(type, "type");
    LocalDate d = Objects.requireNonNull(date, "date");
    Map<String, Optional<?>> given = new LinkedHashMap<>();
    given.put("step", Forms.present(step));
    given.put("body", Forms.present(body));
    given.put("attendees", Forms.present(attendees));
    given.put("tally", Forms.present(tally));
    given.put("minutes", Forms.present(minutes));
    given.put("channel", Forms.present(channel));
    given.put("summary", Forms.present(summary));
    given.put("until", Forms.present(until));
    given.put("reason", Forms.present(reason));
    given.put("by", Forms.present(by));
    given.put("to", Forms.present(to));
    for (Map.Entry<String, Optional<?>> e : given.entrySet()) {
      String name = e.getKey();
      boolean present = e.getValue().isPresent();
      v.check(!present || t.allowed.contains(name), name, e.getValue().orElse(null),
          JsonMessages.f(JsonMessages.NOT_OF_EVENT, t));
      v.check(present || !t.required.contains(name), name, null, JsonMessages.REQUIRED);
    }
    v.throwIfAny();
    switch (t) {
      case MEETING:
        Meeting.Builder m = Meeting.builder().meetingStep(step.orElseThrow()).body(body.orElseThrow())
            .date(d).tally(tally.orElseThrow())
            .attendees(Forms.distinct("Meeting", "attendees", attendees));
        Forms.present(minutes).ifPresent(m::minutes);
        return m.build();
      case PUBLICATION:
        Publication.Builder p = Publication.builder().publicationStep(step.orElseThrow()).date(d)
            .channel(channel.orElseThrow()).summary(summary.orElseThrow());
        Forms.present(until).ifPresent(p::until);
        return p.build();
      case WITHDRAWAL:
        Withdrawal w = Withdrawal.of(d, reason.orElseThrow());
        return Forms.present(by).isPresent() ? w.withBy(by.orElseThrow()) : w;
      default:
        return SendBack.of(d, to.orElseThrow(), reason.orElseThrow());
    }
  }
}
