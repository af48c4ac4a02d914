package org.geshibai;

import java.math.BigDecimal;
import java.util.List;

/**
 * One misuse flag of an audit: its category ("falsification", ...), the
 * provision, the amount concerned (null for a flag without one), the subject,
 * the evidence (ids of the ledger's records) and the reason.
 */
public final class Flag {
    private final String category;
    private final String provision;
    private final BigDecimal amount;
    private final String subject;
    private final List<String> evidence;
    private final String reason;

    Flag(String category, String provision, BigDecimal amount, String subject,
         List<String> evidence, String reason) {
        this.category = category;
        this.provision = provision;
        this.amount = amount;
        this.subject = subject;
        this.evidence = evidence;
        this.reason = reason;
    }

    /**
     * The kind of misuse.
     * @return "falsification", "withholding", "misappropriation", "encroachment" or "fraud"
     */
    public String category() {
        return category;
    }

    /**
     * The provision.
     * @return e.g. "5.4"
     */
    public String provision() {
        return provision;
    }

    /**
     * The amount concerned, in yuan.
     * @return the amount, or null for a flag without one
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * What the flag is about.
     * @return the subject
     */
    public String subject() {
        return subject;
    }

    /**
     * The evidence: ids of the ledger's records.
     * @return an unmodifiable list
     */
    public List<String> evidence() {
        return evidence;
    }

    /**
     * The reason in words.
     * @return the reason
     */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return category + " (" + provision + ")" + (amount != null ? " " + amount.toPlainString() : "")
            + " " + subject + " " + evidence + ": " + reason;
    }
}
