package org.grassroots.governance.id;

import java.io.InvalidObjectException;
import java.io.ObjectStreamException;
import java.io.Serializable;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The serialised form of the text-coded identifiers: which type and the canonical text, parsed
 * again on reading, so Java deserialisation runs every check and a crafted stream cannot make an
 * invalid code. (A citizen id number is serialised whole: a serialised value is data, not a
 * display.)
 */
final class SerialForm implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The identifier types that serialise through this form. */
  enum Type {
    DIVISION_CODE,
    GRID_CODE,
    BUILDING_CODE,
    NODE_CODE,
    ORGANIZATION_CODE,
    UNIFIED_SOCIAL_CREDIT_CODE,
    CITIZEN_ID_NUMBER
  }

  private final Type type;
  private final String text;

  SerialForm(Type type, String text) {
    this.type = type;
    this.text = text;
  }

  private Object readResolve() throws ObjectStreamException {
    try {
      switch (type) {
        case DIVISION_CODE:
          return DivisionCode.parse(text);
        case GRID_CODE:
          return GridCode.parse(text);
        case BUILDING_CODE:
          return BuildingCode.parse(text);
        case NODE_CODE:
          return NodeCode.parse(text);
        case ORGANIZATION_CODE:
          return OrganizationCode.parse(text);
        case UNIFIED_SOCIAL_CREDIT_CODE:
          return UnifiedSocialCreditCode.parse(text);
        case CITIZEN_ID_NUMBER:
          return CitizenIdNumber.parse(text);
        default:
          throw new InvalidObjectException("unknown identifier type " + type);
      }
    } catch (InvalidValueException | NullPointerException e) {
      throw new InvalidObjectException(type + ": " + e.getMessage());
    }
  }
}
