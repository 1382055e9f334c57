/**
 * Identifiers (标识码): the real national formats with their real checks —
 * {@link org.grassroots.governance.id.DivisionCode} (统计用区划代码),
 * {@link org.grassroots.governance.id.UnifiedSocialCreditCode} (统一社会信用代码),
 * {@link org.grassroots.governance.id.CitizenIdNumber} (公民身份号码),
 * {@link org.grassroots.governance.id.GridCode} (单元网格代码) — and the typed ids of the model.
 *
 * <p>Every identifier has {@code parse} (throws
 * {@link org.grassroots.governance.validation.InvalidValueException} naming the position and the
 * rule), {@code tryParse} (returns {@code Optional}), a canonical {@code toString} and value
 * equality.
 */
@NullMarked
package org.grassroots.governance.id;

import org.jspecify.annotations.NullMarked;
