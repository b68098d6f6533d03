package ru.edu.innovation.api.common;

/** The act by which the deciding body decides, by the site's level. */
public enum DecidingAct {
    /** приказ министерства (департамента) образования региона — региональная площадка */
    MINISTRY_ORDER,
    /** приказ ректора института — опорная площадка института */
    INSTITUTE_ORDER,
    /** распоряжение управления (комитета) образования — муниципальная площадка */
    MUNICIPAL_DIRECTIVE
}
