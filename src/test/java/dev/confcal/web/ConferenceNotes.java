package dev.confcal.web;

import java.time.LocalDate;

/** Synthetic notes of a large conference in the seed's style: bilingual titles, speakers, notes, every third starred. */
final class ConferenceNotes {

    static final String[] SLOTS = {"9:00am", "10:30am", "11:50am", "1:55pm", "2:45pm", "3:50pm", "4:40pm"};

    private ConferenceNotes() {
    }

    /** {@code days} days from 2023-09-01, {@code perSlot} sessions in each of seven slots a day; ids B0000001… */
    static String of(int days, int perSlot) {
        StringBuilder notes = new StringBuilder("---\ntitle: Big Conf 2023\ntimezone: Asia/Shanghai\n---\n\n");
        int n = 0;
        for (int day = 0; day < days; day++) {
            notes.append("## ").append(LocalDate.of(2023, 9, 1).plusDays(day)).append("\n\n");
            for (String slot : SLOTS) {
                notes.append("### ").append(slot).append("\n\n");
                for (int i = 0; i < perSlot; i++) {
                    n++;
                    String link = "[云原生主题 " + n + " 的深入探讨 | Deep Dive into Cloud Native Topic " + n
                            + " - Speaker " + n + ", Company " + n % 50 + "](https://big2023.sched.com/event/B"
                            + String.format("%07d", n) + "/topic-" + n + ")";
                    notes.append(n % 3 == 0 ? "**" + link + "**" : link).append("\n\n")
                            .append("这个演讲介绍了第 ").append(n).append(" 个项目的架构和可观测性。Talk ").append(n)
                            .append(" covers ").append(n % 2 == 0 ? "wasm" : "istio").append(" on Kubernetes.\n\n");
                }
            }
        }
        return notes.toString();
    }
}
