package dev.confcal.notes;

import dev.confcal.publish.NotesSource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.schedule.Schedule;
import dev.confcal.schedule.Session;
import dev.confcal.schedule.Speaker;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The facts of the bundled seed notes (KubeCon China 2023), as a person reading them would state them. */
class SeedNotesTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static ParseResult result;
    private static Schedule schedule;

    @BeforeAll
    static void parseSeed() throws Exception {
        result = NotesParser.create().parse("kubecon-china-2023.md", NotesSource.bundled().read());
        schedule = result.schedule();
    }

    private static Session session(String id) {
        return schedule.session(id).orElseThrow();
    }

    @Test
    void seedParsesWithoutProblems() {
        assertThat(result.problems()).isEmpty();
    }

    @Test
    void has34SessionsOnTwoDays() {
        assertThat(schedule.sessions()).hasSize(34);
        assertThat(schedule.sessions()).filteredOn(s -> s.day().equals(LocalDate.of(2023, 9, 27))).hasSize(23);
        assertThat(schedule.sessions()).filteredOn(s -> s.day().equals(LocalDate.of(2023, 9, 28))).hasSize(11);
    }

    @Test
    void boldSessionsAreStarred() {
        assertThat(schedule.sessions()).filteredOn(Session::starred).hasSize(10);
        assertThat(session("1PTKB").starred()).isTrue();
        assertThat(session("1PTJt").starred()).isFalse();
    }

    @Test
    void yearComesFromTheUrlsAndAgreesWithTheWeekday() {
        assertThat(session("1PTJt").start()).isEqualTo(ZonedDateTime.of(2023, 9, 27, 11, 0, 0, 0, SHANGHAI));
        assertThat(session("1PTFR").start()).isEqualTo(ZonedDateTime.of(2023, 9, 28, 14, 45, 0, 0, SHANGHAI));
    }

    @Test
    void sessionsLastTheDefault35MinutesAndTutorials75() {
        assertThat(session("1PTJt").end()).isEqualTo(session("1PTJt").start().plusMinutes(35));
        assertThat(session("1PTII").tutorial()).isTrue();
        assertThat(session("1PTII").end()).isEqualTo(session("1PTII").start().plusMinutes(75));
    }

    @Test
    void bilingualTitlesSplitOnThePipe() {
        assertThat(session("1PTJt").titles()).containsExactly(
                "SIG集群生命周期：Kubespray的新功能", "SIG Cluster Lifecycle: What's New in Kubespray");
        assertThat(session("1PTKl").titles()).containsExactly("Crossplane介绍和深入剖析 - 云原生控制平面框架",
                "Crossplane Intro and Deep Dive - The Cloud Native Control Plane Framework");
    }

    @Test
    void speakersKeepTheirCompanies() {
        assertThat(session("1PTKu").speakers()).containsExactly(
                new Speaker("Josh Abreu", "Grafana Labs"), new Speaker("Richard Hartmann", "Grafana Labs"));
        assertThat(session("1R598").speakers()).containsExactly(new Speaker("Kinfey Lo", "Microsoft"),
                new Speaker("Vivian Hu", "Second State"), new Speaker("Jianbai Ye", null));
    }

    @Test
    void cleanedUrlDropsTheIframeQuery() {
        assertThat(session("1PTJt").url()).isEqualTo("https://kccncosschn2023.sched.com/event/1PTJt/"
                + "sigzhong-shi-chang-potodaepkubesprayzha-xia-sig-cluster-lifecycle-whats-new-in-kubespray-kay-yan-daocloud");
        assertThat(session("1PTKB").url()).isEqualTo("https://kccncosschn2023.sched.com/event/1PTKB");
        assertThat(session("1PTJt").uid()).isEqualTo("1PTJt@kccncosschn2023.sched.com");
    }

    @Test
    void containerdNotesKeepTheLinkAndTheBoldText() {
        assertThat(session("1PTKB").notes())
                .contains("Sandbox API (https://github.com/containerd/containerd/issues/4131)")
                .contains("Node Resource Interface");
    }

    @Test
    void aLinkInsideNotesIsNotASession() {
        Session istio = session("1PTKi");
        assertThat(istio.notes()).contains("https://istio.io/latest/blog/2023/native-sidecars/");
        assertThat(schedule.sessions()).noneMatch(s -> s.url().contains("istio.io"));
    }

    @Test
    void numberedListsStayReadable() {
        assertThat(session("1PTFR").notes()).startsWith("1. API：\n   控制器管理器创建Pod的时间，")
                .contains("\n6. 可观察性：\n   如何检查为什么Pod启动缓慢？");
    }

    @Test
    void notesStopAtTheNextSession() {
        assertThat(session("1PTGw").notes()).isEqualTo("Kueue 批量 Job 调度 + KubeRray 管理 Ray（统一计算框架）");
        assertThat(session("1PTFF").notes()).isEmpty();
    }

    @Test
    void sessionsAreInStartOrderAndKnowTheirLine() {
        assertThat(schedule.sessions()).isSortedAccordingTo(
                java.util.Comparator.comparing(Session::start));
        assertThat(session("1PTJt").line()).isEqualTo(5);
    }
}
