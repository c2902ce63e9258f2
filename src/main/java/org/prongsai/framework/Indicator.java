package org.prongsai.framework;

public record Indicator(int number, String tool, Text name) {}
