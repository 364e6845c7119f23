package dev.confcal.schedule;

import java.util.Objects;

/** A speaker as written in a session's link text: {@code Name, Company}; the company may be unknown. */
public record Speaker(String name, String company) {

    public Speaker {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("speaker name is blank");
        }
        company = company == null || company.isBlank() ? null : company;
    }

    /** {@code Kay Yan (DaoCloud)}, or just the name when the company is unknown. */
    public String display() {
        return company == null ? name : name + " (" + company + ")";
    }
}
