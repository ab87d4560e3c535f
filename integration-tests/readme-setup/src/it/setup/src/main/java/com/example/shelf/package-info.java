// package-info.java: every type in the package is non-null unless it says @Nullable.
@NullMarked
package com.example.shelf;

import org.jspecify.annotations.NullMarked;
