package io.talentradar.common.error;

import java.util.Optional;

/** Where a resource that is not found under an id lives now (a lab or researcher renamed), if anywhere. */
public interface MovedResources {

    Optional<String> target(String resource, String id);
}
