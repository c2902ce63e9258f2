package org.prongsai.account;

import java.security.SecureRandom;
import java.util.Base64;
import org.prongsai.agency.AgencyKind;
import org.prongsai.agency.AgencyManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A production database with no agency yet: opens a placeholder agency with an operator-administrator
 * whose one-time password is printed once. Both are renamed and changed at first sign-in.
 */
@Component
@Order(20)
class FirstRun implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstRun.class);

    private final AgencyManagement agencies;
    private final AccountManagement accounts;

    FirstRun(AgencyManagement agencies, AccountManagement accounts) {
        this.agencies = agencies;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (agencies.first().isPresent()) {
            return;
        }
        var bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        var password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var agency = accounts.openAgency(new OpenAgencyForm(
                "agency",
                "",
                "หน่วยงานใหม่",
                "New agency",
                AgencyKind.OTHER,
                "M",
                "",
                "operator",
                "ผู้ดูแลระบบ",
                password));
        var operator = accounts.accountByUsername(agency, "operator").orElseThrow();
        accounts.update(
                agency,
                operator.id(),
                new StaffAccountForm(
                        "operator",
                        "ผู้ดูแลระบบ",
                        null,
                        null,
                        null,
                        java.util.EnumSet.of(Role.OPERATOR, Role.ADMIN),
                        true,
                        null));
        accounts.resetPassword(agency, operator.id(), password);
        log.info(
                "\n\nNo agency yet: opened a placeholder agency.\nFirst login: operator  one-time password: {}\n"
                        + "Sign in, set up two-factor sign-in, choose a password, then fill in the agency profile.\n",
                password);
    }
}
