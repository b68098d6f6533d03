package ru.edu.innovation.command.kernel;

/**
 * The links of the projects' hash chains as stored: what a frozen report version binds its digest to.
 * A member's command handler asks for it as a parameter (Axon hands in the Spring bean), so the
 * member itself stays free of the store.
 */
public interface HashChainLinks {

    /** The hash the project's committed event {@code sequence} carries; never null for a stored event. */
    String linkOf(String projectId, long sequence);
}
