package io.newsenrich.config;

import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.apache.kafka.streams.errors.LogAndContinueExceptionHandler;

/** Kafka's log-and-continue handler for unreadable records (which dead-letters them), counted. */
public final class CountingDeserializationHandler extends LogAndContinueExceptionHandler {

    private DeadLetterCounter counter = DeadLetterCounter.NONE;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        counter = DeadLetterCounter.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ConsumerRecord<byte[], byte[]> record,
                                Exception exception) {
        Response response = super.handleError(context, record, exception);
        counter.deadLettered("deserialization");
        return response;
    }
}
