package io.talentradar.common.web;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * Doubles are written with Jackson's fast writer (Schubfach): the shortest decimal that reads back as the same
 * double, at a fraction of the JDK 17 {@code Double.toString} cost, which dominated writing a ranking of
 * thousands of labs (eight figures each). The values are the same doubles; only a few of the JDK's longer
 * spellings of them get shorter.
 */
@Singleton
public class FastNumbers implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER.mappedFeature());
    }
}
