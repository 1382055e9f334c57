package org.grassroots.governance.json.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.grassroots.governance.privacy.Masking;
import org.grassroots.governance.validation.InvalidValueException;

/**
 * One column of a CSV list (列): its key (the property name of the JSON form), its English and
 * Chinese headers and other accepted spellings, how a cell is read (through the value's public
 * {@code parse}) and written, and how the value is taken from an item.
 *
 * <p>Cells are stripped of outer white space before they are read; an empty cell is a missing
 * value: an error for a {@link #required required} column, {@code Optional.empty()} for an
 * {@link #optional optional} one. A {@link #personal()} column is written masked unless the write
 * reveals personal data. Immutable and thread-safe.
 *
 * <pre>{@code
 * CsvColumn<OrganizationRecord, DivisionCode> division = CsvColumn.required(
 *     "division", "division", "区划代码", OrganizationRecord::division,
 *     DivisionCode::parse, DivisionCode::toString).withAliases("行政区划代码");
 * }</pre>
 *
 * @param <T> the item type
 * @param <V> the value type of the column
 */
public final class CsvColumn<T, V> {
  private final String key;
  private final String english;
  private final String chinese;
  private final ImmutableList<String> aliases;
  private final Function<? super T, V> get;
  private final Function<String, V> parse;
  private final Function<? super V, String> format;
  private final boolean required;
  private final boolean personal;

  private CsvColumn(
      String key,
      String english,
      String chinese,
      ImmutableList<String> aliases,
      Function<? super T, V> get,
      Function<String, V> parse,
      Function<? super V, String> format,
      boolean required,
      boolean personal) {
    this.key = key;
    this.english = english;
    this.chinese = chinese;
    this.aliases = aliases;
    this.get = get;
    this.parse = parse;
    this.format = format;
    this.required = required;
    this.personal = personal;
  }

  /**
   * A column every row must fill.
   *
   * @param key the key, the property name of the JSON form, e.g. {@code creditCode}
   * @param english the English header
   * @param chinese the Chinese header
   * @param get takes the value from an item
   * @param parse reads a (stripped, non-empty) cell; throws {@link InvalidValueException}
   * @param format writes a value as a cell
   * @param <T> the item type
   * @param <V> the value type
   * @return the column
   */
  public static <T, V> CsvColumn<T, V> required(
      String key,
      String english,
      String chinese,
      Function<? super T, V> get,
      Function<String, V> parse,
      Function<? super V, String> format) {
    return new CsvColumn<>(
        requireNonNull(key, "key"),
        requireNonNull(english, "english"),
        requireNonNull(chinese, "chinese"),
        ImmutableList.of(),
        requireNonNull(get, "get"),
        requireNonNull(parse, "parse"),
        requireNonNull(format, "format"),
        true,
        false);
  }

  /**
   * A column a row may leave empty; the header may be absent too.
   *
   * @param key the key
   * @param english the English header
   * @param chinese the Chinese header
   * @param get takes the optional value from an item
   * @param parse reads a (stripped, non-empty) cell; throws {@link InvalidValueException}
   * @param format writes a present value as a cell
   * @param <T> the item type
   * @param <V> the value type
   * @return the column, whose values are {@code Optional<V>}
   */
  public static <T, V> CsvColumn<T, Optional<V>> optional(
      String key,
      String english,
      String chinese,
      Function<? super T, Optional<V>> get,
      Function<String, V> parse,
      Function<? super V, String> format) {
    requireNonNull(parse, "parse");
    requireNonNull(format, "format");
    Function<String, Optional<V>> parseOptional = s -> Optional.of(parse.apply(s));
    Function<Optional<V>, String> formatOptional = o -> o.map(format).orElse("");
    return new CsvColumn<>(
        requireNonNull(key, "key"),
        requireNonNull(english, "english"),
        requireNonNull(chinese, "chinese"),
        ImmutableList.of(),
        requireNonNull(get, "get"),
        parseOptional,
        formatOptional,
        false,
        false);
  }

  /**
   * A copy that also accepts other header spellings.
   *
   * @param more the other spellings, e.g. {@code "信用代码"}
   * @return the copy
   */
  public CsvColumn<T, V> withAliases(String... more) {
    return new CsvColumn<>(key, english, chinese,
        ImmutableList.<String>builder().addAll(aliases).add(more).build(),
        get, parse, format, required, personal);
  }

  /**
   * A copy whose values are personal data: written masked unless the write reveals them, and
   * masked in problem reports.
   *
   * @return the copy
   */
  public CsvColumn<T, V> personal() {
    return new CsvColumn<>(key, english, chinese, aliases, get, parse, format, required, true);
  }

  /**
   * The key.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * The header in the given language.
   *
   * @param headers the language
   * @return the header
   */
  public String header(CsvHeaders headers) {
    return headers == CsvHeaders.CHINESE ? chinese : english;
  }

  /**
   * Every accepted header spelling: key, English, Chinese, aliases.
   *
   * @return the spellings
   */
  public ImmutableList<String> names() {
    return ImmutableList.<String>builder().add(key, english, chinese).addAll(aliases).build();
  }

  /**
   * Whether every row must fill this column.
   *
   * @return {@code true} if required
   */
  public boolean isRequired() {
    return required;
  }

  /**
   * Whether the values are personal data.
   *
   * @return {@code true} if personal
   */
  public boolean isPersonal() {
    return personal;
  }

  V parse(String cell) {
    return parse.apply(cell);
  }

  @SuppressWarnings("unchecked") // an optional column's V is Optional<X>: empty is its value
  V empty() {
    return (V) Optional.empty();
  }

  String format(T item, boolean reveal) {
    String text = format.apply(get.apply(item));
    return personal && !reveal && !text.isEmpty() ? Masking.mask(text) : text;
  }

  String shown(String cell) {
    return personal ? Masking.mask(cell) : cell;
  }

  /** Header text normalised for matching: no BOM, no spaces, '_' or '-', lower case. */
  static String normalise(String header) {
    StringBuilder sb = new StringBuilder(header.length());
    header.strip().codePoints().forEach(c -> {
      if (c != '\uFEFF' && c != ' ' && c != '_' && c != '-' && c != '\u3000'
          && !Character.isWhitespace(c)) {
        sb.appendCodePoint(c);
      }
    });
    return sb.toString().toLowerCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return key;
  }
}
