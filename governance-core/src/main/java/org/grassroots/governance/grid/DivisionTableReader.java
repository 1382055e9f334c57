package org.grassroots.governance.grid;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.grassroots.governance.id.DivisionCode;
import org.grassroots.governance.id.UrbanRuralClass;
import org.grassroots.governance.validation.InvalidValueException;
import org.grassroots.governance.validation.Violations;

/**
 * Reads the national division table (统计用区划代码表) in the format of the project's shared data:
 * UTF-8 CSV with a header {@code code,parent_code,level,name[,urban_rural_code]}, minimal
 * quoting, one division per row. Compression is the caller's business (wrap a
 * {@code GZIPInputStream}).
 *
 * <p>Every row is checked (12-digit code, parent empty or 12 digits, level 1-5 agreeing with the
 * code, a non-blank name, an urban-rural code if any from the official list); all bad rows are
 * reported at once as {@code lines[n].column} with the 1-based line number (the header is line
 * 1), at most {@value #MAX_REPORTED} of them. The structure (parents, prefixes, duplicates) is
 * checked by {@link GridHierarchy.Builder#build()}, with paths {@code divisions[i]} where
 * {@code i} = line − 2.
 *
 * <pre>{@code
 * try (InputStream in = new GZIPInputStream(Files.newInputStream(path))) {
 *   GridHierarchy h = DivisionTableReader.read(in).build();
 * }
 * }</pre>
 */
public final class DivisionTableReader {
  /** How many bad rows are reported at most; the rest are counted. */
  public static final int MAX_REPORTED = 100;

  private static final String TYPE = "DivisionTable";

  private DivisionTableReader() {}

  /**
   * Reads a table from UTF-8 bytes.
   *
   * @param in the bytes (not closed)
   * @return a builder holding every division, to which grids and buildings may be added
   * @throws IOException if reading fails
   * @throws InvalidValueException listing the bad rows
   */
  public static GridHierarchy.Builder read(InputStream in) throws IOException {
    requireNonNull(in, "in");
    return read(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /**
   * Reads a table from text.
   *
   * @param reader the text (not closed)
   * @return a builder holding every division, to which grids and buildings may be added
   * @throws IOException if reading fails
   * @throws InvalidValueException listing the bad rows
   */
  public static GridHierarchy.Builder read(Reader reader) throws IOException {
    requireNonNull(reader, "reader");
    BufferedReader r = reader instanceof BufferedReader ? (BufferedReader) reader : new BufferedReader(reader, 1 << 16);
    GridHierarchy.Builder builder = GridHierarchy.builder();
    Violations v = Violations.of(TYPE);
    int bad = 0;
    String header = r.readLine();
    if (header == null) {
      v.check(false, "lines[1]", null, Messages.f(Messages.EMPTY_TABLE, HEADER));
      v.throwIfAny();
      return builder;
    }
    if (header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    List<String> head = split(header);
    if (head.size() < 4 || !head.subList(0, 4).equals(List.of("code", "parent_code", "level", "name"))) {
      v.check(false, "lines[1]", header, Messages.f(Messages.HEADER, HEADER));
      v.throwIfAny();
    }
    int line = 1;
    String text;
    while ((text = r.readLine()) != null) {
      line++;
      if (text.isEmpty()) {
        continue;
      }
      String at = "lines[" + line + "]";
      List<String> f = split(text);
      if (f.size() < 4 || f.size() > 5) {
        if (++bad <= MAX_REPORTED) {
          v.check(false, at, text, Messages.f(Messages.FIELDS, f.size()));
        }
        continue;
      }
      Violations row = Violations.of(TYPE);
      DivisionCode code = row.nested(at + ".code", () -> parse12(f.get(0)));
      Optional<DivisionCode> parent = Optional.empty();
      if (!f.get(1).isEmpty()) {
        DivisionCode p = row.nested(at + ".parent_code", () -> parse12(f.get(1)));
        parent = Optional.ofNullable(p);
      }
      String level = f.get(2);
      int lv = level.length() == 1 ? level.charAt(0) - '0' : -1;
      if (lv < 1 || lv > 5) {
        row.check(false, at + ".level", level, Messages.LEVEL_RANGE);
      } else if (code != null) {
        row.check(
            code.codeLevel().number() == lv,
            at + ".level",
            level,
            Messages.f(Messages.LEVEL_DISAGREES, code, code.codeLevel().number()));
      }
      String name = f.get(3);
      row.check(!name.isBlank(), at + ".name", name, Messages.NAME_BLANK);
      if (f.size() == 5 && !f.get(4).isEmpty()) {
        String ur = f.get(4);
        boolean ok = ur.length() == 3 && ur.chars().allMatch(c -> c >= '0' && c <= '9')
            && UrbanRuralClass.tryOfCode(Integer.parseInt(ur)).isPresent();
        row.check(ok, at + ".urban_rural_code", ur, Messages.URBAN_RURAL);
      }
      if (!row.isEmpty()) {
        for (var violation : row.list()) {
          if (++bad <= MAX_REPORTED) {
            v.add(violation);
          }
        }
        continue;
      }
      builder.division(requireNonNull(code, "code"), parent, name);
    }
    if (bad > MAX_REPORTED) {
      v.check(false, "lines", bad, Messages.f(Messages.MORE_PROBLEMS, bad - MAX_REPORTED));
    }
    v.throwIfAny();
    return builder;
  }

  private static final String HEADER = "code,parent_code,level,name[,urban_rural_code]";

  private static DivisionCode parse12(String s) {
    Optional<DivisionCode> quick = s.length() == 12 ? DivisionCode.tryParse(s) : Optional.empty();
    if (quick.isPresent()) {
      return quick.get();
    }
    if (s.length() != 12) {
      Violations.of("DivisionCode")
          .check(false, "", s, Messages.f(Messages.TWELVE_DIGITS, s.length()))
          .throwIfAny();
    }
    return DivisionCode.parse(s);
  }

  /** Splits one CSV line with minimal quoting ({@code "a,b"}, {@code ""} for a quote). */
  static List<String> split(String line) {
    List<String> out = new ArrayList<>(5);
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cur.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cur.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    out.add(cur.toString());
    return out;
  }
}
