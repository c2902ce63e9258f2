package org.prongsai.account;

import org.prongsai.shared.CurrentAgency;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Finds the person among the staff of the request's agency only, and stores a stronger hash of a right password
 * when the hashing costs were raised since it was set.
 */
@Component
class StaffDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final SignInRecords records;

    StaffDetailsService(SignInRecords records) {
        this.records = records;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var agency = CurrentAgency.find().orElseThrow(() -> new UsernameNotFoundException("no agency"));
        return records.principal(agency, username).orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newHash) {
        var staff = (StaffPrincipal) user;
        records.rehashPassword(staff.agencyId(), staff.userId(), newHash);
        return staff;
    }
}
