package com.yumroad.platform.cli;

import java.nio.file.Path;

/** Where the command was started: {@code db new} finds the checkout from here. */
public record WorkingDirectory(Path path) {
}
