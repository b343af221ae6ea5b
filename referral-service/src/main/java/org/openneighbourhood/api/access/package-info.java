/** Who may do what: the caller from the token and the one access policy. */
package org.openneighbourhood.api.access;
