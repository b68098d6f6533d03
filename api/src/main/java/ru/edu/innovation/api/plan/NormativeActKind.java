package ru.edu.innovation.api.plan;

/**
 * Kinds of local normative acts (локальные акты), in the order lists group them: order (приказ),
 * decree (распоряжение), regulation (положение), contract (договор), agreement (соглашение),
 * letter (письмо), plan, program.
 */
public enum NormativeActKind {
    ORDER,
    DECREE,
    REGULATION,
    CONTRACT,
    AGREEMENT,
    LETTER,
    PLAN,
    PROGRAM,
    OTHER
}
