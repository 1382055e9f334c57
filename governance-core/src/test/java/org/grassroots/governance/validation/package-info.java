/** Tests of {@code org.grassroots.governance.validation}. */
@NullMarked
package org.grassroots.governance.validation;

import org.jspecify.annotations.NullMarked;
