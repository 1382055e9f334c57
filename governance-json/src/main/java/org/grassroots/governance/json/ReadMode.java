package org.grassroots.governance.json;

/**
 * How a reader treats properties it does not know (读取模式).
 *
 * <pre>{@code
 * GovernanceJson lenient = GovernanceJson.builder().mode(ReadMode.LENIENT).build();
 * }</pre>
 */
public enum ReadMode {
  /** An unknown property makes the document invalid. */
  STRICT,
  /** Unknown properties are skipped and reported as warnings; everything else is as strict. */
  LENIENT
}
