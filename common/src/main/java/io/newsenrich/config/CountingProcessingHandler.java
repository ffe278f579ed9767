package io.newsenrich.config;

import java.util.Map;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueProcessingExceptionHandler;
import org.apache.kafka.streams.processor.api.Record;

/** Kafka's log-and-continue handler for records whose processing throws (which dead-letters them), counted. */
public final class CountingProcessingHandler extends LogAndContinueProcessingExceptionHandler {

    private DeadLetterCounter counter = DeadLetterCounter.NONE;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        counter = DeadLetterCounter.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, Record<?, ?> record, Exception exception) {
        Response response = super.handleError(context, record, exception);
        counter.deadLettered("processing");
        return response;
    }
}
