package cn.policyportal.semantic;

/** Told of a vector run's progress after each batch. */
@FunctionalInterface
public interface VectorProgress {

    VectorProgress NONE = status -> { };

    void update(VectorStatus status);
}
