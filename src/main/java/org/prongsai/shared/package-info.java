/**
 * Small, stable building blocks every module may use: agency and actor identities, the fiscal year, Thai
 * date and digit formatting, the tenant of the current request, the web layout, a field-level refusal, and
 * the interface through which a module offers OIT evidence. Sends and receives no events.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.prongsai.shared;
