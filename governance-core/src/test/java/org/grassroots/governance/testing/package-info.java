/** Test fixtures shared by the modules' tests (published as the core test-jar). */
@NullMarked
package org.grassroots.governance.testing;

import org.jspecify.annotations.NullMarked;
