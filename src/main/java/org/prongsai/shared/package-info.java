/**
 * Small, stable building blocks every module may use: agency and actor identities, the fiscal year, Thai
 * date and digit formatting, the tenant of the current request and the web layout. Sends and receives no
 * events.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.prongsai.shared;
