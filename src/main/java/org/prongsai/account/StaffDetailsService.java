package org.prongsai.account;

import org.prongsai.shared.CurrentAgency;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Finds the person among the staff of the request's agency only. */
@Component
class StaffDetailsService implements UserDetailsService {

    private final AccountManagement accounts;

    StaffDetailsService(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var agency = CurrentAgency.find().orElseThrow(() -> new UsernameNotFoundException("no agency"));
        return accounts.principal(agency, username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
