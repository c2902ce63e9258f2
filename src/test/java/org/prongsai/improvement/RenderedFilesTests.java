package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RenderedFilesTests {

    private final RenderedFiles files = new RenderedFiles();
    private final AtomicInteger renders = new AtomicInteger();

    private byte[] get(Object key) throws Exception {
        return files.get(key, () -> {
            renders.incrementAndGet();
            return String.valueOf(key).getBytes();
        });
    }

    @Test
    void rendersOnceForWhatItIsMadeFromAndAgainWhenAnyOfItChanges() throws Exception {
        var plan = List.of("row 1", "measure A");
        assertThat(get(List.of("pdf", plan))).isEqualTo(get(List.of("pdf", List.of("row 1", "measure A"))));
        assertThat(renders.get()).isEqualTo(1);

        // An edited plan, or another kind of file of it, is rendered anew: never an earlier file for a changed plan.
        assertThat(new String(get(List.of("pdf", List.of("row 1", "measure B")))))
                .contains("measure B");
        get(List.of("docx", plan));
        assertThat(renders.get()).isEqualTo(3);
    }

    @Test
    void keepsOnlyTheLastFew() throws Exception {
        for (int i = 0; i < 30; i++) {
            get(i);
        }
        get(29);
        assertThat(renders.get()).isEqualTo(30);
        get(0);
        assertThat(renders.get()).isEqualTo(31);
    }
}
