package org.prongsai.improvement;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.prongsai.shared.AgencyId;

/** The announcement sent and signed, for tests about what an issued announcement is. */
final class Signed {

    private Signed() {}

    static Announcement issue(AnnouncementSigning signing, AgencyId agency, int planYear) {
        var submission = signing.submit(agency, planYear);
        try {
            return signing.sign(agency, planYear, submission.id(), null, null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
