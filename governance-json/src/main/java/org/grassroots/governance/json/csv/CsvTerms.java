package org.grassroots.governance.json.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * The one table of an enum's Chinese terms in CSV cells (术语对照表): each constant has exactly
 * one Chinese term, written for it when the write's terms are {@link CsvHeaders#CHINESE}, and
 * may have other Chinese spellings that are only read (特困 for 低保). Reading and writing both
 * come from this table, so they cannot disagree: a cell reads as the constant's name in any case
 * (with {@code -} or a space for {@code _}), its term or one of its other spellings, and every
 * written cell reads back as the same constant. A table that leaves a constant without a term,
 * or gives one spelling to two constants, cannot be built.
 *
 * <pre>{@code
 * CsvTerms<Urgency> urgency = CsvTerms.builder(Urgency.class)
 *     .term(Urgency.ROUTINE, "一般").term(Urgency.PRESSING, "较急")
 *     .term(Urgency.URGENT, "紧急").term(Urgency.CRITICAL, "危急", "特急")
 *     .build();
 * urgency.apply("urgent");                                // URGENT
 * urgency.apply("特急");                                  // CRITICAL
 * urgency.format(Urgency.URGENT, CsvHeaders.CHINESE);     // 紧急
 * urgency.format(Urgency.URGENT, CsvHeaders.ENGLISH);     // URGENT
 * }</pre>
 *
 * <p>Immutable and thread-safe; as a {@code Function<String, E>} it is a column's cell reader,
 * throwing {@link InvalidValueException} naming the accepted values.
 *
 * @param <E> the enum type
 */
public final class CsvTerms<E extends Enum<E>> implements Function<String, E> {
  private final Class<E> type;
  private final ImmutableMap<E, String> terms;
  private final ImmutableMap<String, E> read;
  private final String expected;

  private CsvTerms(Class<E> type, ImmutableMap<E, String> terms, ImmutableMap<String, E> read,
      String expected) {
    this.type = type;
    this.terms = terms;
    this.read = read;
    this.expected = expected;
  }

  /**
   * A builder of the table of an enum.
   *
   * @param type the enum
   * @param <E> the enum type
   * @return the builder
   */
  public static <E extends Enum<E>> Builder<E> builder(Class<E> type) {
    return new Builder<>(requireNonNull(type, "type"));
  }

  /**
   * The enum.
   *
   * @return its class
   */
  public Class<E> type() {
    return type;
  }

  /**
   * The Chinese term written for a constant.
   *
   * @param constant the constant
   * @return its term, e.g. {@code 养老}
   */
  public String chinese(E constant) {
    return requireNonNull(terms.get(requireNonNull(constant, "constant")), "term");
  }

  /**
   * Every constant's Chinese term, in declaration order.
   *
   * @return the terms
   */
  public ImmutableMap<E, String> terms() {
    return terms;
  }

  /**
   * Writes a constant: its Chinese term, or its name for {@link CsvHeaders#ENGLISH}.
   *
   * @param constant the constant
   * @param language the language of the cell
   * @return the cell
   */
  public String format(E constant, CsvHeaders language) {
    requireNonNull(language, "language");
    return language == CsvHeaders.CHINESE ? chinese(constant) : constant.name();
  }

  /**
   * Reads a cell: the constant's name in any case (with {@code -} or a space for {@code _}), its
   * Chinese term, or another of its Chinese spellings.
   *
   * @param cell the (stripped, non-empty) cell
   * @return the constant
   * @throws InvalidValueException if the cell names no constant
   */
  @Override
  public E apply(String cell) {
    E e = read.get(CsvCells.normalise(requireNonNull(cell, "cell")));
    if (e == null) {
      throw CsvCells.invalid(type.getSimpleName(), cell,
          CsvMessages.f(CsvMessages.ENUM, expected));
    }
    return e;
  }

  @Override
  public String toString() {
    return "CsvTerms[" + type.getSimpleName() + " " + terms + "]";
  }

  /**
   * Builds a {@link CsvTerms}: one {@link #term} per constant.
   *
   * @param <E> the enum type
   */
  public static final class Builder<E extends Enum<E>> {
    private final Class<E> type;
    private final Map<E, String> terms;
    private final Map<E, List<String>> others;

    private Builder(Class<E> type) {
      this.type = type;
      this.terms = new EnumMap<>(type);
      this.others = new EnumMap<>(type);
    }

    /**
     * The constant's Chinese term (written and read) and other spellings (only read).
     *
     * @param constant the constant
     * @param chinese its term
     * @param alsoRead other spellings read as the constant
     * @return this builder
     * @throws IllegalArgumentException if the constant already has a term
     */
    public Builder<E> term(E constant, String chinese, String... alsoRead) {
      requireNonNull(constant, "constant");
      requireNonNull(chinese, "chinese");
      if (terms.containsKey(constant)) {
        throw new IllegalArgumentException(
            type.getSimpleName() + "." + constant.name() + " has a term already: "
                + terms.get(constant));
      }
      terms.put(constant, chinese);
      others.put(constant, ImmutableList.copyOf(alsoRead));
      return this;
    }

    /**
     * The table.
     *
     * @return the table
     * @throws IllegalArgumentException if a constant has no term, a term is empty, has outer
     *     spaces or the cell separator, or a spelling names two constants
     */
    public CsvTerms<E> build() {
      List<String> problems = new ArrayList<>();
      Map<String, E> read = new HashMap<>();
      ImmutableMap.Builder<String, E> ordered = ImmutableMap.builder();
      ImmutableMap.Builder<E, String> written = ImmutableMap.builder();
      List<String> spellings = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        put(read, ordered, problems, e.name(), e);
      }
      for (E e : type.getEnumConstants()) {
        String t = terms.get(e);
        if (t == null) {
          problems.add(type.getSimpleName() + "." + e.name() + " has no Chinese term");
          continue;
        }
        written.put(e, t);
        List<String> all = new ArrayList<>();
        all.add(t);
        all.addAll(requireNonNull(others.get(e), "others"));
        for (String s : all) {
          if (s.isEmpty() || !s.equals(s.strip()) || s.indexOf(CsvCells.SEPARATOR) >= 0
              || s.indexOf(CsvCells.FULL_WIDTH_SEPARATOR) >= 0
              || s.indexOf(CsvCells.INTERVAL) >= 0) {
            problems.add(type.getSimpleName() + "." + e.name() + ": term '" + s
                + "' is empty, has outer spaces or a separator");
          } else {
            put(read, ordered, problems, s, e);
            spellings.add(s);
          }
        }
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException(String.join("; ", problems));
      }
      String expected = List.of(type.getEnumConstants()) + " or " + spellings;
      return new CsvTerms<>(type, written.buildOrThrow(), ordered.buildOrThrow(), expected);
    }

    private void put(Map<String, E> read, ImmutableMap.Builder<String, E> ordered,
        List<String> problems, String spelling, E e) {
      String key = CsvCells.normalise(spelling);
      E before = read.putIfAbsent(key, e);
      if (before == null) {
        ordered.put(key, e);
      } else if (before != e) {
        problems.add("'" + spelling + "' names both " + type.getSimpleName() + "."
            + before.name() + " and " + e.name());
      }
    }
  }
}
