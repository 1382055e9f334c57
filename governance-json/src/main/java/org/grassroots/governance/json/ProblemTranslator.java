package org.grassroots.governance.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.google.common.collect.ImmutableList;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.grassroots.governance.privacy.Masking;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Turns whatever Jackson or a core factory threw into an {@link InvalidDocumentException} with
 * JSON pointers; never copies a Jackson message that could hold input text (personal data) other
 * than masked.
 */
final class ProblemTranslator {
  private static final Pattern MISSING =
      Pattern.compile("Missing required creator property '([^']*)'");
  private static final Pattern NULL_CREATOR =
      Pattern.compile("Null value for creator property '([^']*)'");
  private static final Pattern LONG_WORD = Pattern.compile("[\\p{L}\\p{N}]{7,}");
  private static final int MAX_DETAIL = 200;

  private ProblemTranslator() {}

  /**
   * Translates a failure while reading the value at {@code prefix}.
   *
   * @throws UncheckedIOException if the failure is the input stream's, not the document's
   */
  static InvalidDocumentException translate(String prefix, Throwable t) {
    return InvalidDocumentException.of(problems(prefix, t));
  }

  static ImmutableList<DocumentProblem> problems(String prefix, Throwable t) {
    Optional<LimitedInputStream.LimitExceeded> tooLong =
        cause(t, LimitedInputStream.LimitExceeded.class);
    if (tooLong.isPresent()) {
      return one("", null, JsonMessages.f(JsonMessages.LIMIT, detail(tooLong.get().getMessage())));
    }
    if (t instanceof ValueProblemException e) {
      String at = prefix + Pointers.fromReferences(e.getPath());
      return map(e.violations(), v -> DocumentProblem.of(at, v));
    }
    if (t instanceof InvalidValueException) {
      return map(((InvalidValueException) t).violations(), v -> DocumentProblem.of(prefix, v));
    }
    if (t instanceof StreamConstraintsException) {
      return one(pointerAt(prefix, (JsonProcessingException) t), null,
          JsonMessages.f(JsonMessages.LIMIT, detail(((StreamConstraintsException) t)
              .getOriginalMessage())));
    }
    if (t instanceof JsonMappingException e) {
      String at = prefix + Pointers.fromReferences(e.getPath());
      Optional<InvalidValueException> invalid = cause(e, InvalidValueException.class);
      Optional<ValueProblemException> scalar = cause(e, ValueProblemException.class);
      if (scalar.isPresent()) {
        return map(scalar.get().violations(), v -> DocumentProblem.of(at, v));
      }
      if (invalid.isPresent()) {
        return map(invalid.get().violations(), v -> DocumentProblem.of(at, v));
      }
      Optional<StreamConstraintsException> limit = cause(e, StreamConstraintsException.class);
      if (limit.isPresent()) {
        return one(at, null, JsonMessages.f(JsonMessages.LIMIT,
            detail(limit.get().getOriginalMessage())));
      }
      if (e instanceof UnrecognizedPropertyException u) {
        return one(at, null, unknownRule(u.getKnownPropertyIds()));
      }
      String msg = java.util.Objects.toString(e.getOriginalMessage(), "");
      Matcher m = MISSING.matcher(msg);
      if (m.find()) {
        return one(child(at, m.group(1)), null, JsonMessages.REQUIRED);
      }
      m = NULL_CREATOR.matcher(msg);
      if (m.find()) {
        return one(child(at, m.group(1)), "null", JsonMessages.NOT_NULL);
      }
      if (e instanceof MismatchedInputException) {
        Class<?> target = ((MismatchedInputException) e).getTargetType();
        String expected = target == null ? "another shape" : describe(target);
        return one(at, null, JsonMessages.f(JsonMessages.MISMATCH, "must be " + expected));
      }
      if (e.getCause() instanceof RuntimeException) {
        return one(at, null, JsonMessages.f(JsonMessages.MISMATCH, "the value could not be made ("
            + e.getCause().getClass().getSimpleName() + ")"));
      }
      return one(at, null, JsonMessages.f(JsonMessages.MISMATCH, detail(msg)));
    }
    if (t instanceof JsonParseException e) {
      return one(pointerAt(prefix, e), null,
          JsonMessages.f(JsonMessages.NOT_JSON, detail(e.getOriginalMessage()) + where(e)));
    }
    if (t instanceof JsonProcessingException e) {
      return one(pointerAt(prefix, e), null,
          JsonMessages.f(JsonMessages.NOT_JSON, detail(e.getOriginalMessage()) + where(e)));
    }
    if (t instanceof CharConversionException) {
      return one("", null, JsonMessages.f(JsonMessages.NOT_TEXT, detail(t.getMessage())));
    }
    if (t instanceof IOException) {
      throw new UncheckedIOException(
          JsonMessages.f(JsonMessages.IO, t.getClass().getSimpleName()), (IOException) t);
    }
    return one(prefix, null, JsonMessages.f(JsonMessages.MISMATCH,
        "the value could not be made (" + t.getClass().getSimpleName() + ")"));
  }

  /** The pointer of a property; Jackson's path sometimes ends with it already. */
  private static String child(String at, String property) {
    String tail = "/" + Pointers.escape(property);
    return at.endsWith(tail) ? at : at + tail;
  }

  static String unknownRule(@Nullable Collection<Object> known) {
    String list = known == null || known.isEmpty()
        ? "none expected here"
        : "expected one of " + known;
    return JsonMessages.f(JsonMessages.UNKNOWN_PROPERTY, list);
  }

  private static String describe(Class<?> raw) {
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(raw)) {
      return "an object";
    }
    if (CharSequence.class.isAssignableFrom(raw)) {
      return "a string";
    }
    if (Number.class.isAssignableFrom(raw) || (raw.isPrimitive() && raw != boolean.class)) {
      return "a number";
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return "true or false";
    }
    if (raw.isEnum()) {
      return "one of " + java.util.Arrays.toString(raw.getEnumConstants());
    }
    if (Optional.class.isAssignableFrom(raw)) {
      return "a value or null";
    }
    return "an object (" + raw.getSimpleName() + ")";
  }

  private static String pointerAt(String prefix, JsonProcessingException e) {
    Object processor = e.getProcessor();
    if (processor instanceof JsonParser) {
      try {
        String p = ((JsonParser) processor).getParsingContext().pathAsPointer().toString();
        return p.startsWith(prefix) ? p : prefix + p;
      } catch (RuntimeException ignored) {
        return prefix;
      }
    }
    return prefix;
  }

  private static String where(JsonProcessingException e) {
    JsonLocation l = e.getLocation();
    if (l == null || l.getLineNr() < 0) {
      return "";
    }
    return String.format(Locale.ROOT, " (line %d, column %d)", l.getLineNr(), l.getColumnNr());
  }

  /** The first line of a message, shortened, with every long word masked (it may be input). */
  static String detail(@Nullable String message) {
    if (message == null) {
      return "no detail";
    }
    String s = message;
    int nl = s.indexOf('\n');
    if (nl >= 0) {
      s = s.substring(0, nl);
    }
    if (s.length() > MAX_DETAIL) {
      s = s.substring(0, MAX_DETAIL) + "…";
    }
    Matcher m = LONG_WORD.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String word = m.group();
      boolean digits = word.chars().anyMatch(Character::isDigit);
      m.appendReplacement(sb, Matcher.quoteReplacement(digits ? Masking.mask(word) : word));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static <E extends Throwable> Optional<E> cause(Throwable t, Class<E> type) {
    Throwable c = t;
    for (int depth = 0; c != null && depth < 16; depth++) {
      if (type.isInstance(c)) {
        return Optional.of(type.cast(c));
      }
      c = c.getCause();
    }
    return Optional.empty();
  }

  private static ImmutableList<DocumentProblem> one(
      String pointer, @Nullable String value, String rule) {
    return ImmutableList.of(DocumentProblem.of(pointer, value, rule));
  }

  private static ImmutableList<DocumentProblem> map(
      ImmutableList<Violation> violations,
      java.util.function.Function<Violation, DocumentProblem> f) {
    ImmutableList.Builder<DocumentProblem> b = ImmutableList.builder();
    for (Violation v : violations) {
      b.add(f.apply(v));
    }
    return b.build();
  }
}
