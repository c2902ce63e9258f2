package org.prongsai.framework;

public record SubIndicator(String code, int indicator, Text name) {}
