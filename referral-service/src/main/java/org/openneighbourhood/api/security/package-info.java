/**
 * Web security of the API's responses: headers that stop browsers from sniffing, framing or caching
 * what it returns.
 */
package org.openneighbourhood.api.security;
