package dev.confcal.notes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.confcal.schedule.Speaker;
import org.junit.jupiter.api.Test;

class LinkTextTest {

    @Test
    void speakersAreThePartAfterTheLastDashWhenItNamesACompany() {
        LinkText text = LinkText.parse("Crossplane Intro and Deep Dive - The Cloud Native Control Plane Framework"
                + " - Ying Mo, IBM");
        assertThat(text.titles()).containsExactly(
                "Crossplane Intro and Deep Dive - The Cloud Native Control Plane Framework");
        assertThat(text.speakers()).containsExactly(new Speaker("Ying Mo", "IBM"));
    }

    @Test
    void aDashWithoutACompanyAfterItIsPartOfTheTitle() {
        LinkText text = LinkText.parse("Controller-runtime -- Make Your Operator Efficient - A Deep Dive");
        assertThat(text.titles()).containsExactly("Controller-runtime -- Make Your Operator Efficient - A Deep Dive");
        assertThat(text.speakers()).isEmpty();
    }

    @Test
    void aNameWithoutCompanyTakesItsGroupsCompany() {
        assertThat(LinkText.speakers("Josh Abreu & Richard Hartmann, Grafana Labs")).containsExactly(
                new Speaker("Josh Abreu", "Grafana Labs"), new Speaker("Richard Hartmann", "Grafana Labs"));
        assertThat(LinkText.speakers("Yike Wang and Yanzhao Li, VMware")).containsExactly(
                new Speaker("Yike Wang", "VMware"), new Speaker("Yanzhao Li", "VMware"));
    }

    @Test
    void groupsSplitOnSemicolonsAndALastNameAloneHasNoCompany() {
        assertThat(LinkText.speakers("Kinfey Lo, Microsoft; Vivian Hu, Second State; Jianbai Ye")).containsExactly(
                new Speaker("Kinfey Lo", "Microsoft"), new Speaker("Vivian Hu", "Second State"),
                new Speaker("Jianbai Ye", null));
    }

    @Test
    void eachNameKeepsItsOwnCompanyWithinAGroup() {
        assertThat(LinkText.speakers("Jason Hu, Volcano Engine & Kante Yin, DaoCloud")).containsExactly(
                new Speaker("Jason Hu", "Volcano Engine"), new Speaker("Kante Yin", "DaoCloud"));
    }

    @Test
    void bilingualTitlesAndTutorials() {
        LinkText text = LinkText.parse("教程: 从猫到狮子 | Tutorial: From Cat to Lion - Engin Diri, Pulumi");
        assertThat(text.titles()).containsExactly("教程: 从猫到狮子", "Tutorial: From Cat to Lion");
        assertThat(text.tutorial()).isTrue();
        assertThat(LinkText.parse("教程：入门 - A, B").tutorial()).isTrue();
        assertThat(LinkText.parse("Not a Tutorial: really - A, B").tutorial()).isFalse();
    }
}
