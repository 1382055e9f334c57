/**
 * The organisation register (组织登记名册): the list of organisations a community keeps, one
 * {@link org.grassroots.governance.json.register.OrganizationRecord} per organisation, exchanged
 * as a JSON document of kind {@code organization-register} or as a CSV list with English or
 * Chinese headers ({@link org.grassroots.governance.json.register.OrganizationRegister}).
 */
@NullMarked
@GovernanceStyle
package org.grassroots.governance.json.register;

import org.grassroots.governance.value.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
