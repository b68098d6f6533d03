package ru.edu.innovation.bench;

import java.util.List;

/** One row group of the benchmark: the product's figures, each next to its baseline. */
public interface Scenario {

    String name();

    List<Figure> run(Run run) throws Exception;
}
