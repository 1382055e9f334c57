/**
 * The one error model (校验): {@link org.grassroots.governance.validation.Violation}s with paths,
 * collected by {@link org.grassroots.governance.validation.Violations} and reported all at once in
 * an {@link org.grassroots.governance.validation.InvalidValueException}.
 */
@NullMarked
package org.grassroots.governance.validation;

import org.jspecify.annotations.NullMarked;
