/** Errors as RFC 9457 problem details: the problem type table and the exception mappers. */
package org.openneighbourhood.api.problem;
