/**
 * The command-line tool ({@code governance}, 命令行工具): simulate scenarios and write their
 * reports. Packaged as one runnable jar, {@code examples/target/governance-cli.jar}.
 */
@NullMarked
package org.grassroots.governance.examples.cli;

import org.jspecify.annotations.NullMarked;
