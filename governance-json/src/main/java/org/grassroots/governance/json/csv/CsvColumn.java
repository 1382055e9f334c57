package org.grassroots.governance.json.csv;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.grassroots.governance.privacy.Masking;
import org.grassroots.governance.validation.InvalidValueException;
import org.jspecify.annotations.Nullable;

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
  private final BiFunction<? super V, CsvHeaders, String> format;
  private final boolean required;
  private final boolean personal;
  private final @Nullable V emptyValue;

  private CsvColumn(
      String key,
      String english,
      String chinese,
      ImmutableList<String> aliases,
      Function<? super T, V> get,
      Function<String, V> parse,
      BiFunction<? super V, CsvHeaders, String> format,
      boolean required,
      boolean personal,
      @Nullable V emptyValue) {
    this.key = key;
    this.english = english;
    this.chinese = chinese;
    this.aliases = aliases;
    this.get = get;
    this.parse = parse;
    this.format = format;
    this.required = required;
    this.personal = personal;
    this.emptyValue = emptyValue;
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
    requireNonNull(format, "format");
    return requiredInTerms(key, english, chinese, get, parse, (v, language) -> format.apply(v));
  }

  /**
   * A column every row must fill, whose cells are written in the write's language of terms
   * ({@link CsvWriteOptions#terms()}), e.g. a service area as a code or a level (同社区).
   *
   * @param key the key
   * @param english the English header
   * @param chinese the Chinese header
   * @param get takes the value from an item
   * @param parse reads a (stripped, non-empty) cell in either language; throws
   *     {@link InvalidValueException}
   * @param format writes a value as a cell in a language
   * @param <T> the item type
   * @param <V> the value type
   * @return the column
   */
  public static <T, V> CsvColumn<T, V> requiredInTerms(
      String key,
      String english,
      String chinese,
      Function<? super T, V> get,
      Function<String, V> parse,
      BiFunction<? super V, CsvHeaders, String> format) {
    return new CsvColumn<>(
        requireNonNull(key, "key"),
        requireNonNull(english, "english"),
        requireNonNull(chinese, "chinese"),
        ImmutableList.of(),
        requireNonNull(get, "get"),
        requireNonNull(parse, "parse"),
        requireNonNull(format, "format"),
        true,
        false,
        null);
  }

  /**
   * A column every row must fill with a constant of an enum, read and written through its
   * table of terms: the Chinese term when the write's terms are Chinese, else the name.
   *
   * <pre>{@code
   * CsvColumn<Demand, Urgency> urgency = CsvColumn.required("urgency", "urgency", "紧急程度",
   *     Demand::urgency, MatchingCsv.URGENCY_TERMS);
   * }</pre>
   *
   * @param key the key
   * @param english the English header
   * @param chinese the Chinese header
   * @param get takes the value from an item
   * @param terms the enum's table of terms
   * @param <T> the item type
   * @param <V> the enum type
   * @return the column
   */
  public static <T, V extends Enum<V>> CsvColumn<T, V> required(
      String key, String english, String chinese, Function<? super T, V> get,
      CsvTerms<V> terms) {
    requireNonNull(terms, "terms");
    return requiredInTerms(key, english, chinese, get, terms, terms::format);
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
    requireNonNull(format, "format");
    return optionalInTerms(key, english, chinese, get, parse, (v, language) -> format.apply(v));
  }

  /**
   * A column a row may leave empty, holding a constant of an enum read and written through its
   * table of terms.
   *
   * @param key the key
   * @param english the English header
   * @param chinese the Chinese header
   * @param get takes the optional value from an item
   * @param terms the enum's table of terms
   * @param <T> the item type
   * @param <V> the enum type
   * @return the column, whose values are {@code Optional<V>}
   */
  public static <T, V extends Enum<V>> CsvColumn<T, Optional<V>> optional(
      String key, String english, String chinese, Function<? super T, Optional<V>> get,
      CsvTerms<V> terms) {
    requireNonNull(terms, "terms");
    return optionalInTerms(key, english, chinese, get, terms, terms::format);
  }

  private static <T, V> CsvColumn<T, Optional<V>> optionalInTerms(
      String key,
      String english,
      String chinese,
      Function<? super T, Optional<V>> get,
      Function<String, V> parse,
      BiFunction<? super V, CsvHeaders, String> format) {
    requireNonNull(parse, "parse");
    Function<String, Optional<V>> parseOptional = s -> Optional.of(parse.apply(s));
    BiFunction<Optional<V>, CsvHeaders, String> formatOptional =
        (o, language) -> o.map(v -> format.apply(v, language)).orElse("");
    return new CsvColumn<>(
        requireNonNull(key, "key"),
        requireNonNull(english, "english"),
        requireNonNull(chinese, "chinese"),
        ImmutableList.of(),
        requireNonNull(get, "get"),
        parseOptional,
        formatOptional,
        false,
        false,
        Optional.empty());
  }

  /**
   * A multi-valued column (多值列): one cell holds several values separated by
   * {@link CsvCells#SEPARATOR} ({@code ;}; the full-width {@code ；} is read too). Values are
   * stripped, empty parts are ignored, an empty cell is the empty list and the header may be
   * absent. A repeated value is refused when {@code distinct} (the column is a set). On writing,
   * a value that contains a separator cannot be told apart from two values and is refused with an
   * {@link IllegalArgumentException}.
   *
   * <pre>{@code
   * CsvColumn<Demand, List<String>> skills = CsvColumn.multi("requiredSkills", "required skills",
   *     "所需技能", Demand::requiredSkills, s -> s, s -> s, true);
   * // cell "nursing; 护理" -> [nursing, 护理]
   * }</pre>
   *
   * @param key the key
   * @param english the English header
   * @param chinese the Chinese header
   * @param get takes the values from an item
   * @param parse reads one (stripped, non-empty) value; throws {@link InvalidValueException}
   * @param format writes one value
   * @param distinct whether a repeated value is refused
   * @param <T> the item type
   * @param <V> the value type
   * @return the column, whose values are lists in cell order
   */
  public static <T, V> CsvColumn<T, List<V>> multi(
      String key,
      String english,
      String chinese,
      Function<? super T, ? extends Collection<V>> get,
      Function<String, V> parse,
      Function<? super V, String> format,
      boolean distinct) {
    requireNonNull(format, "format");
    return multiInTerms(key, english, chinese, get, parse, (v, language) -> format.apply(v),
        distinct);
  }

  /**
   * A multi-valued column of constants of an enum, read and written through its table of terms
   * (Chinese terms separated by {@code ;} when the write's terms are Chinese).
   *
   * @param key the key
   * @param english the English header
   * @param chinese the Chinese header
   * @param get takes the values from an item
   * @param terms the enum's table of terms
   * @param distinct whether a repeated value is refused
   * @param <T> the item type
   * @param <V> the enum type
   * @return the column, whose values are lists in cell order
   */
  public static <T, V extends Enum<V>> CsvColumn<T, List<V>> multi(
      String key, String english, String chinese,
      Function<? super T, ? extends Collection<V>> get, CsvTerms<V> terms, boolean distinct) {
    requireNonNull(terms, "terms");
    return multiInTerms(key, english, chinese, get, terms, terms::format, distinct);
  }

  private static <T, V> CsvColumn<T, List<V>> multiInTerms(
      String key,
      String english,
      String chinese,
      Function<? super T, ? extends Collection<V>> get,
      Function<String, V> parse,
      BiFunction<? super V, CsvHeaders, String> format,
      boolean distinct) {
    requireNonNull(key, "key");
    requireNonNull(get, "get");
    requireNonNull(parse, "parse");
    Function<String, List<V>> parseList = cell -> CsvCells.split(key, cell, parse, distinct);
    BiFunction<List<V>, CsvHeaders, String> formatList =
        (list, language) -> CsvCells.join(key, list, v -> format.apply(v, language));
    Function<T, List<V>> getList = item -> ImmutableList.copyOf(get.apply(item));
    return new CsvColumn<>(
        key,
        requireNonNull(english, "english"),
        requireNonNull(chinese, "chinese"),
        ImmutableList.of(),
        getList,
        parseList,
        formatList,
        false,
        false,
        ImmutableList.of());
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
        get, parse, format, required, personal, emptyValue);
  }

  /**
   * A copy whose values are personal data: written masked unless the write reveals them, and
   * masked in problem reports.
   *
   * @return the copy
   */
  public CsvColumn<T, V> personal() {
    return new CsvColumn<>(key, english, chinese, aliases, get, parse, format, required, true,
        emptyValue);
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

  /** The value of an empty cell of a column that is not required. */
  V empty() {
    V e = emptyValue;
    if (e == null) {
      throw new IllegalStateException("column " + key + " is required: it has no empty value");
    }
    return e;
  }

  String format(T item, boolean reveal, CsvHeaders terms) {
    String text = format.apply(get.apply(item), terms);
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
