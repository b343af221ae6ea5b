/** The REST application: its path, MP JWT sign-in, OpenAPI description and JSON settings. */
package org.openneighbourhood.api.application;
