package org.prongsai.improvement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A new plan starts with the wording most agencies use, read from the Thai bundle, placeholders kept. */
class EmptyPlanTests {

    @Test
    void aNewPlanHasTheCommonWordingWithItsPlaceholders() {
        var plan = ImprovementManagement.emptyPlan(2570);
        assertThat(plan.planYear()).isEqualTo(2570);
        assertThat(plan.subject())
                .isEqualTo(
                        "เรื่อง ปรับปรุงและพัฒนาการให้บริการประชาชน\nเพื่อยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน");
        assertThat(plan.body()).hasSize(2);
        assertThat(plan.body().get(0))
                .startsWith("ตามที่{agency}ได้มีการประชุมคณะทำงาน")
                .contains("ครั้งที่ {meetingNumber} เมื่อวันที่ {meetingDate} ณ {meetingPlace}")
                .endsWith("(ป.ป.ช.)");
        assertThat(plan.body().get(1)).contains("ปีงบประมาณ พ.ศ.{planYear}");
        assertThat(plan.headings())
                .containsKeys("attachment", "EIT-EP", "EIT-ES", "OIT")
                .allSatisfy((key, text) -> assertThat(text).isNotBlank().doesNotContain("improvement."));
        assertThat(plan.headings().get("attachment")).contains("\n").endsWith("พ.ศ.{assessedYear}");
    }
}
