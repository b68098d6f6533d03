package ru.edu.innovation.api.resource;

/** The kinds of resources (ресурсное обеспечение) the programs list. */
public enum ResourceKind {
    STAFF,
    MATERIAL_TECHNICAL,
    INFORMATIONAL,
    FINANCIAL,
    METHODICAL,
    ORGANIZATIONAL,
    OTHER
}
