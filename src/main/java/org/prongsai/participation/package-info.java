/**
 * Public participation: the public Q&A, where citizens ask and staff answer in public. Sends and receives no
 * events; nothing identifying an asker is kept but the name they chose to give.
 */
package org.prongsai.participation;
