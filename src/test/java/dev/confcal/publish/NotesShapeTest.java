package dev.confcal.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NotesShapeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a whole file                  | ## 9月27日\\n\\n[T - A, B](https://x.sched.com/event/A1)\\n\\nnotes\\n |
            no last line break            | ## 9月27日\\n\\n[T - A, B](https://x.sched.com/event/A1)               |
            a new last line               | ## 9月27日\\n\\nnew notes                                              |
            a file with CRLF              | ## 9月27日\\r\\n\\r\\nnotes\\r\\n                                      |
            brackets in earlier notes     | see [this\\n\\n[T](https://x.sched.com/event/A1)\\n                    |
            an escaped bracket            | a \\\\[ b\\n                                                              |
            mid-link                      | ## 9月27日\\n\\n[T - A, B](https://x.sched.com/ev                     | they end mid-line
            mid-line of notes             | ## 9月27日\\n\\n[T - A, B](https://x.sched.com/event/A1)\\n\\nfirst no | they end mid-line
            mid-heading                   | ## 9月27日\\n\\n### 11:0                                              | they end mid-line
            mid-link text across lines    | ## 9月27日\\n\\n[T - A,\\nB, C\\n                                     | they end inside a link
            mid-link target across lines  | ## 9月27日\\n\\n[T - A](https://x.sched.com/\\n                       | they end inside a link
            empty                         | ''                                                                    | they are empty
            blank                         | '\\n\\n'                                                              | they are empty
            """)
    void tellsASaveInProgressFromAWholeFile(String what, String text, String unfinished) {
        String notes = text.replace("\\r", "\r").replace("\\n", "\n").replace("\\\\", "\\");
        assertThat(NotesShape.unfinished(notes, SERVED).orElse(null)).isEqualTo(unfinished);
    }

    /** What is served: the notes an edit in progress is compared with. */
    private static final String SERVED = """
            ## 9月27日

            ### 11:00

            [T - A, B](https://x.sched.com/event/A1)

            first notes
            """;
}
