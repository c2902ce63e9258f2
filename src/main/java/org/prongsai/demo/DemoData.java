package org.prongsai.demo;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.prongsai.account.AccountManagement;
import org.prongsai.account.ApiTokens;
import org.prongsai.account.Role;
import org.prongsai.account.StaffAccountForm;
import org.prongsai.account.TwoFactor;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.prongsai.agency.AgencyPages;
import org.prongsai.agency.AgencyProfileForm;
import org.prongsai.agency.NewAgencyForm;
import org.prongsai.agency.Person;
import org.prongsai.agency.PersonForm;
import org.prongsai.agency.UnitForm;
import org.prongsai.database.DataSourceInfo;
import org.prongsai.shared.AgencyId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes องค์การบริหารส่วนตำบลบ้านโปร่งใส (fictional) on an empty database and prints its logins at every
 * start. Demo data is for trying Prongsai, never for production: its password and TOTP secrets are made for
 * each data folder ({@link DemoSecrets}) and printed, and it answers this machine only unless told otherwise.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

    static final String DEMO_SLUG = "banprongsai";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final int TOTP_PERIOD_SECONDS = 30;

    private final AgencyManagement agencies;
    private final AgencyPages pages;
    private final AccountManagement accounts;
    private final ApiTokens tokens;
    private final TwoFactor twoFactor;
    private final boolean enabled;
    private final Path dataDir;
    private final boolean fixedSecrets;
    private final java.time.Clock clock;

    DemoData(
            AgencyManagement agencies,
            AgencyPages pages,
            AccountManagement accounts,
            ApiTokens tokens,
            TwoFactor twoFactor,
            DataSourceInfo database,
            @Value("${prongsai.demo:}") String demo,
            @Value("${prongsai.data-dir}") Path dataDir,
            @Value("${prongsai.demo.fixed-secrets:false}") boolean fixedSecrets,
            java.time.Clock clock) {
        this.clock = clock;
        this.dataDir = dataDir;
        this.fixedSecrets = fixedSecrets;
        this.agencies = agencies;
        this.pages = pages;
        this.accounts = accounts;
        this.tokens = tokens;
        this.twoFactor = twoFactor;
        this.enabled = demo == null || demo.isBlank() ? !database.external() : Boolean.parseBoolean(demo);
    }

    /** Whether this deployment has the demo agency. */
    boolean enabled() {
        return enabled;
    }

    /**
     * A person for every role; those whose role needs two-factor have a TOTP secret (this fixed one, or one made
     * for the data folder: {@link DemoSecrets}).
     */
    record DemoPerson(String username, String name, String position, String unit, Set<Role> roles, String totp) {}

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson(
                    "operator",
                    "ผู้ดูแลระบบกลาง",
                    "ผู้ดูแลระบบ",
                    null,
                    Set.of(Role.OPERATOR, Role.ADMIN),
                    "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"),
            new DemoPerson(
                    "admin",
                    "นางสาวสุภาพร ใจดี",
                    "นักวิชาการคอมพิวเตอร์",
                    "สำนักปลัด",
                    Set.of(Role.ADMIN),
                    "KRUGKIDROVUWG2ZAMJZG653OEBTG66BA"),
            new DemoPerson(
                    "ita", "นายปกรณ์ มั่นคง", "นักวิเคราะห์นโยบายและแผน", "สำนักปลัด", Set.of(Role.ITA_OFFICER), null),
            new DemoPerson(
                    "mayor",
                    "นายสมชาย รักษ์ถิ่น",
                    "นายกองค์การบริหารส่วนตำบลบ้านโปร่งใส",
                    null,
                    Set.of(Role.EXECUTIVE),
                    null),
            new DemoPerson(
                    "clerk",
                    "นางวิไลวรรณ ศรีสุข",
                    "ปลัดองค์การบริหารส่วนตำบล",
                    "สำนักปลัด",
                    Set.of(Role.EXECUTIVE, Role.UNIT_HEAD),
                    null),
            new DemoPerson(
                    "finance", "นางสาวกนกวรรณ ทองดี", "ผู้อำนวยการกองคลัง", "กองคลัง", Set.of(Role.UNIT_HEAD), null),
            new DemoPerson("staff", "นายธนากร บุญมา", "เจ้าพนักงานธุรการ", "กองช่าง", Set.of(Role.STAFF), null),
            new DemoPerson(
                    "investigator",
                    "นายวีระพงษ์ ยุติธรรม",
                    "นิติกร",
                    "สำนักปลัด",
                    Set.of(Role.INVESTIGATOR),
                    "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"),
            new DemoPerson(
                    "custodian",
                    "นางสาวพิมพ์ชนก พัสดุดี",
                    "เจ้าพนักงานพัสดุ",
                    "กองคลัง",
                    Set.of(Role.CUSTODIAN),
                    "MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U"),
            new DemoPerson("assessor", "นางสาวอรุณี ประเมินดี", "ผู้ประเมินภายนอก", null, Set.of(Role.ASSESSOR), null));

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (!enabled) {
            return;
        }
        var existing = agencies.findIdBySlug(DEMO_SLUG);
        // A demo agency made before the secrets were kept has the fixed ones in its accounts.
        var secrets = DemoSecrets.of(dataDir, fixedSecrets || existing.isPresent());
        var agency = existing.orElseGet(() -> createAgency(secrets));
        // Made once, with the agency: a token is kept only as its hash, so later starts cannot print it again.
        var token = existing.isPresent()
                ? null
                : tokens.issueToken(
                                agency,
                                accounts.accountByUsername(agency, "ita")
                                        .orElseThrow()
                                        .id(),
                                "demo " + java.time.LocalDate.now(clock))
                        .token();
        var lines = new StringBuilder("\n\nProngsai demo agency: ")
                .append(agencies.get(agency).nameTh())
                .append('\n');
        for (var person : PEOPLE) {
            lines.append(String.format(
                    "Demo login: %-13s password: %s  roles: %s%s%n",
                    person.username(),
                    secrets.password(),
                    person.roles(),
                    person.totp() == null
                            ? ""
                            : "  TOTP secret: " + secrets.totp().get(person.username())));
        }
        lines.append(
                        token != null
                                ? "Demo API token (ITA officer): " + token
                                : "Demo API token (ITA officer): printed at the first start; make another under My account")
                .append('\n');
        log.info(lines.toString());
    }

    private AgencyId createAgency(DemoSecrets secrets) {
        var id = agencies.create(new NewAgencyForm(
                DEMO_SLUG,
                "",
                "องค์การบริหารส่วนตำบลบ้านโปร่งใส",
                "Ban Prongsai Subdistrict Administrative Organization",
                AgencyKind.SAO,
                "M",
                "นครราชสีมา"));
        agencies.updateProfile(
                id,
                new AgencyProfileForm(
                        "องค์การบริหารส่วนตำบลบ้านโปร่งใส",
                        "Ban Prongsai Subdistrict Administrative Organization",
                        AgencyKind.SAO,
                        "M",
                        "นครราชสีมา",
                        "โนนสูง",
                        "บ้านโปร่งใส",
                        "99 หมู่ที่ 4 ถนนสายบ้านโปร่งใส–โนนสูง",
                        "30160",
                        "044 123 456",
                        "044 123 457",
                        "saraban@banprongsai.example.go.th",
                        "https://www.banprongsai.example.go.th",
                        "https://www.facebook.com/banprongsai.example",
                        "@banprongsai",
                        "",
                        "นายสมชาย รักษ์ถิ่น",
                        "นายกองค์การบริหารส่วนตำบลบ้านโปร่งใส",
                        "นางวิไลวรรณ ศรีสุข",
                        "ปลัดองค์การบริหารส่วนตำบลบ้านโปร่งใส"));
        Map<String, UUID> units = new LinkedHashMap<>();
        var unitRows = List.of(
                new UnitForm(
                        "สำนักปลัด", "Office of the Permanent Secretary", "นางวิไลวรรณ ศรีสุข", "หัวหน้าสำนักปลัด", 1),
                new UnitForm("กองคลัง", "Finance Division", "นางสาวกนกวรรณ ทองดี", "ผู้อำนวยการกองคลัง", 2),
                new UnitForm("กองช่าง", "Public Works Division", "นายอนุชา ก่อสร้าง", "ผู้อำนวยการกองช่าง", 3),
                new UnitForm(
                        "กองการศึกษา ศาสนาและวัฒนธรรม",
                        "Education, Religion and Culture Division",
                        "นางจันทร์เพ็ญ สอนดี",
                        "ผู้อำนวยการกองการศึกษา",
                        4),
                new UnitForm(
                        "กองสาธารณสุขและสิ่งแวดล้อม",
                        "Public Health and Environment Division",
                        "นายแพทย์สมบัติ สุขภาพดี",
                        "ผู้อำนวยการกองสาธารณสุขฯ",
                        5),
                new UnitForm(
                        "กองสวัสดิการสังคม",
                        "Social Welfare Division",
                        "นางสาวมาลัย เอื้ออาทร",
                        "ผู้อำนวยการกองสวัสดิการสังคม",
                        6),
                new UnitForm(
                        "หน่วยตรวจสอบภายใน", "Internal Audit", "นางสาวรัชนี ตรวจตรา", "นักวิชาการตรวจสอบภายใน", 7));
        for (var unit : unitRows) {
            units.put(unit.nameTh(), agencies.addUnit(id, unit));
        }
        var executives = List.of(
                new PersonForm(
                        Person.Side.POLITICAL,
                        "นายสมชาย รักษ์ถิ่น",
                        "นายกองค์การบริหารส่วนตำบลบ้านโปร่งใส",
                        "044 123 450",
                        "mayor@banprongsai.example.go.th",
                        1),
                new PersonForm(Person.Side.POLITICAL, "นายประสิทธิ์ ทำดี", "รองนายกองค์การบริหารส่วนตำบล", "", "", 2),
                new PersonForm(
                        Person.Side.POLITICAL, "นางสาวจันทร์ฉาย ใจงาม", "รองนายกองค์การบริหารส่วนตำบล", "", "", 3),
                new PersonForm(
                        Person.Side.PERMANENT,
                        "นางวิไลวรรณ ศรีสุข",
                        "ปลัดองค์การบริหารส่วนตำบล",
                        "044 123 451",
                        "clerk@banprongsai.example.go.th",
                        1),
                new PersonForm(Person.Side.PERMANENT, "นายอนุชา ก่อสร้าง", "ผู้อำนวยการกองช่าง", "044 123 453", "", 2));
        for (var executive : executives) {
            pages.addPerson(id, executive, null);
        }
        for (var person : PEOPLE) {
            var userId = accounts.create(
                    id,
                    new StaffAccountForm(
                            person.username(),
                            person.name(),
                            person.position(),
                            person.username() + "@banprongsai.example.go.th",
                            person.unit() == null ? null : units.get(person.unit()),
                            person.roles(),
                            true,
                            secrets.password()));
            if (person.totp() != null) {
                var secret = secrets.totp().get(person.username());
                twoFactor.enableTotp(id, userId, secret, currentCode(secret));
            }
        }
        return id;
    }

    static String currentCode(String secret) {
        long counter = Math.floorDiv(System.currentTimeMillis() / 1000, TOTP_PERIOD_SECONDS);
        try {
            return new DefaultCodeGenerator().generate(secret, counter);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
