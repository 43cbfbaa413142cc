package io.creditdesk.scoring;

/** A risk grade: PDs below {@code maxPd} (and at or above the previous band's) get {@code grade}. */
public record GradeBand(String grade, double maxPd) {
}
