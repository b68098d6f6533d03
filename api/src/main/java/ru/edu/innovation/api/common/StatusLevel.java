package ru.edu.innovation.api.common;

/** The level of innovation-site status a project applies for or holds. */
public enum StatusLevel {
    /** федеральная инновационная площадка */
    FEDERAL,
    /** региональная (краевая) инновационная площадка */
    REGIONAL,
    /** муниципальная инновационная площадка */
    MUNICIPAL,
    /** опорная площадка института */
    INSTITUTE_SUPPORT_SITE
}
