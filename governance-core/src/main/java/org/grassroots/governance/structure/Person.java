package org.grassroots.governance.structure;

import java.io.Serializable;
import java.util.Optional;
import org.grassroots.governance.id.CitizenIdNumber;
import org.grassroots.governance.id.PersonId;
import org.grassroots.governance.privacy.Masking;
import org.grassroots.governance.validation.Violations;
import org.immutables.value.Value;

/**
 * A person taking part in community governance (人员): a community or grid worker, a party
 * member, a volunteer. The name and the citizen id number are personal data: {@link #toString()}
 * masks them, and violations never show them whole. Immutable and thread-safe.
 *
 * <pre>{@code
 * Person p = Person.of(PersonId.of("P-001"), "张三", true);
 * p.toString(); // "Person{id=P-001, name=*, partyMember=true}" with the name masked
 * }</pre>
 */
@Value.Immutable
public abstract class Person implements Serializable {
  private static final long serialVersionUID = 1L;

  Person() {}

  /**
   * The person's id.
   *
   * @return the id
   */
  public abstract PersonId id();

  /**
   * The person's name (personal data).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The citizen id number (公民身份号码), where recorded (personal data).
   *
   * @return the number, or empty
   */
  public abstract Optional<CitizenIdNumber> citizenId();

  /**
   * Whether the person is a party member (党员).
   *
   * @return {@code true} for a party member
   */
  @Value.Default
  public boolean partyMember() {
    return false;
  }

  /**
   * The name masked, for display.
   *
   * @return e.g. {@code 张*三}
   */
  public String maskedName() {
    return Masking.mask(name());
  }

  /**
   * A new builder.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A person without citizen id number.
   *
   * @param id the id
   * @param name the name
   * @param partyMember whether a party member
   * @return the person
   * @throws org.grassroots.governance.validation.InvalidValueException if the name is blank
   */
  public static Person of(PersonId id, String name, boolean partyMember) {
    return builder().id(id).name(name).partyMember(partyMember).build();
  }

  /** The builder; {@link #build()} checks every invariant. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }

  /**
   * A copy with a citizen id number.
   *
   * @param citizenId the number
   * @return the copy
   */
  public Person withCitizenId(CitizenIdNumber citizenId) {
    return ImmutablePerson.copyOf(this).withCitizenId(citizenId);
  }

  /**
   * A copy with another name.
   *
   * @param name the name
   * @return the copy
   */
  public Person withName(String name) {
    return ImmutablePerson.copyOf(this).withName(name);
  }

  @Value.Check
  void check() {
    Violations v = Violations.of("Person").require("id", id()).require("name", name());
    if (!v.isEmpty()) {
      v.throwIfAny();
    }
    v.checkPersonal(!name().isBlank(), "name", name(), Messages.BLANK)
        .checkPersonal(
            name().length() <= Organization.MAX_NAME_LENGTH,
            "name",
            name(),
            Messages.f(Messages.TOO_LONG, Organization.MAX_NAME_LENGTH, name().length()))
        .throwIfAny();
  }

  /** Returns the id, the masked name, the masked citizen id and the party flag. */
  @Override
  public String toString() {
    return "Person{id="
        + id()
        + ", name="
        + maskedName()
        + citizenId().map(c -> ", citizenId=" + c.masked()).orElse("")
        + ", partyMember="
        + partyMember()
        + "}";
  }
}
