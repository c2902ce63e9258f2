/**
 * Public participation: the public Q&A, where citizens ask and staff answer in public. Sends
 * {@code QuestionAnswered} (a question only asked sends nothing); receives none; nothing identifying an asker is kept but the name they chose to give. Answered questions are OIT
 * item O8's evidence.
 */
package org.prongsai.participation;
