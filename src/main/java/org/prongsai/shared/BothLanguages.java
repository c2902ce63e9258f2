package org.prongsai.shared;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * A label in Thai and English at once ("สรุป Summary"), from a module's two message bundles: for files that
 * readers of either language open and pass on, such as workbook headers, where one language would leave
 * half of them out.
 */
public final class BothLanguages {

    private static final ResourceBundle.Control AS_WRITTEN =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private BothLanguages() {}

    /**
     * @param module the bundle's name under {@code messages/} ("assessment" for
     *     {@code messages/assessment.properties} and {@code messages/assessment_en.properties})
     */
    public static String of(String module, String key) {
        var bundle = "messages." + module;
        return ResourceBundle.getBundle(bundle, Locale.ROOT, AS_WRITTEN).getString(key) + " "
                + ResourceBundle.getBundle(bundle, Locale.ENGLISH, AS_WRITTEN).getString(key);
    }
}
