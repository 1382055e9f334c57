/**
 * Co-building agreements (共建协议, 契约化共建) and dual reporting (双报到).
 *
 * <p>A {@link org.grassroots.governance.agreement.CoBuildingAgreement} is a series of dated
 * versions (as OCDS exchanges contracts): draft → signed → active → completed / expired, or
 * terminated with a reason; an amendment is a new version and the history is kept. A
 * {@link org.grassroots.governance.agreement.Ledger} records deliveries against commitments,
 * only inside the term, and obligation events (visits, duty days, appointments), checked as
 * {@link org.grassroots.governance.structure.Finding findings}. A
 * {@link org.grassroots.governance.agreement.DualReporting} register holds units' reports to
 * their paired community and in-service party members' reports to the community where they
 * live, their post claims and service hours, and summarises them per unit and per member.
 */
@NullMarked
@GovernanceStyle
package org.grassroots.governance.agreement;

import org.grassroots.governance.value.GovernanceStyle;
import org.jspecify.annotations.NullMarked;
