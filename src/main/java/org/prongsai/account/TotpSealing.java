package org.prongsai.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** At start-up, seals TOTP secrets stored before encryption began or under a key since rotated out. */
@Component
@Order(0)
class TotpSealing implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(TotpSealing.class);

    private final AccountManagement accounts;
    private final TwoFactor twoFactor;

    TotpSealing(AccountManagement accounts, TwoFactor twoFactor) {
        this.accounts = accounts;
        this.twoFactor = twoFactor;
    }

    @Override
    public void run(ApplicationArguments args) {
        int sealed = twoFactor.sealTotpSecrets();
        if (sealed > 0) {
            log.info("Encrypted {} TOTP secret(s) under the current key", sealed);
        }
    }
}
