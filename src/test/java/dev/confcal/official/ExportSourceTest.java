package dev.confcal.official;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ExportSourceTest {

    private static final Path NOTES_DIR = Path.of("/home/me/notes");

    @Test
    void autoUrlAndFileAreTellApart() {
        assertThat(ExportSource.parse(" Auto ", NOTES_DIR)).isInstanceOf(ExportSource.Auto.class);
        assertThat(ExportSource.parse("https://x.sched.com/all.ics", NOTES_DIR))
                .isEqualTo(new ExportSource.Remote(URI.create("https://x.sched.com/all.ics"), false));
        assertThat(ExportSource.parse("HTTPS://pretalx.example.org/conf/schedule/export/schedule.ics", NOTES_DIR))
                .isInstanceOf(ExportSource.Remote.class);
        assertThat(ExportSource.parse("exports/all.ics", NOTES_DIR))
                .isEqualTo(new ExportSource.LocalFile(Path.of("/home/me/notes/exports/all.ics")));
        assertThat(ExportSource.parse("/srv/all.ics", NOTES_DIR))
                .isEqualTo(new ExportSource.LocalFile(Path.of("/srv/all.ics")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ftp://x.example/all.ics | schedule \"ftp://x.example/all.ics\" must be an http(s) URL with a host (or auto, or a file path)",
            "file:///etc/passwd | schedule \"file:///etc/passwd\" must be an http(s) URL with a host (or auto, or a file path)",
            "https://user:pw@x.sched.com/all.ics | schedule \"https://…@x.sched.com\" must not carry a user name or password",
            "ftp://x.example/all.ics?token=s3cret | schedule \"ftp://x.example/all.ics?…\" must be an http(s) URL with a host (or auto, or a file path)",
            "https://x.sched.com/a b.ics | schedule \"https://x.sched.com/a b.ics\" is not a valid URL: Illegal character in path",
            "'  ' | schedule is empty: write auto, an https:// URL of the schedule's .ics export, or a file path"})
    void whatCannotBeASourceIsRefusedWithWhatToWrite(String value, String message) {
        assertThatThrownBy(() -> ExportSource.parse(value, NOTES_DIR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @Test
    void autoDerivesSchedsExportFromTheHostTheNotesLinkToMost() {
        assertThat(ExportSource.derive(List.of("https://kccncosschn2023.sched.com/event/1PTJt/x?iframe=no",
                "https://kccncosschn2023.sched.com/event/1PTKu", "https://other.sched.com/event/9",
                "https://pretalx.example.org/c/talk/ABC/")))
                .contains(new ExportSource.Remote(URI.create("https://kccncosschn2023.sched.com/all.ics"), true));
        assertThat(ExportSource.derive(List.of("https://fosdem.org/2024/schedule/event/x/"))).isEmpty();
    }

    @Test
    void aDerivedSourceRedirectsOnlyWithinItsHostAndOnlyOverHttp() {
        ExportSource.Remote derived = new ExportSource.Remote(URI.create("https://x.sched.com/all.ics"), true);
        assertThat(derived.mayRedirectTo(URI.create("https://X.sched.com/all.ics?v=2"))).isTrue();
        assertThat(derived.mayRedirectTo(URI.create("https://evil.example/all.ics"))).isFalse();
        assertThat(derived.mayRedirectTo(URI.create("file:///etc/passwd"))).isFalse();
        ExportSource.Remote chosen = new ExportSource.Remote(URI.create("https://x.sched.com/all.ics"), false);
        assertThat(chosen.mayRedirectTo(URI.create("https://cdn.example/all.ics"))).isTrue();
        assertThat(chosen.mayRedirectTo(URI.create("gopher://cdn.example/all.ics"))).isFalse();
    }
}
