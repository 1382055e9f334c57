/**
 * The house conventions shared by the value types of every model package.
 *
 * <p>Holds the Immutables style meta-annotation {@link org.grassroots.governance.value.GovernanceStyle}.
 */
@NullMarked
package org.grassroots.governance.value;

import org.jspecify.annotations.NullMarked;
