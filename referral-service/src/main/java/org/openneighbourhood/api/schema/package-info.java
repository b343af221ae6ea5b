/** The database: its data source and the Flyway migrations that own its schema. */
package org.openneighbourhood.api.schema;
