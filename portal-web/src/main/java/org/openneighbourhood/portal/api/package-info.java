/**
 * The typed client for referral-service's REST API, the portal's own copies of its JSON shapes, and
 * the mapping of its problem+json errors to an exception the pages can show.
 */
package org.openneighbourhood.portal.api;
