/** The FHIR R4 API's tests against the running stack, every answer validated against UK Core. */
package org.openneighbourhood.deployment.fhir;
