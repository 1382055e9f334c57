package org.grassroots.governance.json.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violation;
import org.grassroots.governance.validation.Violations;

/**
 * How the cells of CSV lists are read and written (单元格格式): the separator of multi-valued
 * cells, enum cells by name (any case, {@code -} or space for {@code _}) or by their Chinese
 * label (the layouts' enum columns use a {@link CsvTerms} table, which also writes the Chinese
 * term), instants in RFC 3339, decimals as plain text. Every reader throws the core
 * {@link InvalidValueException}, so a bad cell is reported at its row and column.
 *
 * <pre>{@code
 * Function<String, ServiceCategory> category = CsvCells.enumCell(ServiceCategory.class,
 *     Map.of("养老", ServiceCategory.ELDER_CARE));
 * category.apply("elder care");   // ELDER_CARE
 * category.apply("养老");          // ELDER_CARE
 * CsvCells.instant("2024-05-02T10:00:00+08:00");   // 2024-05-02T02:00:00Z
 * }</pre>
 */
public final class CsvCells {
  /** The separator of the values in a multi-valued cell: {@code ;} (written; also read). */
  public static final char SEPARATOR = ';';

  /** The full-width separator {@code ；}, read as {@link #SEPARATOR}. */
  public static final char FULL_WIDTH_SEPARATOR = '；';

  /** The separator of the start and end of a time window in one cell: {@code /} (ISO 8601). */
  public static final char INTERVAL = '/';

  private CsvCells() {}

  /**
   * A reader of enum cells: the constant's name in any case, with {@code -} or spaces for
   * {@code _}, or one of the given labels (e.g. the Chinese term).
   *
   * @param type the enum
   * @param labels other accepted spellings
   * @param <E> the enum type
   * @return the reader, throwing {@link InvalidValueException} naming the accepted values
   */
  public static <E extends Enum<E>> Function<String, E> enumCell(
      Class<E> type, Map<String, E> labels) {
    requireNonNull(type, "type");
    ImmutableMap.Builder<String, E> b = ImmutableMap.builder();
    for (E e : type.getEnumConstants()) {
      b.put(e.name(), e);
    }
    for (Map.Entry<String, E> l : labels.entrySet()) {
      b.put(normalise(l.getKey()), l.getValue());
    }
    ImmutableMap<String, E> byName = b.buildKeepingLast();
    String expected = Arrays.toString(type.getEnumConstants());
    return cell -> {
      E e = byName.get(normalise(cell));
      if (e == null) {
        throw invalid(type.getSimpleName(), cell,
            CsvMessages.f(CsvMessages.ENUM, expected + (labels.isEmpty() ? ""
                : " or " + ImmutableList.copyOf(labels.keySet()))));
      }
      return e;
    };
  }

  /** An enum cell normalised for matching: stripped, {@code _} for {@code -} and spaces, upper case. */
  static String normalise(String cell) {
    return cell.strip().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
  }

  /**
   * Reads an instant in RFC 3339 with an offset ({@code 2024-05-02T10:00:00+08:00} or
   * {@code …Z}).
   *
   * @param cell the cell
   * @return the instant
   * @throws InvalidValueException if the cell is not such an instant
   */
  public static Instant instant(String cell) {
    try {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(cell, Instant::from);
    } catch (DateTimeParseException e) {
      throw invalid("Instant", cell, CsvMessages.INSTANT);
    }
  }

  /**
   * Writes an instant in UTC, e.g. {@code 2024-05-02T02:00:00Z}.
   *
   * @param instant the instant
   * @return the text
   */
  public static String instant(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /**
   * Reads a plain decimal number ({@code 12.5}; no exponent, no grouping).
   *
   * @param cell the cell
   * @return the number, exactly as written
   * @throws InvalidValueException if the cell is not a plain decimal number
   */
  public static BigDecimal decimal(String cell) {
    boolean plain = !cell.isEmpty();
    int dots = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      if (c == '.') {
        dots++;
      } else if (!(c >= '0' && c <= '9') && !(i == 0 && (c == '-' || c == '+'))) {
        plain = false;
      }
    }
    if (!plain || dots > 1 || cell.length() > 40 || cell.equals(".") || cell.endsWith(".")
        || cell.startsWith(".")) {
      throw invalid("BigDecimal", cell, CsvMessages.DECIMAL);
    }
    try {
      return new BigDecimal(cell);
    } catch (NumberFormatException e) {
      throw invalid("BigDecimal", cell, CsvMessages.DECIMAL); // a sign alone: "+", "-"
    }
  }

  /**
   * Reads a whole number.
   *
   * @param cell the cell
   * @return the number
   * @throws InvalidValueException if the cell is not a whole number in the {@code int} range
   */
  public static int integer(String cell) {
    try {
      return Integer.parseInt(cell);
    } catch (NumberFormatException e) {
      throw invalid("Integer", cell, CsvMessages.INTEGER);
    }
  }

  static <V> List<V> split(String key, String cell, Function<String, V> parse, boolean distinct) {
    List<V> values = new ArrayList<>();
    Set<V> seen = new HashSet<>();
    Violations v = Violations.of(key);
    int index = 0;
    int start = 0;
    for (int i = 0; i <= cell.length(); i++) {
      if (i == cell.length() || cell.charAt(i) == SEPARATOR
          || cell.charAt(i) == FULL_WIDTH_SEPARATOR) {
        String part = cell.substring(start, i).strip();
        start = i + 1;
        if (part.isEmpty()) {
          continue;
        }
        String at = key + "[" + index + "]";
        index++;
        V value = v.nested(at, () -> parse.apply(part));
        if (value != null) {
          v.check(!distinct || seen.add(value), at, part, CsvMessages.REPEATED);
          values.add(value);
        }
      }
    }
    v.throwIfAny();
    return ImmutableList.copyOf(values);
  }

  static <V> String join(String key, List<V> values, Function<? super V, String> format) {
    StringBuilder sb = new StringBuilder();
    for (V value : values) {
      String text = format.apply(value);
      if (text.indexOf(SEPARATOR) >= 0 || text.indexOf(FULL_WIDTH_SEPARATOR) >= 0
          || !text.equals(text.strip()) || text.isEmpty()) {
        throw new IllegalArgumentException(CsvMessages.f(CsvMessages.UNWRITABLE, key));
      }
      if (sb.length() > 0) {
        sb.append(SEPARATOR);
      }
      sb.append(text);
    }
    return sb.toString();
  }

  static InvalidValueException invalid(String type, String cell, String rule) {
    return new InvalidValueException(type, List.of(Violation.of("", cell, rule)));
  }
}
