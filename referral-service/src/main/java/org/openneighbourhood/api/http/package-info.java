/**
 * The API's HTTP conventions that every feature shares: paging, versions as ETags and If-Match, the
 * Idempotency-Key header, and what a method answers. It uses only {@code problem} (to refuse bad
 * paging or a missing version), so any feature may use it without joining a cycle.
 */
package org.openneighbourhood.api.http;
