/** Tests of {@code org.grassroots.governance.privacy}. */
@NullMarked
package org.grassroots.governance.privacy;

import org.jspecify.annotations.NullMarked;
