/**
 * The API's HTTP conventions that every feature shares. A leaf: it depends on no feature, so any
 * may use it without joining a cycle.
 */
package org.openneighbourhood.api.http;
