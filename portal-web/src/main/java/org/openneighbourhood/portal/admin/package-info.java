/** Pages for an organisation's admin: the organisation's access log. */
package org.openneighbourhood.portal.admin;
