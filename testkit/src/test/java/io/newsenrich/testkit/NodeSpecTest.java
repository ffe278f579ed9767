package io.newsenrich.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NodeSpecTest {

    @Test
    void neverHandsOutAPortTwice() {
        List<Integer> ports = new ArrayList<>();
        for (int id = 0; id < 300; id++) {
            NodeSpec node = NodeSpec.allocate(id, NodeSpec.Role.COMBINED);
            ports.addAll(List.of(node.clientPort(), node.internalPort(), node.controllerPort()));
        }
        assertThat(ports).doesNotHaveDuplicates().allMatch(port -> port > 0);
    }

    @Test
    void unusedListenersGetPortZero() {
        assertThat(NodeSpec.allocate(1, NodeSpec.Role.CONTROLLER).clientPort()).isZero();
        assertThat(NodeSpec.allocate(2, NodeSpec.Role.BROKER).controllerPort()).isZero();
    }
}
