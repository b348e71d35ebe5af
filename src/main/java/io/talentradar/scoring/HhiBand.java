package io.talentradar.scoring;

/** The field's concentration band, by its HHI and the model's two bounds. */
public enum HhiBand {
    UNCONCENTRATED,
    MODERATE,
    HIGH
}
