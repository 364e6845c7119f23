package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchedulePlatformTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "https://kccncosschn2023.sched.com/event/1PTJt/slug?iframe=no&w=100% | 1PTJt | 1PTJt@kccncosschn2023.sched.com"
                    + " | https://kccncosschn2023.sched.com/event/1PTJt/slug | 2023",
            "http://KCCNCNA19.sched.com/event/Uaaa                                | Uaaa  | Uaaa@kccncna19.sched.com"
                    + " | https://kccncna19.sched.com/event/Uaaa | 2019",
            "https://sched.co/1PTJt                                               | 1PTJt | 1PTJt@sched.co"
                    + " | https://sched.co/1PTJt | -",
            "https://sessionize.com/s/jane-doe/building-things/54321              | 54321 | 54321@sessionize.com"
                    + " | https://sessionize.com/s/jane-doe/building-things/54321 | -",
            "https://pretalx.com/pyconde-pydata-2024/talk/QSAFGK/                 | QSAFGK | QSAFGK@pretalx.com"
                    + " | https://pretalx.com/pyconde-pydata-2024/talk/QSAFGK/ | 2024",
            "https://cfp.example.org/conf/talk/ABCD12                             | ABCD12 | ABCD12@cfp.example.org"
                    + " | https://cfp.example.org/conf/talk/ABCD12/ | -",
            "https://indico.cern.ch/event/1234/contributions/5678/#preview        | 5678  | 5678@indico.cern.ch"
                    + " | https://indico.cern.ch/event/1234/contributions/5678/ | -",
            "https://archive.fosdem.org/2019/schedule/event/rust_async/           | rustasync | 2019-rust_async@fosdem.org"
                    + " | https://archive.fosdem.org/2019/schedule/event/rust_async/ | 2019",
            "https://fahrplan.events.ccc.de/congress/2019/Fahrplan/events/10496.html | 10496 | 10496@fahrplan.events.ccc.de"
                    + " | https://fahrplan.events.ccc.de/congress/2019/Fahrplan/events/10496.html | 2019",
    })
    void eachSiteGivesItsStableIdTheUidAndACleanLink(String url, String id, String uid, String clean, Integer year) {
        SessionLink link = SchedulePlatform.session(url).orElseThrow();
        assertThat(link.id()).isEqualTo(id).matches("[A-Za-z0-9]{1,64}");
        assertThat(link.uid()).isEqualTo(uid);
        assertThat(link.url()).isEqualTo(clean);
        assertThat(link.year()).isEqualTo(year);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://static.sched.com/hosted_files/kccnceu2023/ab/slides.pdf",
            "https://indico.cern.ch/event/1234/contributions/5678/attachments/1/2/paper.pdf",
            "https://fosdem.org/2024/events/attachments/fosdem-2024-1787/slides/1/rust.pdf",
            "https://pretalx.com/pyconde-pydata-2024/speaker/ABCDEF/", "https://github.com/kubernetes/kubernetes",
            "https://kccnceu2023.sched.com/speaker/jane", "https://example.com/talk/hello/"})
    void slidesSpeakersAndOtherPagesAreNotSessionsNorBroken(String url) {
        assertThat(SchedulePlatform.session(url)).isEmpty();
        assertThat(SchedulePlatform.aimedAt(url)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"https://x.sched.com/events/", "https://x.sched.com/event/", "https://sched.co/",
            "https://pretalx.com/pyconde-2024/talk/", "https://indico.cern.ch/event/1/contributions/",
            "https://fosdem.org/2024/schedule/event/", "https://sessionize.com/s/jane-doe/"})
    void aBrokenLinkToASessionPageIsRecognisedAsMeaningOne(String url) {
        assertThat(SchedulePlatform.session(url)).isEmpty();
        assertThat(SchedulePlatform.aimedAt(url)).isPresent();
    }
}
