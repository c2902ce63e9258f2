package org.prongsai.bench;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.UUID;
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
import org.prongsai.improvement.Occurrence;
import org.prongsai.improvement.QuarterlyReport;
import org.prongsai.improvement.QuarterlyReportPdf;

/**
 * The improvement issue's other speed: a quarterly report in under 2 s. This times the document (chart and
 * tables) for a busy quarter; the queries that gather it are a handful of indexed reads.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class QuarterlyReportBenchmark {

    QuarterlyReport report;

    @Setup
    public void setUp() {
        var units = new String[] {"สำนักปลัด", "กองคลัง", "กองช่าง", "กองการศึกษา ศาสนาและวัฒนธรรม", "กองสาธารณสุขและสิ่งแวดล้อม",
            "กองสวัสดิการสังคม", "หน่วยตรวจสอบภายใน"};
        var byUnit = new ArrayList<QuarterlyReport.Line>();
        var byIndicator = new ArrayList<QuarterlyReport.Line>();
        for (var unit : units) {
            byUnit.add(new QuarterlyReport.Line(unit, 18, 12, 4));
        }
        for (int i = 1; i <= 10; i++) {
            byIndicator.add(new QuarterlyReport.Line("ตัวชี้วัดที่ " + i, 12, 8, 3));
        }
        var late = new ArrayList<Occurrence>();
        for (int i = 0; i < 30; i++) {
            late.add(new Occurrence(UUID.randomUUID(), UUID.randomUUID(), 2567, "IIT", "2", "i7",
                    "จัดให้มีการประชุมประจำเดือนเพื่อให้พนักงานทุกคนทราบข้อมูลเกี่ยวกับงบประมาณของหน่วยงาน", units[i % units.length],
                    UUID.randomUUID(), LocalDate.of(2023, 11, 30), Occurrence.Status.PLANNED, null, false, 1, 12));
        }
        var evidence = new ArrayList<QuarterlyReport.Evidence>();
        for (int i = 0; i < 100; i++) {
            evidence.add(new QuarterlyReport.Evidence(Instant.parse("2023-11-15T03:00:00Z"), "นางสาวกนกวรรณ ทองดี",
                    "ประชุมชี้แจงแผนการใช้จ่ายงบประมาณ", "จัดประชุมแล้ว มีผู้เข้าร่วม 25 คน แนบรายงานการประชุมและภาพถ่าย",
                    "minutes-" + i + ".pdf", "https://www.banprongsai.example.go.th/news/" + i));
        }
        report = new QuarterlyReport(2567, 1, LocalDate.of(2023, 10, 1), LocalDate.of(2023, 12, 31),
                LocalDate.of(2024, 1, 1), byIndicator, byUnit, late, late, evidence, "นายสมชาย รักษ์ถิ่น",
                Instant.parse("2024-01-10T03:00:00Z"));
    }

    @Benchmark
    public byte[] renderQuarterlyReport() throws IOException {
        return QuarterlyReportPdf.render("องค์การบริหารส่วนตำบลบ้านโปร่งใส", report);
    }
}
