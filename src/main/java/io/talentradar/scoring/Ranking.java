package io.talentradar.scoring;

import java.util.List;

/** Every lab's figures (top-most labs only under roll-up) and the field's concentration. */
public record Ranking(double hhi, HhiBand hhiBand, double totalMass, List<LabIndices> labs) {}
