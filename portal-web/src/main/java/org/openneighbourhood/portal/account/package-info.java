/**
 * A staff member's own settings: how the portal reaches them (texts of what they sent and of what
 * comes to their organisation).
 */
package org.openneighbourhood.portal.account;
