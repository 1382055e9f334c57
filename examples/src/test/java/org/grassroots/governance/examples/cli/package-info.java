/** Tests of the command-line tool. */
@NullMarked
package org.grassroots.governance.examples.cli;

import org.jspecify.annotations.NullMarked;
