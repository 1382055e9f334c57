package org.grassroots.governance.json;

/**
 * Options of one write (写出选项). By default personal data (citizen id numbers) is written
 * masked ({@code 110105********002X}); a caller that has decided the whole values may leave the
 * system opts in for that one write with {@link #revealPersonalData()}.
 *
 * <pre>{@code
 * json.write(out, envelope, WriteOptions.revealPersonalData()); // whole citizen ids, this write only
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

  private static final WriteOptions MASKED = new WriteOptions(false);
  private static final WriteOptions REVEALED = new WriteOptions(true);

  private final boolean reveal;

  private WriteOptions(boolean reveal) {
    this.reveal = reveal;
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
   * Whether personal data is written whole.
   *
   * @return {@code true} if revealed
   */
  public boolean revealsPersonalData() {
    return reveal;
  }

  @Override
  public String toString() {
    return reveal ? "WriteOptions[personal data revealed]" : "WriteOptions[personal data masked]";
  }
}
