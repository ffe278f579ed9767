package io.newsenrich.systest;

import java.util.Map;
import java.util.Properties;

/** Client settings in the shape the Kafka clients and the testkit reader take. */
final class Clients {

    private Clients() {
    }

    static Properties properties(Map<String, Object> clientProperties) {
        Properties props = new Properties();
        props.putAll(clientProperties);
        return props;
    }
}
