/**
 * Overload: the API takes on no more requests at once than it can finish, and answers the rest with
 * a quick 503 instead of a queue that grows until every answer comes too late.
 */
package org.openneighbourhood.api.overload;
