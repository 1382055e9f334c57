package org.grassroots.governance.json;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;

/** JSON pointers (RFC 6901) from core violation paths and from Jackson's exception paths. */
final class Pointers {
  private Pointers() {}

  /**
   * {@code commitments[2].quantity} → {@code /commitments/2/quantity}; {@code ""} → {@code ""}.
   * Each token is escaped ({@code ~} → {@code ~0}, {@code /} → {@code ~1}).
   */
  static String fromViolationPath(String path) {
    if (path.isEmpty()) {
      return "";
    }
    StringBuilder sb = new StringBuilder(path.length() + 4);
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '.' || c == '[') {
        flush(sb, token);
      } else if (c == ']') {
        flush(sb, token);
      } else {
        token.append(c);
      }
    }
    flush(sb, token);
    return sb.toString();
  }

  private static void flush(StringBuilder sb, StringBuilder token) {
    if (token.length() > 0) {
      sb.append('/').append(escape(token));
      token.setLength(0);
    }
  }

  static String escape(CharSequence token) {
    StringBuilder sb = new StringBuilder(token.length());
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c == '~') {
        sb.append("~0");
      } else if (c == '/') {
        sb.append("~1");
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** The pointer of Jackson's reference path: field names and array indices. */
  static String fromReferences(List<JsonMappingException.Reference> path) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : path) {
      String field = r.getFieldName();
      if (field != null) {
        sb.append('/').append(escape(field));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }
}
