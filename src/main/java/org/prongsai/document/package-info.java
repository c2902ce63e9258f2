/**
 * Files and documents: uploads checked by content and stored by their SHA-256, and Thai PDF output with
 * correct vowel and tone-mark placement and word-boundary line breaks. Sends and receives no events.
 */
package org.prongsai.document;
