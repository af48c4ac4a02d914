package org.geshibai;

/** A decoded unified social credit code (GB 32100-2015, docs/rules.md §2). */
public final class UsccInfo {
    private final boolean valid;
    private final String code, authority, category, division, organisation, problem;
    private final char check, expectedCheck;

    UsccInfo(boolean valid, String code, String authority, String category, String division,
             String organisation, char check, char expectedCheck, String problem) {
        this.valid = valid;
        this.code = code;
        this.authority = authority;
        this.category = category;
        this.division = division;
        this.organisation = organisation;
        this.check = check;
        this.expectedCheck = expectedCheck;
        this.problem = problem;
    }

    /** True when well formed with the right check character. */
    public boolean isValid() { return valid; }
    /** The upper-cased code. */
    public String code() { return code; }
    /** Position 1: registration authority. */
    public String authority() { return authority; }
    /** Position 2: organisation category. */
    public String category() { return category; }
    /** Positions 3-8: administrative division at issue. */
    public String division() { return division; }
    /** Positions 9-17: organisation code. */
    public String organisation() { return organisation; }
    /** Position 18 as given. */
    public char check() { return check; }
    /** The check character the first 17 call for ('\0' when none). */
    public char expectedCheck() { return expectedCheck; }
    /** English reason when invalid, else null. */
    public String problem() { return problem; }

    @Override
    public String toString() {
        return "UsccInfo(" + code + (valid ? ", valid)" : ", invalid: " + problem + ")");
    }
}
