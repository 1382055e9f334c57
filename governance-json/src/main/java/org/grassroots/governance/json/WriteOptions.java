package org.grassroots.governance.json;

/**
 * Options of one write (写出选项). By default personal data (citizen id numbers) is written
 * masked ({@code 110105********002X}); a caller that has decided the whole values may leave the
 * system opts in for that one write with {@link #revealPersonalData()}.
 *
 * <pre>{@code
 * json.write(out, envelope, WriteOptions.revealPersonalData()); // whole citizen ids, this write only
 * json.write(out, envelope, WriteOptions.defaults().indented());  // for people to read
 * mapper.writer().withAttribute(WriteOptions.REVEAL_ATTRIBUTE, true).writeValueAsString(x);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class WriteOptions {
  /**
   * The Jackson attribute ({@code ObjectWriter.withAttribute}) that reveals personal data in one
   * write when set to {@code Boolean.TRUE}; for users of {@link GovernanceModule} with their own
   * {@code ObjectMapper}.
   */
  public static final String REVEAL_ATTRIBUTE = "org.grassroots.governance.json.revealPersonalData";

  private static final WriteOptions MASKED = new WriteOptions(false, false);
  private static final WriteOptions REVEALED = new WriteOptions(true, false);

  private final boolean reveal;
  private final boolean indent;

  private WriteOptions(boolean reveal, boolean indent) {
    this.reveal = reveal;
    this.indent = indent;
  }

  /**
   * The default: personal data masked.
   *
   * @return the default options
   */
  public static WriteOptions defaults() {
    return MASKED;
  }

  /**
   * Personal data written whole, for this write only.
   *
   * @return options that reveal personal data
   */
  public static WriteOptions revealPersonalData() {
    return REVEALED;
  }

  /**
   * A copy that indents the output for people to read (the default is compact).
   *
   * @return the copy
   */
  public WriteOptions indented() {
    return new WriteOptions(reveal, true);
  }

  /**
   * Whether the output is indented.
   *
   * @return {@code true} if indented
   */
  public boolean isIndented() {
    return indent;
  }

  /**
   * Whether personal data is written whole.
   *
   * @return {@code true} if revealed
   */
  public boolean revealsPersonalData() {
    return reveal;
  }

  @Override
  public String toString() {
    return "WriteOptions[personal data " + (reveal ? "revealed" : "masked")
        + (indent ? ", indented" : "") + "]";
  }
}
