/** Partner organisations (GP practices, PCNs, social care, VCFSE, commissioners). */
package org.openneighbourhood.api.organisation;
