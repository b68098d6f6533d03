package ru.edu.innovation.api.plan;

/** Kinds of local normative acts (локальные акты). */
public enum NormativeActKind {
    REGULATION,
    ORDER,
    CONTRACT,
    PLAN,
    OTHER
}
