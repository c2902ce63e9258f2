package org.prongsai.framework;

/** A framework file that cannot be used, saying which file, where in it and which field. */
public class FrameworkException extends RuntimeException {

    private final String file;
    private final String place;
    private final String field;

    public FrameworkException(String file, String place, String field, String problem) {
        super(file + ": " + place + (field == null ? "" : ", field '" + field + "'") + ": " + problem);
        this.file = file;
        this.place = place;
        this.field = field;
    }

    public String file() {
        return file;
    }

    public String place() {
        return place;
    }

    public String field() {
        return field;
    }
}
