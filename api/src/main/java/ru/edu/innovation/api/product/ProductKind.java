package ru.edu.innovation.api.product;

/** Kinds of the products of a project (продукты, тиражируемые продукты). */
public enum ProductKind {
    METHODICAL_RECOMMENDATIONS,
    METHODICAL_MATERIALS,
    PROGRAM,
    COLLECTION,
    MODEL,
    DATABASE,
    ANALYTICAL_REPORT,
    VIDEO,
    OTHER
}
