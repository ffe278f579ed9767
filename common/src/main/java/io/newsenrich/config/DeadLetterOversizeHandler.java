package io.newsenrich.config;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.streams.errors.DefaultProductionExceptionHandler;
import org.apache.kafka.streams.errors.ErrorHandlerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An output record the broker will never accept (too large) is a data error: its input goes to the dead-letter
 * topic and processing goes on. Every other production error keeps Kafka's default: fail, so the service restarts.
 */
public final class DeadLetterOversizeHandler extends DefaultProductionExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterOversizeHandler.class);

    private DeadLetterCounter counter = DeadLetterCounter.NONE;

    @Override
    public void configure(Map<String, ?> configs) {
        super.configure(configs);
        counter = DeadLetterCounter.from(configs);
    }

    @Override
    public Response handleError(ErrorHandlerContext context, ProducerRecord<byte[], byte[]> record,
                                Exception exception) {
        Response response = super.handleError(context, record, exception);
        if (exception instanceof RecordTooLargeException) {
            LOG.warn("output record for input {}-{}@{} is too large for the broker; input sent to the dead-letter "
                    + "topic", context.topic(), context.partition(), context.offset());
            counter.deadLettered("production");
            return Response.resume(response.deadLetterQueueRecords());
        }
        return response;
    }
}
