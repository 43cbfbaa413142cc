package io.creditdesk.offer;

/** The combined result of all policy rules: any FAIL declines; otherwise any REFER refers. */
public enum PolicyVerdict {
    ELIGIBLE, REFER, DECLINE
}
