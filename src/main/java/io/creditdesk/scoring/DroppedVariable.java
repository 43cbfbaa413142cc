package io.creditdesk.scoring;

/** A candidate characteristic the fit left out, and why. */
public record DroppedVariable(String name, double iv, String reason) {
}
