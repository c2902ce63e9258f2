package org.prongsai.complaint;

/** Report forms as tests send them. */
final class Reports {

    private Reports() {}

    /** An anonymous report on a channel: the text alone. */
    static ReportForm anonymous(Channel channel, String text) {
        return new ReportForm(channel, true, "", text, "", "", "", "", "", "", "");
    }
}
