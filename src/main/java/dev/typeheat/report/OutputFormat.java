package dev.typeheat.report;

/** Output formats shared by the commands (lint adds its own). */
public enum OutputFormat {
    text, json
}
