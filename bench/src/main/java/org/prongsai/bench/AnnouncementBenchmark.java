package org.prongsai.bench;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.prongsai.improvement.AnnouncementPdf;
import org.prongsai.improvement.PlanDocument;

/** The improvement issue's speed: the announcement PDF of a 40-row plan in under 1 s once warm. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class AnnouncementBenchmark {

    static final String ISSUE = "บุคลากรบางรายในหน่วยงานไม่ทราบข้อมูลเกี่ยวกับงบประมาณของหน่วยงานหรือของส่วนงานที่รับผิดชอบ ดังนั้น"
            + " หน่วยงานควรมีการพัฒนาวิธีการเผยแพร่และประชาสัมพันธ์แผนการดำเนินงานและแผนการใช้จ่ายงบประมาณประจำปี (อ้างอิงจาก ๐๑๑)"
            + " โดยอาจพิจารณาจัดประชุมชี้แจงแผนการใช้จ่ายงบประมาณประจำปีให้แก่บุคลากรภายในหน่วยงาน";

    PlanDocument plan;

    @Setup
    public void setUp() {
        var tools = List.of("IIT", "EIT-EP", "EIT-ES", "OIT");
        var rows = new ArrayList<PlanDocument.Row>();
        for (int r = 0; r < 40; r++) {
            var measures = new ArrayList<PlanDocument.Measure>();
            for (int m = 0; m < 3; m++) {
                measures.add(new PlanDocument.Measure("จัดให้มีการประชุมประจำเดือนเพื่อให้พนักงานทุกคนทราบข้อมูลเกี่ยวกับงบประมาณของหน่วยงาน",
                        "สำนักปลัด", null, null, LocalDate.of(2024, 9, 30), PlanDocument.Recurrence.MONTHLY, null, List.of("O11")));
            }
            rows.add(new PlanDocument.Row(tools.get(r * 4 / 40), Integer.toString(1 + r / 4), null, "i" + (r + 1),
                    "ข้อ " + (r + 1) + " ท่านทราบข้อมูลเกี่ยวกับงบประมาณของหน่วยงานหรือของส่วนงานที่ท่านปฏิบัติหน้าที่มากน้อยเพียงใด",
                    ISSUE, "เสนอให้มีการจัดทำ ดังนี้", measures));
        }
        plan = new PlanDocument(2567, 2566, "เรื่อง ปรับปรุงและพัฒนาการให้บริการประชาชน\nเพื่อยกระดับคุณธรรมและความโปร่งใสในการดำเนินงาน",
                List.of("ตามที่{agency}ได้มีการประชุมคณะทำงาน ครั้งที่ {meetingNumber} เมื่อวันที่ {meetingDate} ณ {meetingPlace} "
                        + "โดยที่ประชุมมีมติเห็นชอบให้ปรับปรุงและพัฒนาการให้บริการแก่ประชาชนตามข้อเสนอแนะของสำนักงาน ป.ป.ช."),
                Map.of("attachment", "การปรับปรุงและพัฒนาการให้บริการประชาชน", "EIT-ES", "- ผู้ประเมินจัดเก็บข้อมูล (EIT Survey)",
                        "OIT", "- แบบวัด OIT"),
                LocalDate.of(2023, 10, 2), new PlanDocument.Signer("นายสมชาย รักษ์ถิ่น", "นายกองค์การบริหารส่วนตำบลบ้านโปร่งใส"),
                new PlanDocument.Meeting(1, 2566, LocalDate.of(2023, 9, 16), "ห้องประชุมสภา", null, null), rows);
    }

    @Benchmark
    public byte[] renderAnnouncementOf40Rows() throws IOException {
        return AnnouncementPdf.render(plan, new AnnouncementPdf.Issuer("องค์การบริหารส่วนตำบลบ้านโปร่งใส", null));
    }
}
