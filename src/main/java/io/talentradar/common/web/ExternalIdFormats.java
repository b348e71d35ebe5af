package io.talentradar.common.web;

import io.talentradar.common.error.ProblemException;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The forms of the ids other sources give people and labs, as request fields and as list filters. */
public final class ExternalIdFormats {

    private ExternalIdFormats() {}

    public static final String ORCID_REGEX = "^[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$";
    public static final String ORCID_MESSAGE = "must be an ORCID iD such as 0000-0002-1825-0097";
    public static final String OPENALEX_AUTHOR_REGEX = "^A[0-9]{4,15}$";
    public static final String OPENALEX_AUTHOR_MESSAGE = "must be an OpenAlex author id such as A5023888391";
    public static final String OPENALEX_INSTITUTION_REGEX = "^I[0-9]{4,15}$";
    public static final String OPENALEX_INSTITUTION_MESSAGE = "must be an OpenAlex institution id such as I136199984";
    public static final String ROR_REGEX = "^0[a-hj-km-np-tv-z0-9]{6}[0-9]{2}$";
    public static final String ROR_MESSAGE = "must be a ROR id such as 05wx9n238";
    public static final String SCHOLAR_REGEX = "^[A-Za-z0-9_-]{12}$";
    public static final String SCHOLAR_MESSAGE = "must be a Google Scholar user id (12 characters)";
    public static final String DBLP_REGEX = "^[A-Za-z0-9][A-Za-z0-9/_.:-]{0,199}$";
    public static final String DBLP_MESSAGE = "must be a dblp person id such as 20/1234";
    public static final String X_REGEX = "^[A-Za-z0-9_]{1,15}$";
    public static final String X_MESSAGE = "must be an X handle without the @ (up to 15 letters, digits or _)";

    /** Whether an ORCID iD's last character is its ISO 7064 mod 11-2 check digit (of the form's 15 digits). */
    public static boolean orcidCheckDigitHolds(String orcid) {
        String digits = orcid.replace("-", "");
        int total = 0;
        for (int i = 0; i < 15; i++) {
            total = (total + (digits.charAt(i) - '0')) * 2;
        }
        int result = (12 - total % 11) % 11;
        char expected = result == 10 ? 'X' : (char) ('0' + result);
        return digits.charAt(15) == expected;
    }

    /** An ORCID iD whose check digit holds (its form is checked by a {@code @Pattern} beside it). */
    @Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD, ElementType.RECORD_COMPONENT})
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = OrcidCheckDigit.Validator.class)
    public @interface OrcidCheckDigit {
        String message() default "has a wrong check digit (ISO 7064 mod 11-2): not an ORCID iD";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        class Validator implements ConstraintValidator<OrcidCheckDigit, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return value == null || !value.matches(ORCID_REGEX) || orcidCheckDigitHolds(value);
            }
        }
    }

    /** A list filter's id: null when absent; else it must have its form, or 400. */
    public static String filter(String name, String raw, String regex, String message) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        if (!value.matches(regex)) {
            throw ProblemException.invalid(name, message);
        }
        return value;
    }

    /** An ORCID iD filter: as {@link #filter}, and its check digit must hold. */
    public static String orcidFilter(String name, String raw) {
        String value = filter(name, raw, ORCID_REGEX, ORCID_MESSAGE);
        if (value != null && !orcidCheckDigitHolds(value)) {
            throw ProblemException.invalid(name, "has a wrong check digit (ISO 7064 mod 11-2): not an ORCID iD");
        }
        return value;
    }
}
